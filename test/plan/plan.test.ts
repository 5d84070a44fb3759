import { describe, expect, it } from 'vitest'
import type { Spec } from '../../src/model/spec.js'
import { plan } from '../../src/plan/index.js'
import { portOf } from '../../src/plan/ports.js'

const base = (nodes: Spec['nodes'], extra: Partial<Spec> = {}): Spec => ({
  name: 't',
  platform: 'apim-2.6.0',
  pattern: 'single-node',
  database: { type: 'mysql', host: 'db' },
  nodes,
  ...extra,
})

describe('plan', () => {
  it('S0.1: a key manager co-hosted with API Manager gets its own offset and every port follows', () => {
    const { plan: p, findings } = plan(
      base(
        [
          { name: 'apim', role: 'all-in-one', host: 'h', portOffset: 0 },
          { name: 'km', role: 'key-manager', host: 'h', portOffset: 'auto' },
        ],
        { keyManager: { type: 'is-km' } },
      ),
    )
    expect(findings).toEqual([])
    const km = p.nodes.find((x) => x.name === 'km')!
    expect(km.product).toBe('is-km-5.7.0')
    expect(km.portOffset).toBe(1)
    expect(portOf(km.ports, 'https')).toBe(9444)
    expect(portOf(km.ports, 'ldap')).toBe(10390)
    expect(portOf(km.ports, 'thrift')).toBe(10398)
    // the product does not shift Hazelcast: the plan does
    expect(km.ports.find((x) => x.service === 'hazelcast')).toMatchObject({ base: 4000, effective: 4001, offset: 'manual' })
    const apim = p.nodes.find((x) => x.name === 'apim')!
    expect(apim.targets.keyManager).toMatchObject({ node: 'km', host: 'h', viaLoadBalancer: false })
    expect(apim.targets.keyManager!.ports.https).toBe(9444)
  })

  it('reports colliding ports on a shared host with the node pointer', () => {
    const { findings } = plan(
      base(
        [
          { name: 'a', role: 'all-in-one', host: 'h', portOffset: 0 },
          { name: 'km', role: 'key-manager', host: 'h', portOffset: 0 },
        ],
        { keyManager: { type: 'is-km' } },
      ),
    )
    // one finding for the pair of nodes, naming every shared port
    const collisions = findings.filter((f) => f.rule === 'topology/port-collision')
    expect(collisions).toHaveLength(1)
    expect(collisions[0]).toMatchObject({ pointer: '/nodes/1/portOffset', rule: 'topology/port-collision', severity: 'error' })
    expect(collisions[0]!.message).toMatch(/^node "km" uses \d+ ports of node "a" on host h: 9443 \(https\), 9763 \(http\), /)
  })

  it('S0.11: with several key managers every caller points at the key manager load balancer', () => {
    const { plan: p } = plan(
      base(
        [
          { name: 'a', role: 'all-in-one', host: 'h1' },
          { name: 'km1', role: 'key-manager', host: 'k1' },
          { name: 'km2', role: 'key-manager', host: 'k2' },
        ],
        { keyManager: { type: 'is-km', loadBalancer: { host: 'km.example.com' } } },
      ),
    )
    const a = p.nodes[0]!
    expect(a.targets.keyManager).toEqual({ host: 'km.example.com', viaLoadBalancer: true, ports: { https: 443, http: 80 } })
    expect(p.loadBalancers.find((l) => l.id === 'key-manager')!.members).toEqual(['km1', 'km2'])
    // the key managers form one Hazelcast cluster with both members listed on each
    expect(p.nodes[1]!.cluster!.members.map((m) => `${m.host}:${m.port}`)).toEqual(['k1:4000', 'k2:4000'])
    expect(p.nodes[2]!.cluster!.members).toEqual(p.nodes[1]!.cluster!.members)
  })

  it('S0.3: the key manager deploys to the gateway manager with rsync and to a gateway with shared-fs', () => {
    const nodes: Spec['nodes'] = [
      { name: 'pub', role: 'publisher', host: 'p' },
      { name: 'store', role: 'store', host: 's' },
      { name: 'mgr', role: 'gateway-manager', host: 'm' },
      { name: 'w1', role: 'gateway-worker', host: 'w1' },
      { name: 'km', role: 'key-manager', host: 'k' },
      { name: 'tm', role: 'traffic-manager', host: 't' },
    ]
    const rsync = plan(base(nodes, { pattern: 'distributed', gatewayArtifactSync: 'rsync' })).plan
    expect(rsync.nodes[0]!.targets.gatewayManagement!.node).toBe('mgr')
    expect(rsync.nodes[0]!.targets.gatewayTraffic!.node).toBe('w1')
    const shared = plan(base(nodes.filter((x) => x.role !== 'gateway-manager'), { pattern: 'distributed', gatewayArtifactSync: 'shared-fs' })).plan
    expect(shared.nodes[0]!.targets.gatewayManagement!.node).toBe('w1')
    expect(rsync.nodes[0]!.targets.trafficManagers.map((t) => t.node)).toEqual(['tm'])
  })

  it('keeps shared databases on the database server and the carbon database local', () => {
    const { plan: p } = plan(base([{ name: 'a', role: 'all-in-one', host: 'h' }, { name: 'b', role: 'all-in-one', host: 'h2' }]))
    const ds = p.nodes[0]!.datasources
    expect(ds.find((d) => d.id === 'WSO2_CARBON_DB')).toMatchObject({ type: 'h2', shared: false })
    expect(ds.find((d) => d.id === 'WSO2AM_DB')).toMatchObject({
      type: 'mysql',
      shared: true,
      url: 'jdbc:mysql://db:3306/apimgtdb?autoReconnect=true&useSSL=false&allowPublicKeyRetrieval=true',
      jndi: 'jdbc/WSO2AM_DB',
    })
  })

  it('is the same whatever the order of keys in the input', () => {
    const a = base([{ name: 'a', role: 'all-in-one', host: 'h', portOffset: 0 }])
    const reverse = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reverse) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverse(x)])) : v
    const b = reverse(a) as Spec
    expect(Object.keys(b)[0]).toBe('nodes')
    expect(JSON.stringify(plan(b).plan)).toBe(JSON.stringify(plan(a).plan))
  })
})
