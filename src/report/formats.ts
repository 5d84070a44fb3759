/**
 * Output formats for findings (validate, render --check, lint): `text` (each command's own),
 * `json` (each command's own document), `github` (workflow commands, which GitHub Actions shows
 * as annotations on the file and line) and `sarif` (SARIF 2.1.0, for code-scanning uploads).
 */
import { relative, sep } from 'node:path'
import { UsageError } from '../diagnostics/diagnostic.js'

export const FORMATS = ['text', 'json', 'github', 'sarif'] as const
export type Format = (typeof FORMATS)[number]

/** One finding in a file, whatever produced it. */
export interface Reported {
  file: string
  line?: number
  col?: number
  severity: 'error' | 'warning' | 'note'
  rule: string
  message: string
  hint?: string
}

/** `--format` and its `--json` alias; exit 2 on a format that does not exist or on a contradiction. */
export function formatOf(opts: { format?: string; json?: boolean }): Format {
  const f = opts.format
  if (f !== undefined && !(FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got "${f}"`)
  if (opts.json && f !== undefined && f !== 'json') throw new UsageError(`--json is --format json; it cannot be combined with --format ${f}`)
  return opts.json ? 'json' : ((f as Format | undefined) ?? 'text')
}

/** The `--format` value in raw arguments (for failures reported before a command's action runs). */
export function formatInArgv(argv: readonly string[]): string | undefined {
  for (const [i, a] of argv.entries()) {
    if (a === '--format') return argv[i + 1]
    if (a.startsWith('--format=')) return a.slice('--format='.length)
  }
  return argv.includes('--json') ? 'json' : undefined
}

// Workflow command escaping as in actions/toolkit packages/core/src/command.ts (escapeData and
// escapeProperty), documented under "Workflow commands for GitHub Actions".
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

const COMMAND = { error: 'error', warning: 'warning', note: 'notice' } as const

/** Where the file is, as the runner resolves it: relative to the working folder, with `/`. */
const workspacePath = (file: string): string => (file === '-' ? file : relative(process.cwd(), file).split(sep).join('/') || file)

/** `::error file=…,line=…,col=…,title=<rule>::message`, one per finding. */
export function githubCommands(findings: readonly Reported[]): string {
  return findings
    .map((f) => {
      const props = [`file=${escapeProperty(workspacePath(f.file))}`]
      if (f.line !== undefined) props.push(`line=${f.line}`)
      if (f.line !== undefined && f.col !== undefined) props.push(`col=${f.col}`)
      props.push(`title=${escapeProperty(f.rule)}`)
      const message = f.hint ? `${f.message}\n${f.hint}` : f.message
      return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(message)}`
    })
    .join('\n')
}

/** A relative URI reference for a path (SARIF artifactLocation.uri, §3.4.3). */
const uriOf = (file: string): string => workspacePath(file).split('/').map(encodeURIComponent).join('/')

export interface SarifOptions {
  version: string
  /** Short descriptions of the rules, when known (lint rules have summaries). */
  ruleSummaries?: ReadonlyMap<string, string>
}

/** A SARIF 2.1.0 log with one run: the tool, the rules that fired, a result per finding. */
export function sarifLog(findings: readonly Reported[], opts: SarifOptions): object {
  const ruleIds = [...new Set(findings.map((f) => f.rule))].sort()
  const index = new Map(ruleIds.map((id, i) => [id, i]))
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'wso2cfg',
            version: opts.version,
            informationUri: 'https://github.com/wso2cfg/wso2cfg',
            rules: ruleIds.map((id) => {
              const summary = opts.ruleSummaries?.get(id)
              return { id, ...(summary ? { shortDescription: { text: summary } } : {}) }
            }),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: index.get(f.rule)!,
          level: f.severity,
          message: { text: f.hint ? `${f.message} (${f.hint})` : f.message },
          ...(f.file === '-'
            ? {}
            : {
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: { uri: uriOf(f.file) },
                      ...(f.line !== undefined ? { region: { startLine: f.line, ...(f.col !== undefined ? { startColumn: f.col } : {}) } } : {}),
                    },
                  },
                ],
              }),
        })),
      },
    ],
  }
}

/** The findings in a machine format, as the text printed on stdout. */
export function formatted(format: 'github' | 'sarif', findings: readonly Reported[], opts: SarifOptions): string {
  return format === 'github' ? githubCommands(findings) : JSON.stringify(sarifLog(findings, opts), null, 2)
}
