/** Every string value of every XML, TOML and JSON file of a rendered tree, read with independent parsers. */
import TOML from '@iarna/toml'
import { XMLParser } from 'fast-xml-parser'

const xml = new XMLParser({
  ignoreAttributes: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
})

function collect(v: unknown, out: Set<string>): void {
  if (typeof v === 'string') out.add(v)
  else if (Array.isArray(v)) v.forEach((x) => collect(x, out))
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => collect(x, out))
}

export function parseFile(path: string, content: string): unknown {
  if (path.endsWith('.xml')) return xml.parse(content, true)
  if (path.endsWith('.toml') || path.endsWith('micro-gw.conf')) return TOML.parse(content)
  if (path.endsWith('.json')) return JSON.parse(content)
  return undefined
}

export function valuesOf(files: ReadonlyMap<string, string>): Set<string> {
  const out = new Set<string>()
  for (const [path, content] of files) collect(parseFile(path, content), out)
  return out
}
