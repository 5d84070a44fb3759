/**
 * Render api-manager.xml and identity/identity.xml of every 2.6.0-model node in process, through
 * their renderer modules (the rest of a node's files is not needed here).
 */
import { join } from 'node:path'
import type { Spec } from '../../../src/model/spec.js'
import { check, checkLoaded } from '../../../src/pipeline.js'
import type { NodePlan, TopologyPlan } from '../../../src/plan/types.js'
import { API_MANAGER_XML, apiManagerXml } from '../../../src/render/legacy/api-manager.js'
import { IDENTITY_XML, identityXml } from '../../../src/render/legacy/identity.js'
import { loadSpecText } from '../../../src/spec/load.js'
import { FIXTURES } from '../../helpers/golden.js'
import { elementPaths, type ElementInfo } from './xml-paths.js'

export interface ApimNode {
  node: NodePlan
  apiManager: string
  identity: string
}

export interface ApimCase {
  topology: TopologyPlan
  nodes: Map<string, ApimNode>
}

const LEGACY = ['apim-2.6.0', 'is-km-5.7.0', 'ob-km-1.5.0']

function renderTopology(topology: TopologyPlan): ApimCase {
  const nodes = new Map<string, ApimNode>()
  for (const node of topology.nodes) {
    if (!LEGACY.includes(node.product)) continue
    if (!apiManagerXml.matches(API_MANAGER_XML, node) || !identityXml.matches(IDENTITY_XML, node)) {
      throw new Error(`renderers do not match the files of ${node.name}`)
    }
    nodes.set(node.name, {
      node,
      apiManager: apiManagerXml.render(node, topology, API_MANAGER_XML),
      identity: identityXml.render(node, topology, IDENTITY_XML),
    })
  }
  return { topology, nodes }
}

export async function renderApimFixture(name: string): Promise<ApimCase> {
  return renderTopology((await check(join(FIXTURES, name, 'topology.yaml'))).topology)
}

/** A spec given as an object goes through the same validation as a file. */
export function renderApimSpec(spec: Spec): ApimCase {
  return renderTopology(checkLoaded(loadSpecText('spec.json', JSON.stringify(spec))).topology)
}

/** Element paths of one node's file, parsed by the second parser. */
export function pathsOf(c: ApimCase, node: string, file: 'apiManager' | 'identity'): Map<string, ElementInfo> {
  const n = c.nodes.get(node)
  if (!n) throw new Error(`no rendered node ${node}`)
  return elementPaths(n[file])
}

/** Text of the element at `path`; fails loudly when it is missing. */
export function textAt(paths: ReadonlyMap<string, ElementInfo>, path: string): string {
  const e = paths.get(path)
  if (!e) throw new Error(`no element ${path}`)
  return e.text
}

export const ENV = "APIManager/APIGateway/Environments/Environment[Name='Production and Sandbox']"
