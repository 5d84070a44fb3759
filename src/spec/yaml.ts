import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml'
import { pathOf } from '../diagnostics/diagnostic.js'
import { fail, LoadProblems, type LoadProblem } from './problem.js'

/** Aliases allowed in one document; stops "billion laughs" expansion early. */
const MAX_ALIASES = 100

/** The parsed value and a function from a JSON pointer to the offset of its key (or nearest ancestor). */
export interface ParsedYaml {
  data: unknown
  offsetOf(pointer: string): number | undefined
}

/** Parses one YAML 1.2 document; duplicate keys, several documents and alias bombs are errors. */
export function parseYaml(text: string): ParsedYaml {
  // The parser's own unique-key check is quadratic in the size of a mapping; duplicateKeys is not.
  const doc = parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: false, merge: true, prettyErrors: false })
  const problems = [...duplicateKeys(doc), ...problemsOf(doc.errors, text)].sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0))
  if (problems.length > 0) throw new LoadProblems(problems)
  const cycle = aliasCycle(doc)
  if (cycle) fail('load/alias-cycle', `the alias *${cycle.name} sits inside the node its anchor &${cycle.name} names, which makes the value endless`, cycle.offset)
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES })
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    if (/excessive alias count/i.test(message)) {
      fail('load/alias-limit', `the document expands too many aliases (more than ${MAX_ALIASES}); write the values out instead`, 0)
    }
    const alias = /unresolved alias.*?:\s*(\S+)/i.exec(message)?.[1]
    if (alias !== undefined) {
      const at = text.indexOf(`*${alias}`)
      fail('load/yaml-syntax', `the alias *${alias} refers to no anchor &${alias} defined before it`, at < 0 ? 0 : at)
    }
    fail('load/yaml-syntax', `the YAML document cannot be read: ${message}`, 0)
  }
  return { data, offsetOf: (pointer) => offsetInDocument(doc, pointer) }
}

/** Reported duplicate keys at most; a file full of them needs no more to be fixed. */
const MAX_DUPLICATES = 20

/** Keys written twice in one mapping (merge keys aside), in one pass over the document. */
function duplicateKeys(doc: Document): LoadProblem[] {
  const problems: LoadProblem[] = []
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>()
      for (const pair of map.items) {
        if (!isScalar(pair.key) || typeof pair.key.value === 'symbol') continue
        const key = String(pair.key.value)
        const offset = pair.key.range?.[0]
        if (!seen.has(key)) seen.add(key)
        else if (problems.length < MAX_DUPLICATES) {
          problems.push({ rule: 'load/duplicate-key', message: `key ${JSON.stringify(key)} appears twice in the same mapping; each key may appear only once`, offset })
        }
      }
      return problems.length >= MAX_DUPLICATES ? visit.BREAK : undefined
    },
  })
  return problems
}

/** An alias used inside its own anchored node, which would make the data circular. */
function aliasCycle(doc: Document): { name: string; offset: number | undefined } | undefined {
  let cycle: { name: string; offset: number | undefined } | undefined
  visit(doc, {
    Alias(_, alias, path) {
      const ancestors = path as readonly unknown[]
      if (ancestors.some((a) => a !== null && typeof a === 'object' && 'anchor' in a && a.anchor === alias.source)) {
        cycle = { name: alias.source, offset: alias.range?.[0] }
        return visit.BREAK
      }
      return undefined
    },
  })
  return cycle
}

/** The first syntax error; later ones are usually its echoes. */
function problemsOf(errors: readonly YAMLError[], text: string): LoadProblem[] {
  const first = errors[0]
  return first ? [syntaxProblem(first, text)] : []
}

