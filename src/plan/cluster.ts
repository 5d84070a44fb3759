/**
 * Hazelcast clusters: which nodes form one, its domain and its members.
 * Key managers cluster when there are two or more; API Manager 2.6.0 gateways (manager and workers)
 * and active-active all-in-one nodes cluster for token-revocation and throttling counters.
 */
import type { Spec } from '../model/spec.js'
import { portOf } from './ports.js'
import type { ClusterPlan, NodePlan } from './types.js'

interface Group {
  key: string
  domain: string
  nodes: NodePlan[]
}

function defaultDomain(spec: Spec, key: string): string {
  if (key === 'key-manager') {
    const t = spec.keyManager?.type
    return t === 'ob-km' ? 'wso2.obkm.domain' : t === 'is7' ? 'wso2.is.domain' : 'wso2.km.domain'
  }
  return 'wso2.am.domain'
}

function groupKey(spec: Spec, node: NodePlan): string | undefined {
  switch (node.role) {
    case 'key-manager':
      return 'key-manager'
    case 'gateway-manager':
    case 'gateway-worker':
      return 'gateway'
    case 'all-in-one':
      return spec.platform === 'apim-2.6.0' ? 'apim' : undefined
    default:
      return undefined
  }
}

export function planClusters(spec: Spec, nodes: readonly NodePlan[]): Map<string, ClusterPlan> {
  const scheme = spec.clustering?.scheme ?? 'wka'
  const result = new Map<string, ClusterPlan>()
  if (scheme === 'none') return result
  const groups = new Map<string, Group>()
  for (const node of nodes) {
    const key = groupKey(spec, node)
    if (!key) continue
    let g = groups.get(key)
    if (!g) {
      // The spec's domain names the API Manager cluster; key managers keep their own domain.
      const domain = key !== 'key-manager' && spec.clustering?.domain ? spec.clustering.domain : defaultDomain(spec, key)
      groups.set(key, (g = { key, domain, nodes: [] }))
    }
    g.nodes.push(node)
  }
  for (const g of groups.values()) {
    if (g.nodes.length < 2) continue
    const members = g.nodes.map((n) => ({ node: n.name, host: n.host, port: portOf(n.ports, 'hazelcast') ?? 4000 }))
    g.nodes.forEach((n, i) => {
      const self = members[i]!
      const subDomain = n.role === 'gateway-manager' ? 'mgt' : n.role === 'gateway-worker' ? 'worker' : undefined
      result.set(n.name, {
        scheme,
        domain: g.domain,
        ...(subDomain ? { subDomain } : {}),
        localMemberHost: n.host,
        localMemberPort: self.port,
        members,
      })
    })
  }
  return result
}
