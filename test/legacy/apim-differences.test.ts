/**
 * data/stock-differences/apim-2.6.0.json lists the api-manager.xml and identity.xml element paths
 * whose values the topology decides. Across every 26-* fixture and a few extra specs, any element
 * that differs between two renders of the same product's file must be one of them, and every listed
 * path must exist in the renders.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Spec } from '../../src/model/spec.js'
import { FIXTURES } from '../helpers/golden.js'
import { renderApimFixture, renderApimSpec, type ApimCase } from './helpers/render-apim.js'
import { elementPaths } from './helpers/xml-paths.js'

interface Entry {
  path: string
  why: string
}
interface FileDifferences {
  products: string[]
  changed: Entry[]
  added: Entry[]
}
const DATA = JSON.parse(readFileSync(new URL('../../data/stock-differences/apim-2.6.0.json', import.meta.url), 'utf8')) as {
  files: Record<string, FileDifferences>
}

const FILES = { apiManager: 'repository/conf/api-manager.xml', identity: 'repository/conf/identity/identity.xml' } as const

/** Specs that reach values the fixtures do not: resident key managers behind a balancer, a custom validation handler. */
const EXTRA: Spec[] = [
  {
    name: 'resident-ha',
    platform: 'apim-2.6.0',
    pattern: 'distributed',
    keyManager: { type: 'resident', loadBalancer: { host: 'km.corp' }, jwt: { enabled: true, signatureAlgorithm: 'NONE' } },
    database: { type: 'mysql', host: 'db.corp', username: 'wso2', password: 'pw' },
    nodes: [
      { name: 'pub', role: 'publisher', host: 'pub.corp' },
      { name: 'store', role: 'store', host: 'store.corp' },
      { name: 'gw', role: 'gateway-worker', host: 'gw.corp' },
      { name: 'km-1', role: 'key-manager', host: 'km1.corp' },
      { name: 'km-2', role: 'key-manager', host: 'km2.corp' },
      { name: 'tm-1', role: 'traffic-manager', host: 'tm1.corp' },
      { name: 'tm-2', role: 'traffic-manager', host: 'tm2.corp' },
    ],
  },
  {
    name: 'custom-handler',
    platform: 'apim-2.6.0',
    pattern: 'single-node',
    keyManager: { type: 'third-party', thirdParty: { clientImpl: 'com.acme.Km', validationHandler: 'com.acme.Handler', properties: { ServerURL: 'https://idp.acme' } } },
    nodes: [{ name: 'apim', role: 'all-in-one', host: 'apim.acme' }],
  },
]

async function corpus(): Promise<ApimCase[]> {
  const cases: ApimCase[] = EXTRA.map(renderApimSpec)
  for (const f of readdirSync(FIXTURES).filter((d) => d.startsWith('26-')).sort()) cases.push(await renderApimFixture(f))
  return cases
}

const explained = (d: FileDifferences, path: string): boolean =>
  d.changed.some((e) => e.path === path) || d.added.some((e) => path === e.path || path.startsWith(`${e.path}/`))

describe('stock differences of api-manager.xml and identity.xml', () => {
  it('every element that varies between topologies is listed, and every listed path exists', async () => {
    const cases = await corpus()
    for (const [key, file] of Object.entries(FILES) as [keyof typeof FILES, string][]) {
      const d = DATA.files[file]
      expect(d, file).toBeDefined()
      for (const product of d!.products) {
        const renders = cases.flatMap((c) => [...c.nodes.values()].filter((n) => n.node.product === product).map((n) => elementPaths(n[key])))
        expect(renders.length, `${product} ${file}`).toBeGreaterThan(1)
        const values = new Map<string, Set<string>>()
        for (const r of renders) {
          for (const [path, e] of r) {
            let s = values.get(path)
            if (!s) values.set(path, (s = new Set()))
            s.add(JSON.stringify([e.text, e.attrs]))
          }
        }
        for (const [path, seen] of values) {
          const varies = seen.size > 1 || renders.some((r) => !r.has(path))
          if (varies) expect(explained(d!, path), `${product} ${file}: ${path} varies but is not listed`).toBe(true)
        }
        for (const { path } of d!.changed) {
          for (const r of renders) expect(r.has(path), `${product} ${file}: listed ${path} missing`).toBe(true)
        }
      }
      for (const { path } of d!.added) {
        const somewhere = cases.some((c) => [...c.nodes.values()].some((n) => elementPaths(n[key]).has(path)))
        expect(somewhere, `${file}: listed addition ${path} never rendered`).toBe(true)
      }
    }
  })
})
