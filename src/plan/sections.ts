/**
 * Platform- and product-specific planners. Each adds its decisions to `sections[id]` of the
 * topology and of each node it applies to; renderers of that platform read them.
 * A new planner = a file under src/plan/ + one row in PLANNERS.
 */
import type { Finding } from '../diagnostics/diagnostic.js'
import type { Spec } from '../model/spec.js'
import { deploymentPlanner } from './deployment.js'
import { keyManagersPlanner } from './key-managers.js'
import { legacyApimPlanner } from './legacy-apim.js'
import { legacyCarbonPlanner } from './legacy-carbon.js'
import { microgatewayPlanner } from './microgateway.js'
import { modernPlanner } from './modern.js'
import { obKmPlanner } from './obkm.js'
import { proxyPlanner } from './proxy.js'
import type { NodePlan, TopologyPlan } from './types.js'

export interface SectionPlanner {
  id: string
  /** Decisions about the whole topology (optional). */
  topology?(topology: TopologyPlan, spec: Spec): unknown
  /** Decisions about one node; `undefined` leaves the node without this section. */
  node?(node: NodePlan, topology: TopologyPlan, spec: Spec): unknown
  /** Findings that need the plan (optional). */
  check?(topology: TopologyPlan, spec: Spec): Finding[]
}

const PLANNERS: readonly SectionPlanner[] = [
  legacyCarbonPlanner,
  legacyApimPlanner,
  modernPlanner,
  microgatewayPlanner,
  keyManagersPlanner,
  deploymentPlanner,
  proxyPlanner,
  obKmPlanner,
]

export const sectionPlanners = (): readonly SectionPlanner[] => PLANNERS
