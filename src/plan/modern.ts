/**
 * The apim-4.7.0 platform planner (section `modern`): every value of each API Manager 4.7.0 and
 * Identity Server 7.2.0 node's deployment.toml, and the Admin REST API payload that registers
 * Identity Server 7 for the super tenant. Types in ./modern/types.ts.
 */
import type { Finding } from '../diagnostics/diagnostic.js'
import type { Spec } from '../model/spec.js'
import { planApimToml } from './modern/apim.js'
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

/** Findings the spec rules cannot see: the planned key manager payload must be one the Admin REST API accepts. */
export function checkModern(topology: TopologyPlan, spec: Spec): Finding[] {
  if (topology.platform !== 'apim-4.7.0' || spec.keyManager?.type !== 'is7') return []
  const findings: Finding[] = []
  const km = planKeyManagerPayload(topology, spec)
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
