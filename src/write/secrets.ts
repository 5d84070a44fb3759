/**
 * Which rendered files hold a literal secret: the spec's literal values that `plan --json` masks
 * (references such as `$secret{…}` are not literals), looked for in every file as written (raw, XML-escaped, JSON/TOML-escaped, SQL-quoted). Such files are written
 * with mode 0600 and MANIFEST.json records that mode.
 */
import { escapeXml } from '../render/xml/escape.js'
import { maskSecrets } from '../util/secrets.js'

/**
 * The stock pack's own values, the same in every download: carbon.xml's key store `<Password>` is
 * `wso2carbon`, user-mgt.xml's admin `<Password>` is `admin` (API Manager 2.6.0 pack files). A file
 * that holds them holds nothing secret, and their text also appears as key aliases and user names.
 */
const STOCK_VALUES = new Set(['wso2carbon', 'admin'])

/** Every string of the spec that masking replaces, except the stock pack's published defaults. */
export function secretValues(spec: unknown): Set<string> {
  const found = new Set<string>()
  const walk = (plain: unknown, masked: unknown): void => {
    if (typeof plain === 'string') {
      if (plain !== masked && plain !== '' && !STOCK_VALUES.has(plain)) found.add(plain)
    } else if (Array.isArray(plain) && Array.isArray(masked)) {
      plain.forEach((v, i) => walk(v, masked[i]))
    } else if (plain && typeof plain === 'object' && masked && typeof masked === 'object') {
      for (const [k, v] of Object.entries(plain)) walk(v, (masked as Record<string, unknown>)[k])
    }
  }
  walk(spec, maskSecrets(spec))
  return found
}

const encodings = (value: string): string[] => [
  value,
  escapeXml(value),
  JSON.stringify(value).slice(1, -1),
  value.replace(/'/g, "''"),
]

export function secretFiles(spec: unknown, files: ReadonlyMap<string, string>): Set<string> {
  const needles = [...new Set([...secretValues(spec)].flatMap(encodings))]
  const out = new Set<string>()
  if (needles.length === 0) return out
  for (const [path, content] of files) if (needles.some((n) => content.includes(n))) out.add(path)
  return out
}
