import type { Command } from 'commander'
import { FindingsError } from '../../diagnostics/diagnostic.js'
import { json, note, out } from '../output.js'

const LAYOUT = { output: 'a render output folder', nodes: 'a nodes/ tree', node: 'a node folder', conf: 'a configuration folder' } as const

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`

export function addLint(program: Command): void {
  program
    .command('lint')
    .description("check an existing configuration folder without a spec (one node's repository/conf, a node folder, a nodes/ tree or a render output folder); exit 1 on errors")
    .argument('<dir>', 'the folder to check')
    .option('--json', 'print the findings as JSON on stdout')
    .action(async (dir: string, opts: { json?: boolean }) => {
      const { formatFinding, lint } = await import('../../lint/index.js')
      const report = lint(dir)
      if (opts.json) json({ ok: report.errors === 0, ...report })
      else if (report.findings.length > 0) out(report.findings.map(formatFinding).join('\n'))
      const summary = `${count(report.errors, 'error')}, ${count(report.warnings, 'warning')} in ${count(report.files, 'file')} of ${count(report.nodes.length, 'node')} (${dir}, read as ${LAYOUT[report.layout]})`
      note(summary)
      if (report.errors > 0) throw new FindingsError(summary)
    })
}
