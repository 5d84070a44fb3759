/** What validate, render --check and lint found, as the records the machine formats print. */
import { join } from 'node:path'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { DriftReport } from '../check/compare.js'
import type { LintFinding } from '../lint/types.js'
import type { Reported } from './formats.js'

export const fromDiagnostics = (ds: readonly Diagnostic[]): Reported[] =>
  ds.map((d) => ({
    file: d.file,
    ...(d.line !== undefined ? { line: d.line } : {}),
    ...(d.col !== undefined ? { col: d.col } : {}),
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    ...(d.hint ? { hint: d.hint } : {}),
  }))

export const fromLint = (fs: readonly LintFinding[]): Reported[] => fromDiagnostics(fs.map((f) => ({ ...f, pointer: '' })))

/** The first changed line of the folder's file: the old-side start of the diff's first hunk. */
function firstChangedLine(diff: string): number | undefined {
  const m = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@/m.exec(diff)
  if (!m) return undefined
  const hunk = diff.slice(m.index).split('\n').slice(1)
  // Skip the context lines the hunk starts with.
  let line = Math.max(1, Number(m[1]))
  for (const l of hunk) {
    if (!l.startsWith(' ')) break
    line++
  }
  return line
}

/** Drift as findings: rule check/changed at the first changed line, check/missing, check/unexpected. */
export function fromDrift(r: DriftReport): Reported[] {
  const at = (path: string): string => join(r.folder, path)
  return [
    ...r.changed.map((c): Reported => {
      const line = c.note ? undefined : firstChangedLine(c.diff)
      return {
        file: at(c.path),
        ...(line !== undefined ? { line, col: 1 } : {}),
        severity: 'error',
        rule: 'check/changed',
        message: c.note ? `differs from the rendered file (${c.note})` : 'differs from the rendered file',
        hint: `render the spec into ${r.folder} and commit the result`,
      }
    }),
    ...r.missing.map((p): Reported => ({ file: at(p), severity: 'error', rule: 'check/missing', message: `rendered from the spec, but not in ${r.folder}` })),
    ...r.unexpected.map((p): Reported => ({ file: at(p), severity: 'error', rule: 'check/unexpected', message: 'in the folder, but not rendered from the spec' })),
  ]
}
