import type { Command } from 'commander'
import { renderSpec } from '../../pipeline.js'
import { manifestFor, MANIFEST } from '../../write/manifest.js'
import { writeTree } from '../../write/writer.js'
import { json, note, printDiagnostics } from '../output.js'
import { UsageError } from '../../diagnostics/diagnostic.js'

export interface RenderOptions {
  output?: string
  force?: boolean
  check?: boolean
  json?: boolean
  resolveEnv?: boolean
}

export function addRender(program: Command): void {
  program
    .command('render')
    .description('render every node configuration into an output folder (atomic; refuses foreign folders without --force)')
    .argument('<spec>', 'topology spec (.yaml, .json, .toml; - for stdin)')
    .option('-o, --output <dir>', 'output folder')
    .option('--force', 'replace an output folder that was not written by wso2cfg')
    .option('--resolve-env', 'substitute $env{…} at render time in the legacy XML model')
    .option('--json', 'print the result as JSON on stdout')
    .action(async (file: string, opts: RenderOptions) => {
      if (!opts.output) throw new UsageError('render needs an output folder: -o <dir>')
      const r = await renderSpec(file, { resolveEnv: opts.resolveEnv ?? false })
      const files = new Map(r.files)
      files.set(MANIFEST, manifestFor(r.topology, r.loaded.data, r.files))
      writeTree(opts.output, files, { force: opts.force ?? false })
      if (opts.json) {
        json({ ok: true, output: opts.output, nodes: r.topology.nodes.length, files: [...files.keys()] })
        return
      }
      printDiagnostics(r.diagnostics)
      note(`rendered ${r.topology.nodes.length} nodes, ${files.size} files into ${opts.output}`)
    })
}
