import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { pointerOf } from '../diagnostics/diagnostic.js';
import { suggest } from '../spec/suggest.js';
import { describeValue, patternWords } from './schema-words.js';
/** The topology JSON Schema shipped in schemas/ (resolved from src/ and dist/ alike). */
export function loadSchema() {
    return JSON.parse(readFileSync(new URL('../../schemas/topology.schema.json', import.meta.url), 'utf8'));
}
let compiled;
function validator() {
    compiled ??= new Ajv({ allErrors: true, strict: true, verbose: true }).compile(loadSchema());
    return compiled;
}
/** Schema violations of a parsed spec as plain-sentence findings, one per problem. */
export function schemaFindings(data) {
    const validate = validator();
    if (validate(data))
        return [];
    const errors = collapseAnyOf(validate.errors ?? []);
    const seen = new Set();
    const findings = [];
    for (const error of errors) {
        const finding = translate(error);
        if (!finding)
            continue;
        const key = `${finding.pointer}\0${finding.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        findings.push(finding);
    }
    return findings;
}
/**
 * ajv reports every failed branch of an `anyOf` plus the `anyOf` itself. Keep one error: the
 * branch errors deeper in the value when there are some (the value was close to a branch), else
 * the `anyOf` alone, worded from its branches' descriptions.
 */
function collapseAnyOf(errors) {
    const dropped = new Set();
    errors.forEach((error, i) => {
        if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf')
            return;
        const inside = (e) => e.instancePath === error.instancePath || e.instancePath.startsWith(error.instancePath + '/');
        const branch = errors.slice(0, i).map((e, k) => [e, k]).filter(([e, k]) => !dropped.has(k) && inside(e));
        const deeper = branch.filter(([e]) => e.instancePath !== error.instancePath);
        for (const [e, k] of branch)
            if (!deeper.some(([d]) => d === e))
                dropped.add(k);
        if (deeper.length > 0)
            dropped.add(i);
    });
    return errors.filter((_, i) => !dropped.has(i));
}
const hintOf = (hint) => (hint === undefined ? {} : { hint });
function translate(e) {
    const at = e.instancePath;
    const p = e.params;
    const base = { severity: 'error' };
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(p.additionalProperty);
            const allowed = Object.keys(e.parentSchema?.properties ?? {});
            const near = suggest(key, allowed);
            return {
                ...base,
                rule: 'schema/unknown-key',
                pointer: at + pointerOf([key]),
                message: `unknown key ${JSON.stringify(key)}`,
                hint: near ? `did you mean "${near}"?` : `allowed keys here: ${allowed.join(', ')}`,
            };
        }
        case 'required': {
            const key = String(p.missingProperty);
            const required = e.parentSchema?.required ?? [key];
            return { ...base, rule: 'schema/required', pointer: at, message: `missing required key "${key}"`, hint: `required keys here: ${required.join(', ')}` };
        }
        case 'enum': {
            const allowed = p.allowedValues.map(String);
            const near = typeof e.data === 'string' ? suggest(e.data, allowed) : undefined;
            return {
                ...base,
                rule: 'schema/enum',
                pointer: at,
                message: `must be one of ${allowed.join(', ')}; got ${describeValue(e.data, at)}`,
                ...hintOf(near ? `did you mean "${near}"?` : undefined),
            };
        }
        case 'type': {
            const expected = String(p.type);
            const quote = expected === 'string' && (typeof e.data === 'number' || typeof e.data === 'boolean');
            return {
                ...base,
                rule: 'schema/type',
                pointer: at,
                message: `expected ${article(expected)}, got ${kindOf(e.data)}`,
                ...hintOf(quote ? 'put the value in quotes so it is read as text' : e.data === null ? 'the value is empty; give one or remove the key' : undefined),
            };
        }
        case 'pattern': {
            const pointer = e.propertyName === undefined ? at : at + pointerOf([e.propertyName]);
            const shown = e.propertyName === undefined ? describeValue(e.data, at) : JSON.stringify(e.propertyName);
            const what = e.propertyName === undefined ? '' : 'key ';
            return { ...base, rule: 'schema/pattern', pointer, message: `${what}${shown} is not allowed here: ${patternWords(String(p.pattern))}` };
        }
        case 'anyOf':
        case 'oneOf': {
            const branches = (e.schema ?? []).map((b) => b.description).filter((d) => d !== undefined);
            return { ...base, rule: 'schema/any-of', pointer: at, message: `expected ${branches.join(' or ')}; got ${describeValue(e.data, at)}` };
        }
        case 'minimum':
        case 'maximum':
            return { ...base, rule: 'schema/range', pointer: at, message: `must be ${e.keyword === 'minimum' ? 'at least' : 'at most'} ${String(p.limit)}; got ${describeValue(e.data, at)}` };
        case 'minItems':
            return { ...base, rule: 'schema/min-items', pointer: at, message: `the list is empty; give at least ${String(p.limit)} ${p.limit === 1 ? 'entry' : 'entries'}` };
        case 'minLength':
            return { ...base, rule: 'schema/length', pointer: at, message: 'must not be empty' };
        case 'maxLength':
            return { ...base, rule: 'schema/length', pointer: at, message: `is longer than ${String(p.limit)} characters` };
        case 'uniqueItems':
            return { ...base, rule: 'schema/unique-items', pointer: at, message: `entries ${Number(p.j) + 1} and ${Number(p.i) + 1} are the same; list each value once` };
        case 'const':
            return { ...base, rule: 'schema/enum', pointer: at, message: `must be ${JSON.stringify(p.allowedValue)}; got ${describeValue(e.data, at)}` };
        case 'propertyNames':
            return undefined; // the failing name's own error says what is wrong
        default:
            return { ...base, rule: `schema/${e.keyword}`, pointer: at, message: e.message ?? 'does not match the schema' };
    }
}
function article(type) {
    const words = { integer: 'an integer', object: 'a mapping', array: 'a list', string: 'a string', boolean: 'true or false', number: 'a number', null: 'nothing' };
    return words[type] ?? `a ${type}`;
}
function kindOf(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'an integer' : 'a number with a fraction';
    if (typeof value === 'boolean')
        return 'true or false';
    return 'a string';
}
