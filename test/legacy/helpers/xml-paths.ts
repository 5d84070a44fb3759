/**
 * Element paths of an XML document, read with fast-xml-parser (a second parser): local names from
 * the root, siblings told apart by a `name` attribute, a leaf `name`/`Name` child, or an identifying
 * attribute, else by position (`[2]`, `[3]` …).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'

export interface ElementInfo {
  /** Direct text, whitespace-collapsed. */
  text: string
  /** Direct text exactly as the parser decoded it. */
  raw: string
  /** Attributes (prefixed names kept, e.g. `svns:secretAlias`), whitespace-collapsed values. */
  attrs: Record<string, string>
}

type Node = Record<string, unknown>

const KEY_ATTRS = ['id', 'key', 'mep', 'contentType', 'className', 'class', 'typeClass', 'type', 'port', 'path']

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  htmlEntities: false,
})

const norm = (s: string): string => s.split(/\s+/).filter(Boolean).join(' ')
const local = (tag: string): string => tag.slice(tag.indexOf(':') + 1)
const tagOf = (n: Node): string | undefined => Object.keys(n).find((k) => k !== ':@' && k !== '#text')
const childrenOf = (n: Node, tag: string): Node[] => (n[tag] as Node[] | undefined) ?? []
const attrsOf = (n: Node): Record<string, string> =>
  Object.fromEntries(Object.entries((n[':@'] as Record<string, string> | undefined) ?? {}).map(([k, v]) => [k, norm(String(v))]))
const rawTextOf = (n: Node, tag: string): string =>
  childrenOf(n, tag)
    .filter((c) => '#text' in c)
    .map((c) => String(c['#text']))
    .join('')
const textOf = (n: Node, tag: string): string => norm(rawTextOf(n, tag))

function step(n: Node, tag: string): string {
  const name = local(tag)
  const attrs = attrsOf(n)
  if (attrs.name !== undefined) return `${name}[@name='${attrs.name}']`
  for (const c of childrenOf(n, tag)) {
    const ct = tagOf(c)
    if (ct && (local(ct) === 'name' || local(ct) === 'Name') && !childrenOf(c, ct).some((g) => tagOf(g)) && textOf(c, ct)) {
      return `${name}[${local(ct)}='${textOf(c, ct)}']`
    }
  }
  for (const a of KEY_ATTRS) if (attrs[a] !== undefined) return `${name}[@${a}='${attrs[a]}']`
  return name
}

/** Throws when the document is not well-formed. */
export function elementPaths(xml: string): Map<string, ElementInfo> {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new Error(`not well-formed: ${valid.err.msg} (line ${valid.err.line})`)
  const out = new Map<string, ElementInfo>()
  const walk = (n: Node, tag: string, path: string) => {
    out.set(path, { text: textOf(n, tag), raw: rawTextOf(n, tag), attrs: attrsOf(n) })
    const seen = new Map<string, number>()
    for (const c of childrenOf(n, tag)) {
      const ct = tagOf(c)
      if (!ct) continue
      const s = step(c, ct)
      const k = (seen.get(s) ?? 0) + 1
      seen.set(s, k)
      walk(c, ct, `${path}/${s}${k > 1 ? `[${k}]` : ''}`)
    }
  }
  const root = (parser.parse(xml) as Node[]).find((n) => tagOf(n) && !tagOf(n)!.startsWith('?'))!
  walk(root, tagOf(root)!, local(tagOf(root)!))
  return out
}

/** The element at `path`; fails loudly when it is missing. */
export function at(paths: ReadonlyMap<string, ElementInfo>, path: string): ElementInfo {
  const e = paths.get(path)
  if (!e) throw new Error(`no element ${path}`)
  return e
}
