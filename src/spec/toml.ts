import { parse, TomlDate, TomlError } from 'smol-toml'
import { pointerOf } from '../diagnostics/diagnostic.js'
import { fail, setKey } from './problem.js'

/** Parses TOML 1.0; dates become ISO strings so the schema reports them as text. */
export function parseToml(text: string): unknown {
  try {
    return plain(parse(text, { maxDepth: 256 }))
  } catch (err) {
    if (!(err instanceof TomlError)) throw err
    const first = (err.message.split('\n')[0] ?? '').replace(/^Invalid TOML document:\s*/i, '')
    const hint = /invalid value/i.test(first) ? 'text values need double quotes in TOML, e.g. pattern = "single-node"' : undefined
    return fail('load/toml-syntax', `invalid TOML: ${first || 'the document cannot be read'}`, offsetOf(text, err.line, err.column), hint)
  }
}

function plain(value: unknown): unknown {
  if (value instanceof TomlDate) return value.toISOString()
  if (Array.isArray(value)) return value.map(plain)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) setKey(out, k, plain(v))
    return out
  }
  return value
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset)
    if (next < 0) break
    offset = next + 1
  }
  return offset + Math.max(0, column - 1)
}

type Path = (string | number)[]

const BARE_KEY = /[A-Za-z0-9_-]+/y

/**
 * Best-effort offsets of the keys of a TOML document that already parsed: tables, arrays of
 * tables, dotted keys, inline tables and arrays. Anything it does not follow is simply absent.
 */
export function tomlKeyOffsets(text: string): Map<string, number> {
  const scanner = new TomlScanner(text)
  try {
    scanner.document()
  } catch {
    // Positions are a convenience; a construct the scanner does not follow leaves the rest unmapped.
  }
  return scanner.offsets
}

class TomlScanner {
  readonly offsets = new Map<string, number>()
  private pos = 0
  private readonly arrayCounts = new Map<string, number>()

  constructor(private readonly text: string) {}

  document(): void {
    let table: Path = []
    this.offsets.set('', 0)
    while (this.pos < this.text.length) {
      const before = this.pos
      this.gap(true)
      const c = this.text[this.pos]
      if (c === undefined) return
      if (c === '[') table = this.header()
      else this.keyValue(table)
      if (this.pos <= before) return
    }
  }

  private header(): Path {
    const start = this.pos
    const isArray = this.text.startsWith('[[', this.pos)
    this.pos += isArray ? 2 : 1
    const keys = this.key()
    const end = this.text.indexOf(isArray ? ']]' : ']', this.pos)
    if (end < 0) throw new Error('unclosed table header')
    this.pos = end + (isArray ? 2 : 1)
    const resolved: Path = []
    keys.forEach(({ name, offset }, i) => {
      resolved.push(name)
      const ptr = pointerOf(resolved)
      if (!this.offsets.has(ptr)) this.offsets.set(ptr, offset)
      const count = this.arrayCounts.get(ptr)
      const last = i === keys.length - 1
      if (last && isArray) {
        this.arrayCounts.set(ptr, (count ?? 0) + 1)
        resolved.push(count ?? 0)
        this.offsets.set(pointerOf(resolved), start)
      } else if (count !== undefined) resolved.push(count - 1)
    })
    return resolved
  }

  private keyValue(table: Path): void {
    const path = [...table]
    for (const { name, offset } of this.key()) {
      path.push(name)
      const ptr = pointerOf(path)
      if (!this.offsets.has(ptr)) this.offsets.set(ptr, offset)
    }
    this.gap(false)
    if (this.text[this.pos] === '=') this.pos++
    this.gap(false)
    this.value(path)
  }

  private value(path: Path): void {
    const c = this.text[this.pos]
    if (c === '{') {
      this.pos++
      for (;;) {
        this.gap(false)
        if (this.text[this.pos] === '}' || this.pos >= this.text.length) break
        const before = this.pos
        this.keyValue(path)
        this.gap(false)
        if (this.text[this.pos] === ',') this.pos++
        this.advanced(before)
      }
      this.pos++
    } else if (c === '[') {
      this.pos++
      for (let i = 0; ; i++) {
        this.gap(true)
        if (this.text[this.pos] === ']' || this.pos >= this.text.length) break
        const before = this.pos
        this.offsets.set(pointerOf([...path, i]), this.pos)
        this.value([...path, i])
        this.gap(true)
        if (this.text[this.pos] === ',') this.pos++
        this.advanced(before)
      }
      this.pos++
    } else if (c === '"' || c === "'") this.quoted()
    else while (this.pos < this.text.length && !',]}\n#'.includes(this.text[this.pos] ?? '')) this.pos++
  }

  /** A dotted key: bare or quoted parts separated by dots. */
  private key(): { name: string; offset: number }[] {
    const parts: { name: string; offset: number }[] = []
    for (;;) {
      this.gap(false)
      const offset = this.pos
      const c = this.text[this.pos]
      let name: string
      if (c === '"' || c === "'") {
        const raw = this.quoted()
        name = c === '"' ? (JSON.parse(raw) as string) : raw.slice(1, -1)
      } else {
        BARE_KEY.lastIndex = this.pos
        const m = BARE_KEY.exec(this.text)
        if (!m) return parts
        name = m[0]
        this.pos += name.length
      }
      parts.push({ name, offset })
      this.gap(false)
      if (this.text[this.pos] !== '.') return parts
      this.pos++
    }
  }

  /** Skips one string of any of the four TOML kinds and returns its source text. */
  private quoted(): string {
    const start = this.pos
    const q = this.text[this.pos] ?? '"'
    const triple = q.repeat(3)
    if (this.text.startsWith(triple, this.pos)) {
      this.pos += 3
      while (this.pos < this.text.length && !this.text.startsWith(triple, this.pos)) this.pos += q === '"' && this.text[this.pos] === '\\' ? 2 : 1
      this.pos += 3
      while (this.text[this.pos] === q) this.pos++
    } else {
      this.pos++
      while (this.pos < this.text.length && this.text[this.pos] !== q) this.pos += q === '"' && this.text[this.pos] === '\\' ? 2 : 1
      this.pos++
    }
    return this.text.slice(start, this.pos)
  }

  private advanced(before: number): void {
    if (this.pos <= before) throw new Error('scanner made no progress')
  }

  /** Skips blanks and comments, and line breaks too when `lines` is set. */
  private gap(lines: boolean): void {
    for (;;) {
      const c = this.text[this.pos]
      if (c === ' ' || c === '\t' || (lines && (c === '\n' || c === '\r'))) this.pos++
      else if (c === '#' && lines) while (this.pos < this.text.length && this.text[this.pos] !== '\n') this.pos++
      else return
    }
  }
}
