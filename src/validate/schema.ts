import { readFileSync } from 'node:fs'
import type { ErrorObject, ValidateFunction } from 'ajv'
import type { Finding } from '../diagnostics/diagnostic.js'
import { pointerOf } from '../diagnostics/diagnostic.js'
import { suggest } from '../spec/suggest.js'
import { describeValue, patternWords } from './schema-words.js'
import generated from './generated/topology-validator.js'

/** The topology JSON Schema shipped in schemas/ (resolved from src/ and dist/ alike). */
export function loadSchema(): object {
  return JSON.parse(readFileSync(new URL('../../schemas/topology.schema.json', import.meta.url), 'utf8')) as object
}

/** The schema compiled ahead of time by scripts/build-validator.mjs (same ajv options, no compile per run). */
const validator = (): ValidateFunction => generated as unknown as ValidateFunction

/** Rule of the last finding when the schema findings were cut short. */
export const TOO_MANY = 'schema/too-many-errors'

/** At most this many schema findings are reported; one more finding says that the list stops there. */
export const MAX_SCHEMA_FINDINGS = 50

/**
 * Raw validator errors looked at. The first findings come from the first errors (a few per
 * finding), so a spec with tens of thousands of bad keys costs no more than one with a few hundred.
 */
const MAX_RAW_ERRORS = 20 * MAX_SCHEMA_FINDINGS

/** Schema violations of a parsed spec as plain-sentence findings, one per problem, at most MAX_SCHEMA_FINDINGS. */
export function schemaFindings(data: unknown): Finding[] {
  const validate = validator()
  if (validate(data)) return []
  const all = validate.errors ?? []
  const errors = collapseAnyOf(nameKeyErrors(all.length > MAX_RAW_ERRORS ? all.slice(0, MAX_RAW_ERRORS) : all))
  const seen = new Set<string>()
  const findings: Finding[] = []
  let more = all.length > MAX_RAW_ERRORS
  for (const error of errors) {
    const finding = translate(error)
    const key = `${finding.pointer}\0${finding.message}`
    if (seen.has(key)) continue
    if (findings.length === MAX_SCHEMA_FINDINGS) {
      more = true
      break
    }
    seen.add(key)
    findings.push(finding)
  }
  if (more) {
    findings.push({
      severity: 'error',
      rule: TOO_MANY,
      pointer: '',
      message: `the spec breaks the schema in more places than the ${MAX_SCHEMA_FINDINGS} reported; fix these and validate again`,
    })
  }
  return findings
}

/**
 * A bad key under `propertyNames` comes as the key's own error followed by a `propertyNames`
 * error naming the key; the own error does not always carry the key, so give it the name and
 * drop the wrapper.
 */
function nameKeyErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const out: ErrorObject[] = []
  for (const error of errors) {
    if (error.keyword !== 'propertyNames') {
      out.push(error)
      continue
    }
    const name = String((error.params as { propertyName?: unknown }).propertyName)
    // The key's own errors come right before the wrapper, at the same path; earlier keys' errors
    // already carry their names.
    for (let k = out.length - 1; k >= 0; k--) {
      const inner = out[k]
      if (!inner || inner.instancePath !== error.instancePath || (inner.propertyName ?? name) !== name) break
      out[k] = { ...inner, propertyName: name }
    }
  }
  return out
}

/**
 * ajv reports every failed branch of an `anyOf` plus the `anyOf` itself. Keep one error: the
 * branch errors deeper in the value when there are some (the value was close to a branch), else
 * the `anyOf` alone, worded from its branches' descriptions.
 */
function collapseAnyOf(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<number>()
  errors.forEach((error, i) => {
    if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') return
    const inside = (e: ErrorObject): boolean => e.instancePath === error.instancePath || e.instancePath.startsWith(error.instancePath + '/')
    const branch = errors.slice(0, i).map((e, k) => [e, k] as const).filter(([e, k]) => !dropped.has(k) && inside(e))
    const deeper = branch.filter(([e]) => e.instancePath !== error.instancePath)
    for (const [e, k] of branch) if (!deeper.some(([d]) => d === e)) dropped.add(k)
    if (deeper.length > 0) dropped.add(i)
  })
  return errors.filter((_, i) => !dropped.has(i))
}

const hintOf = (hint: string | undefined): { hint?: string } => (hint === undefined ? {} : { hint })

type Wording = (e: ErrorObject, p: Record<string, unknown>) => Omit<Finding, 'severity' | 'pointer'> & { pointer?: string }

