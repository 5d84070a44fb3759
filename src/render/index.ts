/** Render stage: every planned file, in memory, in sorted path order. */
import { MissingRendererError } from '../diagnostics/diagnostic.js'
import type { TopologyPlan } from '../plan/types.js'
import { NODE_RENDERERS, TOPOLOGY_RENDERERS } from './registry.js'
import type { RenderedFiles } from './types.js'

export { MissingRendererError }

export function render(topology: TopologyPlan): RenderedFiles {
  const files: RenderedFiles = new Map()
  for (const node of topology.nodes) {
    const prefix = `nodes/${node.name}/`
    for (const path of node.files) {
      const rel = path.slice(prefix.length)
      const r = NODE_RENDERERS.find((x) => x.matches(rel, node))
      if (!r) throw new MissingRendererError(path, node.product)
      files.set(path, r.render(node, topology, rel))
    }
  }
  for (const r of TOPOLOGY_RENDERERS) {
    for (const [path, content] of Object.entries(r.render(topology))) {
      if (files.has(path)) throw new Error(`two renderers produce ${path}`)
      files.set(path, content)
    }
  }
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

