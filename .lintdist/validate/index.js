import { SpecError } from '../diagnostics/diagnostic.js';
import { checkRules } from './rules/index.js';
import { schemaFindings } from './schema.js';
export { checkRules, rules } from './rules/index.js';
export { schemaFindings, loadSchema } from './schema.js';
/** Findings with file, line and column, ordered as they appear in the file. */
export function locateFindings(loaded, findings) {
    const located = findings.map((f) => ({ ...f, file: loaded.file, ...loaded.locate(f.pointer) }));
    const big = Number.MAX_SAFE_INTEGER;
    return located.sort((a, b) => (a.line ?? big) - (b.line ?? big) || (a.col ?? big) - (b.col ?? big) || (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
}
/**
 * Checks a loaded spec against the schema and, when that passes, the semantic rules. Returns the
 * typed spec and its warnings; throws `SpecError` with every diagnostic when any is an error.
 */
export function validateLoaded(loaded, opts = {}) {
    const structural = schemaFindings(loaded.data);
    if (structural.length > 0)
        throw new SpecError(locateFindings(loaded, structural));
    const spec = loaded.data;
    const diagnostics = locateFindings(loaded, checkRules(spec, opts));
    if (diagnostics.some((d) => d.severity === 'error'))
        throw new SpecError(diagnostics);
    return { spec, diagnostics };
}
