/** Renderers turn plan data into file contents; they decide nothing. */
import type { NodePlan, TopologyPlan } from '../plan/types.js'

/** Renders one file of one node. `path` is relative to the node folder (e.g. repository/conf/carbon.xml). */
export interface NodeFileRenderer {
  /** Which node files it renders: matched against the node-relative path and the node's product. */
  matches(path: string, node: NodePlan): boolean
  render(node: NodePlan, topology: TopologyPlan, path: string): string
}

/** Renders files that belong to the whole topology (README, diagram, load balancer, SQL, payloads). */
export interface TopologyRenderer {
  id: string
  render(topology: TopologyPlan): Record<string, string>
}

/** Output folder relative path → file content. */
export type RenderedFiles = Map<string, string>
