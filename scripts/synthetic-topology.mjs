// A synthetic API Manager 2.6.0 distributed topology of n nodes: mixed roles, five nodes per host with
// automatic offsets, key managers behind a load balancer. Used by the benchmark.
const ROLES = ['publisher', 'store', 'gateway-worker', 'key-manager', 'traffic-manager']

export function synthetic(n) {
  const nodes = [{ name: 'gw-mgr', role: 'gateway-manager', host: 'host-0', portOffset: 'auto' }]
  for (let i = 1; i < n; i++) {
    nodes.push({ name: `node-${i}`, role: ROLES[i % ROLES.length], host: `host-${Math.floor(i / 5)}`, portOffset: 'auto' })
  }
  return {
    name: `synthetic-${n}`,
    platform: 'apim-2.6.0',
    pattern: 'distributed',
    keyManager: { type: 'is-km', loadBalancer: { host: 'km.bench.example' } },
    database: { type: 'mysql', host: 'db.bench.example', username: 'bench', password: '$secret{db_password}' },
    admin: { username: 'benchadmin', password: '$secret{admin_password}' },
    loadBalancer: { host: 'apim.bench.example' },
    gatewayArtifactSync: 'rsync',
    nodes,
  }
}
