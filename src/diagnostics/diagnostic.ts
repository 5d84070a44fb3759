/** One finding about the input, located in the spec file when a position is known. */

export type Severity = 'error' | 'warning'

export interface Finding {
  /** JSON pointer into the spec ('' for the whole document). */
  pointer: string
  message: string
  /** What to do about it, e.g. a "did you mean" suggestion. */
  hint?: string
  severity: Severity
  /** Stable rule id, e.g. `schema/enum`, `topology/duplicate-node-name`. */
  rule: string
}

export interface Diagnostic extends Finding {
  file: string
  line?: number
  col?: number
}

/** Invalid spec or input: exit code 2, every diagnostic printed, nothing written. */
export class SpecError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.filter((d) => d.severity === 'error').map((d) => d.message).join('; ') || 'invalid input')
    this.name = 'SpecError'
  }
}

/** Wrong command-line usage or an unusable path: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/**
 * The command ran and found differences or findings (drift, lint errors): exit code 1. The command
 * has already printed what it found; the message is only a summary.
 */
export class FindingsError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FindingsError'
  }
}

/** A planned file has no renderer for its platform yet: exit code 2. */
export class MissingRendererError extends Error {
  constructor(readonly path: string, readonly product: string) {
    super(`no renderer for ${path} of product ${product} yet`)
    this.name = 'MissingRendererError'
  }
}

export const errorsOf = (ds: readonly Diagnostic[]): Diagnostic[] => ds.filter((d) => d.severity === 'error')

/** Errors, then warnings, each in their own order: the first line of a report is its first error. */
export const errorsFirst = <T extends Finding>(ds: readonly T[]): T[] => [...ds.filter((d) => d.severity === 'error'), ...ds.filter((d) => d.severity !== 'error')]

/** `file:line:col severity pointer: message` and an indented hint line. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line !== undefined ? `${d.file}:${d.line}:${d.col ?? 1}` : d.file
  const pointer = d.pointer === '' ? '/' : d.pointer
  const head = `${where} ${d.severity} ${pointer}: ${d.message} [${d.rule}]`
  return d.hint ? `${head}\n  ${d.hint}` : head
}

/** The JSON pointer of a path of keys and indexes (RFC 6901 escaping). */
export function pointerOf(path: readonly (string | number)[]): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('')
}

/** The keys and indexes of a JSON pointer. */
export function pathOf(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
}
