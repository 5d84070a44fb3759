import type { Command } from 'commander'
import { FindingsError, UsageError } from '../../diagnostics/diagnostic.js'
import { json, note, out, printDiagnostics } from '../output.js'

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
    .option('--check', 'write nothing: compare the output folder with what would be rendered; exit 1 on any difference')
    .option('--resolve-env', 'substitute $env{…} at render time in the legacy XML model')
    .option('--json', 'print the result as JSON on stdout')
    .action(async (file: string, opts: RenderOptions) => {
      if (!opts.output) throw new UsageError(`render needs an output folder: -o <dir>${opts.check ? ' (the folder to check)' : ''}`)
      if (opts.check && opts.force) throw new UsageError('--check writes nothing; --force does not apply to it')
      const [{ renderSpec }, { outputTree }] = await Promise.all([import('../../pipeline.js'), import('../../write/manifest.js')])
      const r = await renderSpec(file, { resolveEnv: opts.resolveEnv ?? false })
      const files = outputTree(r.topology, r.loaded.data, r.files)
      printDiagnostics(r.diagnostics)
      if (opts.check) {
        const { compareTree, driftSummary, driftText } = await import('../../check/compare.js')
        const report = compareTree(opts.output, files)
        if (opts.json) json({ ok: report.identical, ...report, diagnostics: r.diagnostics })
        else if (!report.identical) out(driftText(report))
        for (const line of report.info) note(line)
        note(driftSummary(report))
        if (!report.identical) throw new FindingsError(driftSummary(report))
        return
      }
      const { writeTree } = await import('../../write/writer.js')
      writeTree(opts.output, files, { force: opts.force ?? false })
      if (opts.json) {
        json({ ok: true, output: opts.output, nodes: r.topology.nodes.length, files: [...files.keys()], diagnostics: r.diagnostics })
        return
      }
      note(`rendered ${r.topology.nodes.length} nodes, ${files.size} files into ${opts.output}`)
    })
}