/** One plain sentence per ajv keyword; the pointer is the failing value's unless a wording says otherwise. */
const WORDINGS: Record<string, Wording> = {
  additionalProperties: (e, p) => {
    const key = String(p.additionalProperty)
    const allowed = Object.keys((e.parentSchema?.properties as Record<string, unknown> | undefined) ?? {})
    const near = suggest(key, allowed)
    return {
      rule: 'schema/unknown-key',
      pointer: e.instancePath + pointerOf([key]),
      message: `unknown key ${JSON.stringify(key)}`,
      hint: near ? `did you mean "${near}"?` : `allowed keys here: ${allowed.join(', ')}`,
    }
  },
  required: (e, p) => {
    const key = String(p.missingProperty)
    const required = (e.parentSchema?.required as string[] | undefined) ?? [key]
    return { rule: 'schema/required', message: `missing required key "${key}"`, hint: `required keys here: ${required.join(', ')}` }
  },
  enum: (e, p) => {
    const allowed = (p.allowedValues as unknown[]).map(String)
    const near = typeof e.data === 'string' ? suggest(e.data, allowed) : undefined
    return { rule: 'schema/enum', message: `must be one of ${allowed.join(', ')}; got ${describeValue(e.data, e.instancePath)}`, ...hintOf(near ? `did you mean "${near}"?` : undefined) }
  },
  const: (e, p) => ({ rule: 'schema/enum', message: `must be ${JSON.stringify(p.allowedValue)}; got ${describeValue(e.data, e.instancePath)}` }),
  type: (e, p) => {
    const quote = p.type === 'string' && (typeof e.data === 'number' || typeof e.data === 'boolean')
    const hint = quote ? 'put the value in quotes so it is read as text' : e.data === null ? 'the value is empty; give one or remove the key' : undefined
    return { rule: 'schema/type', message: `expected ${article(String(p.type))}, got ${kindOf(e.data)}`, ...hintOf(hint) }
  },
  pattern: (e, p) =>
    e.propertyName === undefined
      ? { rule: 'schema/pattern', message: `${describeValue(e.data, e.instancePath)} is not allowed here: ${patternWords(String(p.pattern))}` }
      : { rule: 'schema/pattern', pointer: e.instancePath + pointerOf([e.propertyName]), message: `key ${JSON.stringify(e.propertyName)} is not allowed here: ${patternWords(String(p.pattern))}` },
  anyOf: (e) => branchesWording(e),
  oneOf: (e) => branchesWording(e),
  minimum: (e, p) => ({ rule: 'schema/range', message: `must be at least ${String(p.limit)}; got ${describeValue(e.data, e.instancePath)}` }),
  maximum: (e, p) => ({ rule: 'schema/range', message: `must be at most ${String(p.limit)}; got ${describeValue(e.data, e.instancePath)}` }),
  minItems: (_, p) => ({ rule: 'schema/min-items', message: `the list is empty; give at least ${String(p.limit)} ${p.limit === 1 ? 'entry' : 'entries'}` }),
  minLength: () => ({ rule: 'schema/length', message: 'must not be empty' }),
  maxLength: (_, p) => ({ rule: 'schema/length', message: `is longer than ${String(p.limit)} characters` }),
  uniqueItems: (_, p) => ({ rule: 'schema/unique-items', message: `entries ${Number(p.j) + 1} and ${Number(p.i) + 1} are the same; list each value once` }),
}

/** "expected A or B": the descriptions of an anyOf's branches. */
function branchesWording(e: ErrorObject): ReturnType<Wording> {
  const branches = ((e.schema as { description?: string }[] | undefined) ?? []).map((b) => b.description).filter((d) => d !== undefined)
  return { rule: 'schema/any-of', message: `expected ${branches.join(' or ')}; got ${describeValue(e.data, e.instancePath)}` }
}

function translate(e: ErrorObject): Finding {
  const wording = WORDINGS[e.keyword] ?? (() => ({ rule: `schema/${e.keyword}`, message: e.message ?? 'does not match the schema' }))
  return { pointer: e.instancePath, ...wording(e, e.params as Record<string, unknown>), severity: 'error' }
}

function article(type: string): string {
  const words: Record<string, string> = { integer: 'an integer', object: 'a mapping', array: 'a list', string: 'a string', boolean: 'true or false', number: 'a number', null: 'nothing' }
  return words[type] ?? `a ${type}`
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number with a fraction'
  if (typeof value === 'boolean') return 'true or false'
  return 'a string'
}
