/**
 * Effective ports must be unique per host, across every node and service (checked with a host map).
 * One finding per pair of colliding nodes on a host, naming every port they share.
 */
import type { Finding } from '../diagnostics/diagnostic.js'
import type { NodePlan } from './types.js'

interface Clash {
  node: string
  other: string
  host: string
  ports: string[]
}

export function portCollisions(nodes: readonly NodePlan[], nodeIndex: (name: string) => number): Finding[] {
  const seen = new Map<string, { node: string; service: string }>()
  const clashes = new Map<string, Clash>()
  for (const node of nodes) {
    for (const p of node.ports) {
      const key = `${node.host}:${p.effective}`
      const prior = seen.get(key)
      if (!prior) {
        seen.set(key, { node: node.name, service: p.service })
        continue
      }
      const pair = JSON.stringify([node.name, prior.node, node.host])
      const clash = clashes.get(pair) ?? { node: node.name, other: prior.node, host: node.host, ports: [] }
      clashes.set(pair, clash)
      clash.ports.push(p.service === prior.service ? `${p.effective} (${p.service})` : `${p.effective} (${p.service}; ${prior.service} of "${prior.node}")`)
    }
  }
  return [...clashes.values()].map((c) => ({
    pointer: `/nodes/${nodeIndex(c.node)}/portOffset`,
    rule: 'topology/port-collision',
    severity: 'error' as const,
    message: `node "${c.node}" uses ${c.ports.length === 1 ? 'a port' : `${c.ports.length} ports`} of node "${c.other}" on host ${c.host}: ${c.ports.join(', ')}`,
    hint: 'give each node on a shared host its own portOffset, or use portOffset: auto',
  }))
}
