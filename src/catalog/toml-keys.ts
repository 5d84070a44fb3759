/**
 * The deployment.toml keys each product reads (data/toml-keys/*.json), for lint and tests.
 *
 * Paths are dotted; a segment that holds a dot is single-quoted (`system.parameter.'org.wso2.X'`);
 * a key inside an array of tables is `<array>[].<key>` (`apim.throttling.url_group[].type`).
 *
 * - `isKnownKey(product, path)`: whether the product reads the key (listed, under a generic table,
 *   matching a wildcard pattern, or an item key of a known array of tables).
 * - `suggestKey(product, path)`: the closest known path, for a "did you mean".
 * - `tomlKeyPaths(doc)`: every leaf key path of a parsed deployment.toml, in that syntax.
 *
 * `is-7.2.0` knows the Identity Server keys listed in its own file plus the carbon and identity keys
 * of the API Manager catalog (both products share the kernel and identity templates), never `apim.*`.
 */
import { readFileSync } from 'node:fs'
import { suggest } from '../spec/suggest.js'

export type CatalogProduct = 'apim-4.7.0' | 'is-7.2.0'

interface CatalogFile {
  keys: string[]
  arrays?: Record<string, string[]>
  generic_tables?: string[]
  patterns?: string[]
  /** is-7.2.0: the catalog it extends, and key prefixes of that catalog it does not read. */
  base?: { product: CatalogProduct; exclude: string[] }
}

interface Catalog {
  keys: Set<string>
  arrays: Map<string, Set<string>>
  generic: string[]
  patterns: string[][]
  exclude: string[]
  base?: Catalog
}

const cache = new Map<CatalogProduct, Catalog>()

function load(product: CatalogProduct): Catalog {
  let c = cache.get(product)
  if (c) return c
  const file = JSON.parse(readFileSync(new URL(`../../data/toml-keys/${product}.json`, import.meta.url), 'utf8')) as CatalogFile
  c = {
    keys: new Set(file.keys),
    arrays: new Map(Object.entries(file.arrays ?? {}).map(([k, v]) => [k, new Set(v)])),
    generic: [...(file.generic_tables ?? [])].sort((a, b) => b.length - a.length),
    patterns: (file.patterns ?? []).map(splitPath),
    exclude: file.base?.exclude ?? [],
    ...(file.base ? { base: load(file.base.product) } : {}),
  }
  cache.set(product, c)
  return c
}

/** Splits a path on dots outside single quotes. */
export function splitPath(path: string): string[] {
  const out: string[] = []
  let cur = ''
  let quoted = false
  for (const ch of path) {
    if (ch === "'") quoted = !quoted
    if (ch === '.' && !quoted) {
      out.push(cur)
      cur = ''
    } else cur += ch
  }
  out.push(cur)
  return out
}

const segment = (key: string): string => (key.includes('.') ? `'${key}'` : key)
const join = (base: string, key: string): string => (base === '' ? segment(key) : `${base}.${segment(key)}`)

function knownIn(c: Catalog, path: string): boolean {
  if (c.keys.has(path)) return true
  if (c.generic.some((g) => path.startsWith(`${g}.`))) return true
  const parts = splitPath(path)
  if (c.patterns.some((p) => p.length === parts.length && p.every((s, i) => s === '*' || s === parts[i]))) return true
  const at = path.lastIndexOf('[].')
  if (at >= 0) return c.arrays.get(path.slice(0, at))?.has(path.slice(at + 3)) ?? false
  return false
}

/** Whether `product` reads the key at `path` (catalog path syntax, see above). */
export function isKnownKey(product: CatalogProduct, path: string): boolean {
  const c = load(product)
  if (knownIn(c, path)) return true
  return c.base !== undefined && !c.exclude.some((p) => path === p || path.startsWith(`${p}.`)) && knownIn(c.base, path)
}

function candidates(c: Catalog): string[] {
  const own = [...c.keys, ...[...c.arrays].flatMap(([a, items]) => [...items].map((i) => `${a}[].${i}`))]
  return c.base ? [...own, ...candidates(c.base).filter((k) => !c.exclude.some((p) => k.startsWith(`${p}.`)))] : own
}

/** suggest() ignores - and _ when comparing. */
const len = (s: string): number => s.replace(/[-_]/g, '').length

/** Candidates of a product with their lengths, computed once: a file may hold thousands of unknown keys. */
const candidateCache = new Map<CatalogProduct, { all: string[]; lengths: number[] }>()

/** The known path closest to `path`, or undefined when none is close. */
export function suggestKey(product: CatalogProduct, path: string): string | undefined {
  let cached = candidateCache.get(product)
  if (!cached) {
    const all = candidates(load(product))
    candidateCache.set(product, (cached = { all, lengths: all.map(len) }))
  }
  // suggest() allows at most four edits: paths whose length differs more cannot be the answer
  const n = len(path)
  const { all, lengths } = cached
  return suggest(path, all.filter((_, i) => Math.abs(lengths[i]! - n) <= 4))
}

const isTable = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
const isTableArray = (v: unknown): v is Record<string, unknown>[] => Array.isArray(v) && v.length > 0 && v.every(isTable)

/** Every leaf key of a parsed TOML document; arrays of tables contribute `<array>[].<item key>`. */
export function tomlKeyPaths(doc: Record<string, unknown>): string[] {
  const out: string[] = []
  const walk = (table: Record<string, unknown>, base: string): void => {
    for (const [key, value] of Object.entries(table)) {
      const path = join(base, key)
      if (isTable(value)) walk(value, path)
      else if (isTableArray(value)) value.forEach((item) => walk(item, `${path}[]`))
      else out.push(path)
    }
  }
  walk(doc, '')
  return out
}
