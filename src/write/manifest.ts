/** MANIFEST.json: what was rendered, from which spec, by which version; drives safe overwrite and --check. */
import { createHash } from 'node:crypto'
import type { TopologyPlan } from '../plan/types.js'
import { canonicalJson } from '../util/canonical.js'
import { TOOL_VERSION } from '../util/version.js'

export const MANIFEST = 'MANIFEST.json'

/** Version of the MANIFEST.json layout; the tool version beside it is information only. */
export const MANIFEST_FORMAT = 1

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')

export function manifestFor(topology: TopologyPlan, spec: unknown, files: ReadonlyMap<string, string>): string {
  const manifest = {
    tool: 'wso2cfg',
    format: MANIFEST_FORMAT,
    version: TOOL_VERSION,
    spec: { sha256: sha256(canonicalJson(spec)) },
    name: topology.name,
    platform: topology.platform,
    nodes: topology.nodes.map((n) => ({
      name: n.name,
      role: n.role,
      product: n.product,
      host: n.host,
      portOffset: n.portOffset,
    })),
    files: [...files.entries()].map(([path, content]) => ({ path, sha256: sha256(content) })),
  }
  return JSON.stringify(manifest, null, 2) + '\n'
}

/** The whole output tree, exactly as `render` writes it and `render --check` compares it: the files plus MANIFEST.json. */
export function outputTree(topology: TopologyPlan, spec: unknown, files: ReadonlyMap<string, string>): Map<string, string> {
  const tree = new Map(files)
  tree.set(MANIFEST, manifestFor(topology, spec, files))
  return tree
}
