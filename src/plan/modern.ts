/**
 * The apim-4.7.0 platform planner (section `modern`): every value of each API Manager 4.7.0 and
 * Identity Server 7.2.0 node's deployment.toml, and the Admin REST API payload that registers
 * Identity Server 7 for the super tenant. Types in ./modern/types.ts.
 */
import type { Finding } from '../diagnostics/diagnostic.js'
import type { Spec } from '../model/spec.js'
import { cacheInvalidationOf, planApimToml } from './modern/apim.js'
import { planIs7Toml } from './modern/is7.js'
import { payloadProblems, planKeyManagerPayload, planModernKeyManagers } from './modern/key-manager-payload.js'
import type { ModernTomlPlan, ModernTopologyPlan } from './modern/types.js'
import type { SectionPlanner } from './sections.js'
import type { NodePlan, TopologyPlan } from './types.js'

export type * from './modern/types.js'
export { payloadProblems } from './modern/key-manager-payload.js'

/** The section id under `node.sections` and `topology.sections`. */
export const MODERN = 'modern'

export function planModernNode(node: NodePlan, topology: TopologyPlan, spec: Spec): ModernTomlPlan | undefined {
  if (node.product === 'apim-4.7.0') return planApimToml(node, topology, spec)
  if (node.product === 'is-7.2.0') return planIs7Toml(node, topology, spec)
  return undefined
}

export function planModernTopology(topology: TopologyPlan, spec: Spec): ModernTopologyPlan | undefined {
  if (topology.platform !== 'apim-4.7.0' || spec.keyManager?.type !== 'is7') return undefined
  return planModernKeyManagers(topology, spec)
}

/**
 * `clustering` on 4.7.0: API Manager nodes take only the domain, for `[apim.cache_invalidation]` of
 * publishing nodes in HA; the membership scheme configures Identity Server 7 pairs (whose domain
 * stays their own). A field that changes nothing in this topology is a warning.
 */
function clusteringFindings(topology: TopologyPlan, spec: Spec): Finding[] {
  const c = spec.clustering
  if (!c) return []
  const findings: Finding[] = []
  const isCluster = topology.nodes.some((n) => n.product === 'is-7.2.0' && n.cluster)
  const cacheInvalidation = topology.nodes.some((n) => n.product === 'apim-4.7.0' && cacheInvalidationOf(n, spec))
  if (c.scheme !== 'none' && !isCluster) {
    findings.push({
      pointer: '/clustering/scheme',
      rule: 'topology/clustering-unused',
      severity: 'warning',
      message: `clustering.scheme ${c.scheme} has no effect here: API Manager 4.7.0 nodes need no Hazelcast membership (their caches are invalidated through the event hub), and only two or more Identity Server 7 nodes form a cluster`,
      hint: 'remove clustering.scheme, or keep it for a later Identity Server 7 pair',
    })
  }
  if (c.domain !== undefined && !cacheInvalidation) {
    findings.push({
      pointer: '/clustering/domain',
      rule: 'topology/clustering-unused',
      severity: 'warning',
      message: `clustering.domain "${c.domain}" has no effect here: on 4.7.0 it only names the [apim.cache_invalidation] domain of two or more control plane or all-in-one nodes, and Identity Server 7 nodes keep their own domain`,
      hint: 'remove clustering.domain',
    })
  }
  return findings
}

/**
 * Mutual TLS needs API Manager's client certificate to reach Identity Server. The generated key
 * manager balancer is an Nginx `http` proxy: it ends TLS and passes no client certificate on, so
 * IS sees none and refuses every MutualTLS call (WSO2IS7 connector: IdentityUser header plus the
 * certificate; IS `[client_certificate_based_authentication]`). Until the balancer passes TLS
 * through, that is a warning with the ways out.
 */
function mutualTlsFindings(topology: TopologyPlan, spec: Spec, body: Record<string, unknown> | undefined): Finding[] {
  const props = body?.additionalProperties as Record<string, unknown> | undefined
  if (props?.Authentication !== 'MutualTLS') return []
  const is = topology.nodes[0]?.targets.keyManager
  if (!is?.viaLoadBalancer) return []
  return [
    {
      pointer: '/mutualTls/trustedIssuer',
      rule: 'topology/mutual-tls-balancer',
      severity: 'warning',
      message:
        `the key manager payload authenticates with MutualTLS, but every Identity Server endpoint is at the load balancer ${is.host}, ` +
        'whose generated Nginx ends TLS and passes no client certificate on, so Identity Server refuses API Manager\'s calls',
      hint: 'let the balancer pass TLS through to Identity Server (Nginx stream with ssl_preread), or remove mutualTls.trustedIssuer so the payload uses BasicAuth',
    },
  ]
}

/** Findings the spec rules cannot see: the planned key manager payload must be one the Admin REST API accepts. */
export function checkModern(topology: TopologyPlan, spec: Spec): Finding[] {
  if (topology.platform !== 'apim-4.7.0') return []
  const findings: Finding[] = clusteringFindings(topology, spec)
  if (spec.keyManager?.type !== 'is7') return findings
  const km = planKeyManagerPayload(topology, spec)
  findings.push(...mutualTlsFindings(topology, spec, km?.body))
  for (const problem of km ? payloadProblems(km.body) : ['there is no Identity Server node to register']) {
    findings.push({ pointer: '/keyManager', rule: 'topology/is7-key-manager-payload', severity: 'error', message: `key manager payload: ${problem}` })
  }
  return findings
}

export const modernPlanner: SectionPlanner = {
  id: MODERN,
  node: planModernNode,
  topology: planModernTopology,
  check: checkModern,
}
