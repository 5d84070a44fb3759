/**
 * Render the five Carbon-level files of every 2.6.0 node in process, with their renderer modules
 * called directly (other files of the node are not needed here).
 */
import { join } from 'node:path'
import type { Spec } from '../../../src/model/spec.js'
import { check, checkLoaded } from '../../../src/pipeline.js'
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js'
import { plan } from '../../../src/plan/index.js'
import type { NodePlan, TopologyPlan } from '../../../src/plan/types.js'
import { axis2XmlRenderer } from '../../../src/render/legacy/axis2.js'
import { carbonXmlRenderer } from '../../../src/render/legacy/carbon.js'
import { masterDatasourcesRenderer } from '../../../src/render/legacy/datasources.js'
import { registryXmlRenderer } from '../../../src/render/legacy/registry.js'
import { userMgtXmlRenderer } from '../../../src/render/legacy/user-mgt.js'
import type { NodeFileRenderer } from '../../../src/render/types.js'
import { loadSpecText } from '../../../src/spec/load.js'
import { FIXTURES } from '../../helpers/golden.js'

export const CARBON_FILES = {
  carbon: 'repository/conf/carbon.xml',
  axis2: 'repository/conf/axis2/axis2.xml',
  registry: 'repository/conf/registry.xml',
  datasources: 'repository/conf/datasources/master-datasources.xml',
  userMgt: 'repository/conf/user-mgt.xml',
} as const
export type CarbonFile = keyof typeof CARBON_FILES

const RENDERERS: Record<CarbonFile, NodeFileRenderer> = {
  carbon: carbonXmlRenderer,
  axis2: axis2XmlRenderer,
  registry: registryXmlRenderer,
  datasources: masterDatasourcesRenderer,
  userMgt: userMgtXmlRenderer,
}

export interface RenderedNode {
  node: NodePlan
  files: Record<CarbonFile, string>
}

export interface RenderedCase {
  topology: TopologyPlan
  diagnostics: Diagnostic[]
  nodes: Map<string, RenderedNode>
}

function renderTopology(topology: TopologyPlan, diagnostics: Diagnostic[]): RenderedCase {
  const nodes = new Map<string, RenderedNode>()
  for (const node of topology.nodes) {
    if (!['apim-2.6.0', 'is-km-5.7.0', 'ob-km-1.5.0'].includes(node.product)) continue
    const files = {} as Record<CarbonFile, string>
    for (const [key, path] of Object.entries(CARBON_FILES) as [CarbonFile, string][]) {
      const r = RENDERERS[key]
      if (!r.matches(path, node)) throw new Error(`${key} renderer does not match ${path} of ${node.name}`)
      files[key] = r.render(node, topology, path)
    }
    nodes.set(node.name, { node, files })
  }
  return { topology, diagnostics, nodes }
}

export async function renderFixture(name: string): Promise<RenderedCase> {
  const checked = await check(join(FIXTURES, name, 'topology.yaml'))
  return renderTopology(checked.topology, checked.diagnostics)
}

/** A spec given as an object goes through the same validation as a file. */
export function renderSpecObject(spec: Spec): RenderedCase {
  const checked = checkLoaded(loadSpecText('spec.json', JSON.stringify(spec)))
  return renderTopology(checked.topology, checked.diagnostics)
}

export function nodeOf(c: RenderedCase, name: string): RenderedNode {
  const n = c.nodes.get(name)
  if (!n) throw new Error(`no rendered node ${name}`)
  return n
}

/** Plan and render without validation: for values the validator would reject but renderers must still carry safely. */
export function renderUnvalidated(spec: Spec): RenderedCase {
  return renderTopology(plan(spec).plan, [])
}
