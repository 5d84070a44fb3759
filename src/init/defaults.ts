/** Sane starting answers per platform and pattern: what `init --yes` writes and the wizard offers. */
import type { Pattern, Platform, Role } from '../model/spec.js'
import type { InitAnswers, InitNode } from './types.js'

const node = (name: string, role: Role, host: string): InitNode => ({ name, role, host })

/** Roles of a distributed topology per platform, with the node name prefix and the first address. */
export const DISTRIBUTED_ROLES: Record<Platform, readonly { role: Role; prefix: string; count: number }[]> = {
  'apim-2.6.0': [
    { role: 'publisher', prefix: 'pub', count: 1 },
    { role: 'store', prefix: 'store', count: 1 },
    { role: 'gateway-manager', prefix: 'gw-mgr', count: 1 },
    { role: 'gateway-worker', prefix: 'gw', count: 1 },
    { role: 'traffic-manager', prefix: 'tm', count: 1 },
  ],
  'apim-4.7.0': [
    { role: 'control-plane', prefix: 'cp', count: 1 },
    { role: 'gateway', prefix: 'gw', count: 1 },
    { role: 'traffic-manager', prefix: 'tm', count: 1 },
  ],
}

/** `10.0.0.<11+i>`: placeholder addresses to replace. */
export const addressOf = (i: number): string => `10.0.0.${11 + i}`

/** Node names: `prefix` alone for one node, `prefix-1`… for several. */
export const namesOf = (prefix: string, count: number): string[] =>
  count === 1 ? [prefix] : Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`)

export function defaultAnswers(platform: Platform, pattern: Pattern): InitAnswers {
  const name = `apim-${platform === 'apim-2.6.0' ? '26' : '47'}-${pattern}`
  const nodes: InitNode[] = []
  if (pattern === 'single-node') nodes.push(node('apim', 'all-in-one', addressOf(0)))
  if (pattern === 'active-active') nodes.push(node('apim-1', 'all-in-one', addressOf(0)), node('apim-2', 'all-in-one', addressOf(1)))
  if (pattern === 'distributed') {
    for (const r of DISTRIBUTED_ROLES[platform]) for (const n of namesOf(r.prefix, r.count)) nodes.push(node(n, r.role, addressOf(nodes.length)))
    // API Manager 2.6.0 runs its resident key manager as a profile node of its own.
    if (platform === 'apim-2.6.0') nodes.push(node('km', 'key-manager', addressOf(nodes.length)))
  }
  const server = pattern !== 'single-node'
  return {
    name,
    platform,
    pattern,
    keyManager: { type: 'resident' },
    database: server
      ? { type: 'mysql', host: 'db.example.com', port: 3306, username: 'wso2', password: '$secret{db_password}' }
      : { type: 'h2' },
    ...(server ? { admin: { username: 'admin', password: '$secret{admin_password}' } } : {}),
    ...(server ? { loadBalancer: pattern === 'distributed' ? { host: 'apim.example.com', gatewayHost: 'gw.example.com' } : { host: 'apim.example.com' } } : {}),
    ...(platform === 'apim-2.6.0' && server ? { gatewayArtifactSync: pattern === 'distributed' ? 'rsync' : 'shared-fs' } : {}),
    nodes,
  }
}