const REFERENCE = /\$(env|secret)\{/g

function syntaxProblem(error: YAMLError, text: string): LoadProblem {
  const offset = error.pos[0]
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  const lineEnd = text.indexOf('\n', offset)
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd)
  const reference = unquotedReferenceBefore(line, offset - lineStart)
  if (reference !== undefined) {
    return {
      rule: 'load/unquoted-reference',
      message: 'a $env{…} or $secret{…} value inside a flow mapping { … } or flow sequence [ … ] must be quoted',
      offset: lineStart + reference,
      hint: 'write it in quotes, e.g. password: "$env{DB_PASSWORD}", or move it to its own block-style line',
    }
  }
  const known = MESSAGES[error.code]
  const message = known?.message ?? `invalid YAML: ${ownMessage(error)}`
  return { rule: 'load/yaml-syntax', message, offset, ...(known?.hint === undefined ? {} : { hint: known.hint }) }
}

/** Column (0-based) of the last unquoted `$env{`/`$secret{` at or before `col` on a line. */
function unquotedReferenceBefore(line: string, col: number): number | undefined {
  let found: number | undefined
  for (const m of line.matchAll(REFERENCE)) {
    const before = line.slice(0, m.index)
    const quoted = (before.split('"').length - 1) % 2 === 1 || (before.split("'").length - 1) % 2 === 1
    if (!quoted && m.index <= col) found = m.index
  }
  return found
}

/** Plain sentences for the YAML errors people hit most; the parser's own text otherwise. */
const MESSAGES: Partial<Record<string, { message?: string; hint?: string }>> = {
  TAB_AS_INDENT: { message: 'tabs cannot be used for indentation in YAML; indent with spaces' },
  MULTIPLE_DOCS: { message: 'the file holds more than one YAML document (a second "---"); a spec is one document' },
  RESOURCE_EXHAUSTION: { message: 'the document nests too deeply to be a topology spec' },
  BAD_INDENT: { hint: 'check the indentation of this line against the lines above it' },
  MISSING_CHAR: { hint: 'check the indentation of this line, and that every quote and bracket before it is closed' },
  UNEXPECTED_TOKEN: { hint: 'check the indentation of this line, and that every quote and bracket before it is closed' },
  BLOCK_AS_IMPLICIT_KEY: { hint: 'a key and its nested block cannot share a line; put the block on the next lines' },
  MULTILINE_IMPLICIT_KEY: { hint: 'a key spans several lines; a missing colon or an unclosed quote above may be the cause' },
}

function ownMessage(error: YAMLError): string {
  const own = error.message.replace(/\s+at line \d+, column \d+.*$/s, '').trim()
  return own.charAt(0).toLowerCase() + own.slice(1)
}

/** The offset of the key a pointer names, or of its nearest ancestor that exists. */
function offsetInDocument(doc: Document, pointer: string): number | undefined {
  let node: unknown = doc.contents
  let offset = rangeStart(node)
  for (const segment of pathOf(pointer)) {
    if (isAlias(node)) node = node.resolve(doc)
    const step = child(doc, node, segment)
    if (!step) break
    node = step.node
    offset = step.offset ?? offset
  }
  return offset
}

function child(doc: Document, node: unknown, segment: string): { node: unknown; offset: number | undefined } | undefined {
  if (isSeq(node)) {
    const item: unknown = /^\d+$/.test(segment) ? node.items[Number(segment)] : undefined
    return item === undefined ? undefined : { node: item, offset: rangeStart(item) }
  }
  if (!isMap(node)) return undefined
  for (const pair of node.items) {
    if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === segment) {
      return { node: pair.value, offset: rangeStart(pair.key) }
    }
  }
  // Keys brought in by a `<<` merge: report them at the merge key.
  for (const pair of node.items) {
    if (isPair(pair) && isScalar(pair.key) && (pair.key.value === '<<' || typeof pair.key.value === 'symbol')) {
      const sources = isSeq(pair.value) ? pair.value.items : [pair.value]
      for (const source of sources) {
        const found = child(doc, isAlias(source) ? source.resolve(doc) : source, segment)
        if (found) return { node: found.node, offset: rangeStart(pair.key) }
      }
    }
  }
  return undefined
}

function rangeStart(node: unknown): number | undefined {
  if (node !== null && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: [number, number, number] | null }).range
    return range ? range[0] : undefined
  }
  return undefined
}
