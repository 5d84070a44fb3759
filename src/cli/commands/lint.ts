import type { Command } from 'commander'
import { FindingsError } from '../../diagnostics/diagnostic.js'
import { TOOL_VERSION } from '../../util/version.js'
import { json, note, out } from '../output.js'

const LAYOUT = { output: 'a render output folder', nodes: 'a nodes/ tree', node: 'a node folder', conf: 'a configuration folder' } as const

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`

export function addLint(program: Command): void {
  program
    .command('lint')
    .description("check an existing configuration folder without a spec (one node's repository/conf, a node folder, a nodes/ tree or a render output folder); exit 1 on errors")
    .argument('<dir>', 'the folder to check')
    .option('--json', 'print the findings as JSON on stdout (--format json)')
    .option('--format <format>', 'text, json, github (workflow commands) or sarif (SARIF 2.1.0) on stdout')
    .action(async (dir: string, opts: { json?: boolean; format?: string }) => {
      const [{ formatFinding, lint, RULES }, { formatOf, formatted }, { fromLint }] = await Promise.all([import('../../lint/index.js'), import('../../report/formats.js'), import('../../report/findings.js')])
      const format = formatOf(opts)
      const report = lint(dir)
      if (format === 'github' || format === 'sarif') {
        const ruleSummaries = new Map(RULES.map((r) => [r.id, r.summary]))
        if (report.findings.length > 0 || format === 'sarif') out(formatted(format, fromLint(report.findings), { version: TOOL_VERSION, ruleSummaries }))
      } else if (format === 'json') json({ ok: report.errors === 0, ...report })
      else if (report.findings.length > 0) out(report.findings.map(formatFinding).join('\n'))
      const summary = `${count(report.errors, 'error')}, ${count(report.warnings, 'warning')} in ${count(report.files, 'file')} of ${count(report.nodes.length, 'node')} (${dir}, read as ${LAYOUT[report.layout]})`
      note(summary)
      if (report.errors > 0) throw new FindingsError(summary)
    })
}
