/**
 * data/stock-differences/carbon-files.json says which elements of the pack files the topology
 * drives. Rendering many topologies must vary exactly those: any other element that changes value
 * or comes and goes is an unexplained difference.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Product } from '../../src/plan/types.js'
import { FIXTURES } from '../helpers/golden.js'
import { CORPUS } from './helpers/corpus.js'
import { CARBON_FILES, renderFixture, renderSpecObject, type CarbonFile, type RenderedCase } from './helpers/render.js'
import { elementPaths } from './helpers/xml-paths.js'

interface Entry {
  path: string
  why: string
  repeats?: boolean
}
interface FileDifferences {
  values: Entry[]
  added: Entry[]
  replaced: Entry[]
  fixed: Entry[]
}
const DATA = JSON.parse(readFileSync(new URL('../../data/stock-differences/carbon-files.json', import.meta.url), 'utf8')) as {
  products: Record<string, Record<string, FileDifferences>>
}

/** Does an added or replaced entry `e` account for element path `p` (the element or anything under it)? */
function covers(e: Entry, p: string): boolean {
  if (e.repeats) return new RegExp(`^${escapeRe(e.path)}\\[\\d+\\](/|$)`).test(p)
  return p === e.path || p.startsWith(e.path + '/')
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Per product and file: every rendered document's element paths with a value fingerprint. */
type Docs = Map<string, Map<string, string>[]>
let docs: Docs

beforeAll(async () => {
  const cases: RenderedCase[] = CORPUS.map(renderSpecObject)
  for (const f of readdirSync(FIXTURES).filter((f) => f.startsWith('26-')).sort()) cases.push(await renderFixture(f))
  docs = new Map()
  for (const c of cases) {
    for (const { node, files } of c.nodes.values()) {
      for (const [key, xml] of Object.entries(files) as [CarbonFile, string][]) {
        const id = `${node.product} ${CARBON_FILES[key]}`
        const paths = new Map([...elementPaths(xml)].map(([p, e]) => [p, JSON.stringify([e.text, e.attrs])]))
        docs.set(id, [...(docs.get(id) ?? []), paths])
      }
    }
  }
})

const PRODUCTS: Product[] = ['apim-2.6.0', 'is-km-5.7.0', 'ob-km-1.5.0']

describe('expected differences from the pack files', () => {
  for (const product of PRODUCTS) {
    for (const file of Object.values(CARBON_FILES)) {
      it(`${product} ${file}: only the listed elements vary with the topology`, () => {
        const d = DATA.products[product]?.[file]
        expect(d, 'entry in carbon-files.json').toBeDefined()
        const all = docs.get(`${product} ${file}`)!
        expect(all.length).toBeGreaterThan(3)
        const union = new Set(all.flatMap((m) => [...m.keys()]))
        const unexplained: string[] = []
        for (const p of union) {
          const seen = all.filter((m) => m.has(p))
          const values = new Set(seen.map((m) => m.get(p)))
          if (seen.length < all.length && ![...d!.added, ...d!.replaced].some((e) => covers(e, p))) unexplained.push(`presence ${p}`)
          const listed = d!.values.some((e) => e.path === p) || d!.added.some((e) => covers(e, p))
          if (values.size > 1 && !listed) unexplained.push(`value ${p}`)
        }
        expect(unexplained).toEqual([])
      })

      it(`${product} ${file}: every listed element is exercised`, () => {
        const d = DATA.products[product]![file]!
        const all = docs.get(`${product} ${file}`)!
        for (const e of [...d.values, ...d.fixed]) {
          expect(all.every((m) => m.has(e.path)), `${e.path} in every file`).toBe(true)
        }
        for (const e of d.values) expect(new Set(all.map((m) => m.get(e.path))).size, `${e.path} varies`).toBeGreaterThan(1)
        for (const e of d.fixed) expect(new Set(all.map((m) => m.get(e.path))).size, `${e.path} is constant`).toBe(1)
        for (const e of d.added) expect(all.some((m) => [...m.keys()].some((p) => covers(e, p))), `${e.path} added somewhere`).toBe(true)
        for (const e of d.replaced) {
          expect(all.some((m) => m.has(e.path)), `${e.path} kept somewhere`).toBe(true)
          expect(all.some((m) => !m.has(e.path)), `${e.path} replaced somewhere`).toBe(true)
        }
      })
    }
  }
})
