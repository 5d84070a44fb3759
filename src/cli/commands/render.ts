import type { Command } from 'commander'
import { FindingsError, UsageError } from '../../diagnostics/diagnostic.js'
import { printableList } from '../../util/printable.js'
import { TOOL_VERSION } from '../../util/version.js'
import { json, note, out, printDiagnostics } from '../output.js'

export interface RenderOptions {
  output?: string
  force?: boolean
  check?: boolean
  dryRun?: boolean
  wait?: string
  json?: boolean
  resolveEnv?: boolean
  format?: string
}

const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const

/**
 * A signal stops the run between steps, never inside the write: the writer's critical section is
 * synchronous, so a handler runs before it starts (nothing written) or after it ended (the new tree is
 * complete, the lock released, no temporary tree left).
 */
function stopOnSignals(output: string): { wrote(): void } {
  let done = false
  for (const [sig, code] of Object.entries(SIGNALS)) {
    process.once(sig, () => {
      process.stderr.write(`wso2cfg: stopped by ${sig}; ${done ? `${output} holds the complete new tree` : `nothing was written to ${output}`}\n`)
      process.exit(code)
    })
  }
  return { wrote: () => void (done = true) }
}

export function addRender(program: Command): void {
  program
    .command('render')
    .description('render every node configuration into an output folder; only files listed in its MANIFEST.json are replaced or removed')
    .argument('[spec]', 'topology spec (.yaml, .json, .toml; - for stdin)', 'topology.yaml')
    .option('-o, --output <dir>', 'output folder')
    .option('--force', 'render into a folder that has no MANIFEST.json (its files stay untouched)')
    .option('--check', 'write nothing: compare the output folder with what would be rendered; exit 1 on any difference')
    .option('--dry-run', 'write nothing: print what a render would write, keep and remove')
    .option('--wait <seconds>', 'how long to wait for another render writing the same folder', '10')
    .option('--resolve-env', 'substitute $env{…} at render time in the legacy XML model')
    .option('--json', 'print the result as JSON on stdout (--format json)')
    .option('--format <format>', 'text, json; with --check also github (workflow commands) or sarif (SARIF 2.1.0), on stdout')
    .action(async (file: string, opts: RenderOptions) => {
      const { formatOf } = await import('../../report/formats.js')
      const format = formatOf(opts)
      opts.json = format === 'json'
      if ((format === 'github' || format === 'sarif') && !opts.check) throw new UsageError(`--format ${format} reports findings: it applies to render --check`)
      if (!opts.output) throw new UsageError(`render needs an output folder: -o <dir>${opts.check ? ' (the folder to check)' : ''}`)
      if (opts.output === '-') throw new UsageError('-o - is not supported: render writes a folder of files, give its name (e.g. -o out)')
      if (opts.check && opts.force) throw new UsageError('--check writes nothing; --force does not apply to it')
      if (opts.check && opts.dryRun) throw new UsageError('--check and --dry-run both write nothing; give one of them')
      const wait = Number(opts.wait)
      if (!Number.isFinite(wait) || wait < 0) throw new UsageError(`--wait takes a number of seconds, not "${opts.wait}"`)
      const signals = stopOnSignals(opts.output)
      const [{ renderSpec }, { outputTree }] = await Promise.all([import('../../pipeline.js'), import('../../write/manifest.js')])
      const r = await renderSpec(file, { resolveEnv: opts.resolveEnv ?? false })
      const files = outputTree(r.topology, r.loaded.data, r.files)
      printDiagnostics(r.diagnostics)
      if (opts.check) {
        const [{ compareTree, driftSummary, driftText, keptText }, { recover }] = await Promise.all([import('../../check/compare.js'), import('../../write/writer.js')])
        for (const said of recover(opts.output)) note(`wso2cfg: ${said}`)
        const report = compareTree(opts.output, files)
        if (format === 'github' || format === 'sarif') {
          const [{ formatted }, { fromDiagnostics, fromDrift }] = await Promise.all([import('../../report/formats.js'), import('../../report/findings.js')])
          const found = [...fromDiagnostics(r.diagnostics), ...fromDrift(report)]
          if (found.length > 0 || format === 'sarif') out(formatted(format, found, { version: TOOL_VERSION }))
        } else if (opts.json) json({ ok: report.identical, ...report, diagnostics: r.diagnostics })
        else if (!report.identical) out(driftText(report))
        for (const line of report.info) note(line)
        const kept = keptText(report)
        if (kept) note(kept)
        note(driftSummary(report))
        if (!report.identical) throw new FindingsError(driftSummary(report))
        return
      }
      const { writeTree } = await import('../../write/writer.js')
      const w = await writeTree(opts.output, files, { force: opts.force ?? false, dryRun: opts.dryRun ?? false, waitMs: wait * 1000 })
      if (!opts.dryRun) signals.wrote()
      for (const said of w.recovered) note(`wso2cfg: ${said}`)
      const summary = `${w.written.length} written, ${w.unchanged.length} unchanged, ${w.removed.length} removed (listed), ${w.kept.length} kept (not ours)`
      if (opts.json) {
        json({
          ok: true,
          output: opts.output,
          nodes: r.topology.nodes.length,
          files: [...files.keys()],
          diagnostics: r.diagnostics,
          dryRun: opts.dryRun ?? false,
          atomic: w.atomic,
          written: w.written,
          unchanged: w.unchanged,
          removed: w.removed,
          kept: w.kept,
          secret: w.secret,
          recovered: w.recovered,
        })
      }
      const verb = opts.dryRun ? 'would render' : 'rendered'
      note(`${verb} ${r.topology.nodes.length} nodes into ${opts.output}: ${summary}${opts.dryRun ? ' (dry run: nothing written)' : ''}`)
      if (w.kept.length > 0) note(`kept, not ours: ${printableList(w.kept)}`)
      if (w.removed.length > 0) note(`${opts.dryRun ? 'to remove' : 'removed'} (listed in the previous MANIFEST.json): ${printableList(w.removed)}`)
      if (!w.atomic) note(`${opts.output} ${opts.dryRun ? 'would be' : 'was'} replaced file by file, not atomically: ${w.inPlaceReason}`)
      if (w.secret.length > 0) note(`${w.secret.length} files hold literal secrets and are ${opts.dryRun ? 'to be ' : ''}written with mode 0600`)
    })
}
