/**
 * A small XML reader for lint: checks well-formedness (XML 1.0, without DTD validation) and builds
 * an element tree in which every element and attribute knows its line and column.
 */
import { LineIndex, type Position } from '../spec/positions.js'

export interface XmlElement {
  name: string
  attrs: Record<string, string>
  /** Position of each attribute name. */
  attrAt: Record<string, Position>
  children: XmlElement[]
  /** Character data directly inside the element (entities decoded, CDATA included), untrimmed. */
  text: string
  /** Position of the `<` of the start tag. */
  at: Position
  /** Position of the first character of the text content (the start tag's `>` + 1). */
  textAt: Position
}

export class XmlSyntaxError extends Error {
  constructor(message: string, readonly at: Position) {
    super(message)
    this.name = 'XmlSyntaxError'
  }
}

const NAME_START = /[A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/
const NAME = /[A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD0-9.\-\u00B7\u0300-\u036F\u203F-\u2040]*/y
/** Characters XML 1.0 does not allow anywhere (surrogate pairs are checked separately). */
const BAD_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' }

/** Parses a document; throws XmlSyntaxError at the first well-formedness error. */
export function parseXml(text: string): XmlElement {
  return new Reader(text).document()
}

class Reader {
  private pos = 0
  private readonly lines: LineIndex
  private hasDoctype = false

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text)
  }

  document(): XmlElement {
    const t = this.text
    if (t.startsWith('\uFEFF')) this.pos = 1
    if (t.startsWith('<?xml', this.pos) && /[\s?]/.test(t[this.pos + 5] ?? '')) this.declaration()
    this.checkChars()
    let root: XmlElement | undefined
    while (this.pos < t.length) {
      const c = t[this.pos]
      if (c === '<') {
        if (t.startsWith('<!--', this.pos)) this.comment()
        else if (t.startsWith('<?', this.pos)) this.instruction()
        else if (t.startsWith('<!DOCTYPE', this.pos)) {
          if (root || this.hasDoctype) this.fail('a DOCTYPE may appear only once, before the root element')
          this.doctype()
        } else if (t.startsWith('<![CDATA[', this.pos) || t.startsWith('</', this.pos)) this.fail(root ? 'content after the end of the root element' : 'the document has no root element before this')
        else {
          if (root) this.fail(`a second root element; an XML document has exactly one (the first is <${root.name}> at line ${root.at.line})`)
          root = this.element()
        }
      } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.pos++
      else this.fail(root ? 'text after the end of the root element' : 'text before the root element')
    }
    if (!root) this.fail('the document has no root element')
    return root
  }

  private fail(message: string, at = this.pos): never {
    throw new XmlSyntaxError(message, this.lines.at(at))
  }

  private checkChars(): void {
    const m = BAD_CHAR.exec(this.text)
    if (m) this.fail(`character U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`, m.index)
    for (let i = 0; i < this.text.length; i++) {
      const code = this.text.charCodeAt(i)
      if (code >= 0xd800 && code <= 0xdbff) {
        const next = this.text.charCodeAt(i + 1)
        if (next >= 0xdc00 && next <= 0xdfff) i++
        else this.fail('a lone surrogate character is not allowed in XML', i)
      } else if (code >= 0xdc00 && code <= 0xdfff) this.fail('a lone surrogate character is not allowed in XML', i)
    }
  }

  private declaration(): void {
    const end = this.text.indexOf('?>', this.pos)
    if (end < 0) this.fail('the XML declaration is not closed with ?>')
    const body = this.text.slice(this.pos + 5, end)
    if (!/^\s+version\s*=\s*(["'])1\.[0-9]+\1(\s+encoding\s*=\s*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*$/.test(body)) {
      this.fail('malformed XML declaration; expected <?xml version="1.0" encoding="UTF-8"?>')
    }
    this.pos = end + 2
  }

  private comment(): void {
    const start = this.pos
    const end = this.text.indexOf('-->', start + 4)
    if (end < 0) this.fail('comment is not closed with -->', start)
    const dashes = this.text.indexOf('--', start + 4)
    if (dashes < end) this.fail('"--" is not allowed inside a comment', dashes)
    if (this.text[end - 1] === '-') this.fail('a comment may not end with "--->"', end - 1)
    this.pos = end + 3
  }

  private instruction(): void {
    const start = this.pos
    this.pos += 2
    const target = this.name('processing instruction target')
    if (target.toLowerCase() === 'xml') this.fail('the XML declaration is allowed only at the very start of the document', start)
    const end = this.text.indexOf('?>', this.pos)
    if (end < 0) this.fail('processing instruction is not closed with ?>', start)
    this.pos = end + 2
  }

  private doctype(): void {
    const start = this.pos
    this.hasDoctype = true
    let depth = 0
    let quote = ''
    for (this.pos += 9; this.pos < this.text.length; this.pos++) {
      const c = this.text[this.pos]
      if (quote) {
        if (c === quote) quote = ''
      } else if (c === '"' || c === "'") quote = c
      else if (c === '[') depth++
      else if (c === ']') depth--
      else if (c === '>' && depth <= 0) {
        this.pos++
        return
      }
    }
    this.fail('DOCTYPE is not closed with >', start)
  }

  private name(what: string): string {
    if (!NAME_START.test(this.text[this.pos] ?? '')) this.fail(`expected ${what}`)
    NAME.lastIndex = this.pos
    const m = NAME.exec(this.text)
    const name = m?.[0] ?? ''
    this.pos += name.length
    return name
  }

  private spaces(): boolean {
    const before = this.pos
    while (/[ \t\r\n]/.test(this.text[this.pos] ?? '')) this.pos++
    return this.pos > before
  }

  /** An element from its `<` to the end of its end tag (iterative, so deep nesting cannot overflow). */
  private element(): XmlElement {
    const stack: XmlElement[] = []
    let root: XmlElement | undefined
    const t = this.text
    for (;;) {
      // At a start tag.
      const { el, empty } = this.startTag()
      const parent = stack[stack.length - 1]
      if (parent) parent.children.push(el)
      else root = el
      if (!empty) stack.push(el)
      // Content until the next start tag, or until the stack is empty.
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!
        const c = t[this.pos]
        if (c === undefined) this.fail(`element <${top.name}> (line ${top.at.line}) is not closed`)
        if (c !== '<') {
          top.text += this.charData()
          continue
        }
        if (t.startsWith('</', this.pos)) {
          const at = this.pos
          this.pos += 2
          const name = this.name('element name in end tag')
          this.spaces()
          if (t[this.pos] !== '>') this.fail(`end tag </${name}> is not closed with >`)
          this.pos++
          if (name !== top.name) this.fail(`end tag </${name}> does not match start tag <${top.name}> at line ${top.at.line}, column ${top.at.col}`, at)
          stack.pop()
        } else if (t.startsWith('<!--', this.pos)) this.comment()
        else if (t.startsWith('<![CDATA[', this.pos)) {
          const end = t.indexOf(']]>', this.pos + 9)
          if (end < 0) this.fail('CDATA section is not closed with ]]>')
          top.text += t.slice(this.pos + 9, end)
          this.pos = end + 3
        } else if (t.startsWith('<?', this.pos)) this.instruction()
        else if (t.startsWith('<!', this.pos)) this.fail('markup declarations are allowed only in the DOCTYPE')
        else break // a child start tag
      }
      if (stack.length === 0) return root!
    }
  }

  private startTag(): { el: XmlElement; empty: boolean } {
    const at = this.lines.at(this.pos)
    this.pos++
    const name = this.name('element name after <')
    const el: XmlElement = { name, attrs: {}, attrAt: {}, children: [], text: '', at, textAt: at }
    for (;;) {
      const spaced = this.spaces()
      const c = this.text[this.pos]
      if (c === '>' || (c === '/' && this.text[this.pos + 1] === '>')) {
        this.pos += c === '>' ? 1 : 2
        el.textAt = this.lines.at(this.pos)
        return { el, empty: c === '/' }
      }
      if (c === undefined) this.fail(`start tag <${name}> is not closed with >`)
      if (!spaced) this.fail(`expected whitespace, > or /> in start tag <${name}>`)
      const attrPos = this.pos
      const attr = this.name(`attribute name or > in start tag <${name}>`)
      this.spaces()
      if (this.text[this.pos] !== '=') this.fail(`attribute ${attr} of <${name}> has no value; write ${attr}="…"`)
      this.pos++
      this.spaces()
      const q = this.text[this.pos]
      if (q !== '"' && q !== "'") this.fail(`the value of attribute ${attr} of <${name}> must be in quotes`)
      const end = this.text.indexOf(q, this.pos + 1)
      if (end < 0) this.fail(`the value of attribute ${attr} of <${name}> is not closed`)
      const raw = this.text.slice(this.pos + 1, end)
      const lt = raw.indexOf('<')
      if (lt >= 0) this.fail(`"<" is not allowed in an attribute value; write &lt;`, this.pos + 1 + lt)
      if (Object.hasOwn(el.attrs, attr)) this.fail(`attribute ${attr} appears twice in <${name}>`, attrPos)
      Object.defineProperty(el.attrs, attr, { value: this.decode(raw.replace(/[\t\n\r]/g, ' '), this.pos + 1), enumerable: true })
      el.attrAt[attr] = this.lines.at(attrPos)
      this.pos = end + 1
    }
  }

  private charData(): string {
    const start = this.pos
    const end = this.text.indexOf('<', start)
    const stop = end < 0 ? this.text.length : end
    const raw = this.text.slice(start, stop)
    const cdataEnd = raw.indexOf(']]>')
    if (cdataEnd >= 0) this.fail('"]]>" is not allowed in text; write ]]&gt;', start + cdataEnd)
    this.pos = stop
    return this.decode(raw, start)
  }

  /** Decodes entity and character references; `base` is the offset of `raw` in the text. */
  private decode(raw: string, base: number): string {
    if (!raw.includes('&')) return raw
    return raw.replace(/&([^;&<\s]*)(;?)/g, (whole, ref: string, semi: string, offset: number) => {
      const where = base + offset
      if (!semi) this.fail('"&" starts a reference that is not closed with ";"; write &amp; for a literal &', where)
      if (ref.startsWith('#')) {
        const code = /^#x[0-9A-Fa-f]+$/.test(ref) ? parseInt(ref.slice(2), 16) : /^#[0-9]+$/.test(ref) ? parseInt(ref.slice(1), 10) : NaN
        const ok = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
        if (!ok) this.fail(`${whole} is not a valid character reference`, where)
        return String.fromCodePoint(code)
      }
      const known = PREDEFINED[ref]
      if (known !== undefined) return known
      if (this.hasDoctype && /^[A-Za-z_:][\w.:-]*$/.test(ref)) return whole // declared in the DTD, perhaps
      this.fail(`unknown entity ${whole}; XML knows only &lt; &gt; &amp; &apos; &quot; and character references`, where)
    })
  }
}

