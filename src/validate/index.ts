import { SpecError, type Diagnostic, type Finding } from '../diagnostics/diagnostic.js'
import type { Spec } from '../model/spec.js'
import type { LoadedSpec } from '../spec/load.js'
import { checkRules, type RuleOptions } from './rules/index.js'
import { schemaFindings, TOO_MANY } from './schema.js'

export { checkRules, rules } from './rules/index.js'
export type { Rule, RuleOptions } from './rules/index.js'
export { schemaFindings, loadSchema } from './schema.js'

/** Findings with file, line and column, ordered as they appear in the file. */
export function locateFindings(loaded: LoadedSpec, findings: readonly Finding[]): Diagnostic[] {
  const located: Diagnostic[] = findings.map((f) => ({ ...f, file: loaded.file, ...loaded.locate(f.pointer) }))
  const big = Number.MAX_SAFE_INTEGER
  return located.sort((a, b) => (a.line ?? big) - (b.line ?? big) || (a.col ?? big) - (b.col ?? big) || (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0))
}

/**
 * Checks a loaded spec against the schema and, when that passes, the semantic rules. Returns the
 * typed spec and its warnings; throws `SpecError` with every diagnostic when any is an error.
 */
export function validateLoaded(loaded: LoadedSpec, opts: RuleOptions = {}): { spec: Spec; diagnostics: Diagnostic[] } {
  const structural = schemaFindings(loaded.data)
  if (structural.length > 0) {
    // The note that the list was cut short comes last, after the findings in file order.
    const cut = structural.filter((f) => f.rule === TOO_MANY)
    const rest = structural.filter((f) => f.rule !== TOO_MANY)
    throw new SpecError([...locateFindings(loaded, rest), ...cut.map((f): Diagnostic => ({ ...f, file: loaded.file }))])
  }
  const spec = loaded.data as Spec
  const diagnostics = locateFindings(loaded, checkRules(spec, opts))
  if (diagnostics.some((d) => d.severity === 'error')) throw new SpecError(diagnostics)
  return { spec, diagnostics }
}
