import { lstatSync, readlinkSync } from 'node:fs'
import type { Command } from 'commander'
import { FindingsError, UsageError } from '../../diagnostics/diagnostic.js'
import { TOOL_VERSION } from '../../util/version.js'
import { json, note, out, printDiagnostics } from '../output.js'

export interface RenderOptions {
  output?: string
  force?: boolean
  check?: boolean
  json?: boolean
  resolveEnv?: boolean
  format?: string
}

export function addRender(program: Command): void {
  program
    .command('render')
    .description('render every node configuration into an output folder (atomic; refuses foreign folders without --force)')
    .argument('[spec]', 'topology spec (.yaml, .json, .toml; - for stdin)', 'topology.yaml')
    .option('-o, --output <dir>', 'output folder')
    .option('--force', 'replace an output folder that was not written by wso2cfg')
    .option('--check', 'write nothing: compare the output folder with what would be rendered; exit 1 on any difference')
    .option('--resolve-env', 'substitute $env{…} at render time in the legacy XML model')
    .option('--json', 'print the result as JSON on stdout (--format json)')
    .option('--format <format>', 'text, json; with --check also github (workflow commands) or sarif (SARIF 2.1.0), on stdout')
    .action(async (file: string, opts: RenderOptions) => {
      const { formatOf } = await import('../../report/formats.js')
      const format = formatOf(opts)
      opts.json = format === 'json'
      if ((format === 'github' || format === 'sarif') && !opts.check) throw new UsageError(`--format ${format} reports findings: it applies to render --check`)
      if (!opts.output) throw new UsageError(`render needs an output folder: -o <dir>${opts.check ? ' (the folder to check)' : ''}`)
      if (opts.check && opts.force) throw new UsageError('--check writes nothing; --force does not apply to it')
      const [{ renderSpec }, { outputTree }] = await Promise.all([import('../../pipeline.js'), import('../../write/manifest.js')])
      const r = await renderSpec(file, { resolveEnv: opts.resolveEnv ?? false })
      const files = outputTree(r.topology, r.loaded.data, r.files)
      printDiagnostics(r.diagnostics)
      if (opts.check) {
        const { compareTree, driftSummary, driftText } = await import('../../check/compare.js')
        const report = compareTree(opts.output, files)
        if (format === 'github' || format === 'sarif') {
          const [{ formatted }, { fromDiagnostics, fromDrift }] = await Promise.all([import('../../report/formats.js'), import('../../report/findings.js')])
          const found = [...fromDiagnostics(r.diagnostics), ...fromDrift(report)]
          if (found.length > 0 || format === 'sarif') out(formatted(format, found, { version: TOOL_VERSION }))
        } else if (opts.json) json({ ok: report.identical, ...report, diagnostics: r.diagnostics })
        else if (!report.identical) out(driftText(report))
        note(driftSummary(report))
        if (!report.identical) throw new FindingsError(driftSummary(report))
        return
      }
      refuseLinkedOutput(opts.output)
      const { writeTree } = await import('../../write/writer.js')
      writeTree(opts.output, files, { force: opts.force ?? false })
      if (opts.json) {
        json({ ok: true, output: opts.output, nodes: r.topology.nodes.length, files: [...files.keys()], diagnostics: r.diagnostics })
        return
      }
      note(`rendered ${r.topology.nodes.length} nodes, ${files.size} files into ${opts.output}`)
    })
}

/**
 * The output folder is replaced as a whole, so it must be a folder of its own: a symbolic link
 * (even one written with a trailing slash) is refused before anything is rendered into place.
 */
export function refuseLinkedOutput(output: string): void {
  const bare = output.length > 1 ? output.replace(/[\\/]+$/, '') || output : output
  const st = lstatSync(bare, { throwIfNoEntry: false })
  if (!st?.isSymbolicLink()) return
  throw new UsageError(
    `output folder ${bare} is a symbolic link (to ${printable(readlinkSync(bare))}); render replaces the output folder itself, so it writes only into a real folder: give the folder the link points to with -o`,
  )
}

const printable = (s: string): string => s.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
