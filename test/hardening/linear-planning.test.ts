/**
 * Planning grows linearly with the node count. Timing belongs in the benchmark (scripts/bench.mjs);
 * here the work is counted: every element the array methods visit while a spec is validated and
 * planned (includes, find, some, map, forEach, …). A planner that scans a topology-wide list for each
 * node visits about n² elements, so four times the nodes costs sixteen times the work; a linear one
 * costs four times.
 */
import { describe, expect, it } from 'vitest'
import { checkLoaded } from '../../src/pipeline.js'
import { loadSpecText } from '../../src/spec/load.js'

const METHODS = ['includes', 'indexOf', 'find', 'findIndex', 'some', 'every', 'filter', 'map', 'forEach', 'flatMap', 'reduce'] as const

/** Elements visited by the array methods while `fn` runs. */
function visits(fn: () => void): number {
  const proto = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>
  const saved = METHODS.map((m) => [m, proto[m]!] as const)
  let count = 0
  for (const [m, original] of saved) {
    proto[m] = function (this: unknown[], ...args: unknown[]) {
      count += this.length
      return original.apply(this, args)
    }
  }
  try {
    fn()
  } finally {
    for (const [m, original] of saved) proto[m] = original
  }
  return count
}

const gateways = (n: number, role: string): string =>
  Array.from({ length: n }, (_, i) => `  - { name: gw-${i}, role: ${role}, host: 10.${2 + (i >> 16)}.${(i >> 8) & 255}.${(i & 255) + 1} }`).join('\n')

/** apim-2.6.0 distributed: one of each role and n clustered gateway workers behind the load balancer. */
const legacy = (n: number): string => `name: big
platform: apim-2.6.0
pattern: distributed
keyManager: { type: is-km, loadBalancer: { host: km.acme.io } }
database: { type: mysql, host: db.acme.io, password: db-pw }
admin: { password: admin-pw }
loadBalancer: { host: apim.acme.io }
gatewayArtifactSync: rsync
clustering: { scheme: wka }
nodes:
  - { name: pub, role: publisher, host: 10.1.0.1 }
  - { name: store, role: store, host: 10.1.0.2 }
  - { name: gwm, role: gateway-manager, host: 10.1.0.3 }
  - { name: tm, role: traffic-manager, host: 10.1.0.4 }
  - { name: km-1, role: key-manager, host: 10.1.0.5 }
  - { name: km-2, role: key-manager, host: 10.1.0.6 }
${gateways(n, 'gateway-worker')}
`

/** apim-4.7.0 distributed: a control plane, a traffic manager and n gateways. */
const modern = (n: number): string => `name: big
platform: apim-4.7.0
pattern: distributed
database: { type: postgresql, host: db.acme.io, password: db-pw }
admin: { password: admin-pw }
loadBalancer: { host: apim.acme.io }
nodes:
  - { name: cp, role: control-plane, host: 10.1.0.1 }
  - { name: tm, role: traffic-manager, host: 10.1.0.4 }
${gateways(n, 'gateway')}
`

const workOf = (text: string): number => {
  let nodes = 0
  const count = visits(() => {
    nodes = checkLoaded(loadSpecText('topology.yaml', text)).topology.nodes.length
  })
  expect(nodes).toBeGreaterThan(100)
  return count
}

describe('planning is linear in the node count', () => {
  it.each([
    ['apim-2.6.0', legacy],
    ['apim-4.7.0', modern],
  ])('%s: four times the gateways cost less than nine times the work', (_, spec) => {
    const small = workOf(spec(250))
    const large = workOf(spec(1000))
    expect(large / small).toBeLessThan(9)
    expect(large / small).toBeGreaterThan(2)
  }, 120_000)
})
