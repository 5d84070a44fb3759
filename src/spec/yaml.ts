import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml'
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
  const doc = parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: true, merge: true, prettyErrors: false })
  if (doc.errors.length > 0) throw new LoadProblems(problemsOf(doc.errors, text))
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES })
  } catch (err) {
    if (err instanceof ReferenceError && /alias/i.test(err.message)) {
      fail('load/alias-limit', `the document expands too many aliases (more than ${MAX_ALIASES}); write the values out instead`, 0)
    }
    const message = err instanceof Error ? err.message : String(err)
    fail('load/yaml-syntax', `the YAML document cannot be read: ${message}`, 0)
  }
  return { data, offsetOf: (pointer) => offsetInDocument(doc, pointer) }
}

/** Every duplicate key, plus the first other error (later ones are usually its echoes). */
function problemsOf(errors: readonly YAMLError[], text: string): LoadProblem[] {
  const duplicates = errors.filter((e) => e.code === 'DUPLICATE_KEY')
  const other = errors.find((e) => e.code !== 'DUPLICATE_KEY')
  const problems: LoadProblem[] = duplicates.map((e) => ({
    rule: 'load/duplicate-key',
    message: `key ${keyAt(text, e.pos[0])}appears twice in the same mapping; each key may appear only once`,
    offset: e.pos[0],
  }))
  if (other) problems.push(syntaxProblem(other, text))
  return problems.sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0))
}

const REFERENCE = /\$(env|secret)\{/g

/** The key written at an offset, quoted and followed by a space, or nothing when unclear. */
function keyAt(text: string, offset: number): string {
  const m = /^("[^"\n]*"|'[^'\n]*'|[^\s:#][^:#\n]*?)\s*:/.exec(text.slice(offset, offset + 200))
  const key = m?.[1]?.replace(/^["']|["']$/g, '')
  return key === undefined ? '' : `${JSON.stringify(key)} `
}

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
