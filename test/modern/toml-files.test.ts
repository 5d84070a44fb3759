/**
 * Every deployment.toml of every apim-4.7.0 fixture: parses with an independent TOML parser, every
 * key is one the product reads, `[server]` comes first and `[secrets]` last with every alias defined.
 */
import TOML from '@iarna/toml'
import { describe, expect, it } from 'vitest'
import { isKnownKey, suggestKey, tomlKeyPaths, type CatalogProduct } from '../../src/catalog/toml-keys.js'
import { modernCases, productOf, renderFixture, tomlFiles } from './helpers.js'

/** Table headers in file order (`[a.b]`, `[[a.b]]`). */
const headers = (text: string): string[] => [...text.matchAll(/^\[\[?([^\]]+)\]\]?\s*$/gm)].map((m) => m[1]!)

describe('apim-4.7.0 deployment.toml files', () => {
  const cases = modernCases()

  it('there are apim-4.7.0 fixtures with both products', async () => {
    expect(cases).toEqual(expect.arrayContaining(['47-all-in-one', '47-active-active-one-host', '47-distributed-ha', '47-is7-apim-to-is', '47-is7-is-to-apim']))
    const products = new Set<string>()
    for (const name of cases) {
      const c = await renderFixture(name)
      for (const [node] of tomlFiles(c)) products.add(productOf(c, node))
    }
    expect([...products].sort()).toEqual(['apim-4.7.0', 'is-7.2.0'])
  })

  for (const name of cases) {
    it(`${name}: every file parses with @iarna/toml and every key is in the catalog of its product`, async () => {
      const c = await renderFixture(name)
      const files = tomlFiles(c)
      expect(files.length).toBe(c.topology.nodes.filter((n) => n.product === 'apim-4.7.0' || n.product === 'is-7.2.0').length)
      for (const [node, text] of files) {
        const doc = TOML.parse(text)
        const product = productOf(c, node) as CatalogProduct
        const paths = tomlKeyPaths(doc)
        expect(paths.length).toBeGreaterThan(20)
        const unknown = paths.filter((p) => !isKnownKey(product, p)).map((p) => `${p} (did you mean ${suggestKey(product, p) ?? '?'})`)
        expect(unknown, `${name}/${node}`).toEqual([])
      }
    })

    it(`${name}: [server] is the first table, [secrets] the last, and every $secret alias has an entry`, async () => {
      const c = await renderFixture(name)
      for (const [node, text] of tomlFiles(c)) {
        const h = headers(text)
        expect(h[0], node).toBe('server')
        const used = new Set([...text.matchAll(/\$secret\{([^}]+)\}/g)].map((m) => m[1]!))
        const doc = TOML.parse(text) as Record<string, Record<string, string>>
        if (used.size === 0) {
          expect(h).not.toContain('secrets')
          continue
        }
        expect(h.at(-1), node).toBe('secrets')
        // nothing, not even a comment, after the [secrets] entries: the cipher tool rewrites from there
        const tail = text.slice(text.lastIndexOf('[secrets]'))
        expect(tail.split('\n').filter((l) => l !== '').slice(1).every((l) => /^[A-Za-z0-9_."-]+ = "\[.*\]"$/.test(l)), node).toBe(true)
        expect(Object.keys(doc.secrets!).sort(), node).toEqual([...used].sort())
        for (const v of Object.values(doc.secrets!)) expect(v).toMatch(/^\[.+\]$/)
      }
    })
  }
})