/** Child elements with a name (local name, namespace prefix ignored). */
export const childrenNamed = (el: XmlElement, name: string): XmlElement[] => el.children.filter((c) => localName(c.name) === name)

export const localName = (name: string): string => name.slice(name.indexOf(':') + 1)

/** The elements at a slash-separated path below `el` (`a/b/c`), in document order. */
export function select(el: XmlElement, path: string): XmlElement[] {
  let level = [el]
  for (const step of path.split('/')) level = level.flatMap((e) => childrenNamed(e, step))
  return level
}

/** Every element of the tree (depth first, document order), with its path of names from the root. */
export function* walkXml(el: XmlElement, path: string[] = []): Generator<{ el: XmlElement; path: string[] }> {
  const here = [...path, localName(el.name)]
  yield { el, path: here }
  for (const c of el.children) yield* walkXml(c, here)
}

/** Trimmed text of an element. */
export const textOf = (el: XmlElement | undefined): string => (el?.text ?? '').trim()

/** Position of the first non-blank character of the element's text, or of the element. */
export function textPosition(el: XmlElement): Position {
  const lead = /^\s*/.exec(el.text)?.[0] ?? ''
  if (lead === '' || el.text.trim() === '') return el.textAt
  const nl = lead.lastIndexOf('\n')
  return nl < 0 ? { line: el.textAt.line, col: el.textAt.col + lead.length } : { line: el.textAt.line + (lead.match(/\n/g)?.length ?? 0), col: lead.length - nl }
}
