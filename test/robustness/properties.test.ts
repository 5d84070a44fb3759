/**
 * Property: a hostile string in any spec field that reaches an output file either comes back exactly
 * from an independent XML/TOML/JSON parser, or the spec is rejected with an error located at that field.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { SpecError } from '../../src/diagnostics/diagnostic.js'
import { renderInProcess } from '../helpers/inprocess.js'
import { Random } from '../helpers/random.js'
import { valuesOf } from '../helpers/values.js'

const ROUNDS = Number(process.env.PROPERTY_ROUNDS ?? 25)
const work = mkdtempSync(join(tmpdir(), 'wso2cfg-properties-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const legacy = () => ({
  name: 'prop-26',
  platform: 'apim-2.6.0',
  pattern: 'single-node',
  keyManager: { type: 'is-km' },
  database: { type: 'mysql', host: 'db.example.com', username: 'wso2', password: 'x' },
  admin: { username: 'boss', password: 'x' },
  nodes: [
    { name: 'apim', role: 'all-in-one', host: '10.0.0.1' },
    { name: 'km', role: 'key-manager', host: '10.0.0.2' },
  ],
})

const modern = () => ({
  name: 'prop-47',
  platform: 'apim-4.7.0',
  pattern: 'single-node',
  keyManager: { type: 'is7' },
  database: { type: 'mysql', host: 'db.example.com', username: 'wso2', password: 'x' },
  admin: { username: 'boss', password: 'x' },
  tenantSharing: { direction: 'apim-to-is', username: 'boss', password: 'x' },
  mutualTls: { trustedIssuer: 'CN=x', certThumbprint: '*', allowedUsernames: ['boss'] },
  nodes: [
    { name: 'apim', role: 'all-in-one', host: '10.0.0.1' },
    { name: 'is', role: 'key-manager', host: '10.0.0.2' },
    {
      name: 'mgw',
      role: 'microgateway',
      host: '10.0.0.3',
      microgateway: { security: { basic: { enabled: true, username: 'mgw', password: 'x' } } },
    },
  ],
})

type Field = [spec: () => Record<string, unknown>, pointer: string]
const FIELDS: Field[] = [
  [legacy, '/admin/password'],
  [legacy, '/admin/username'],
  [legacy, '/database/password'],
  [legacy, '/database/username'],
  [modern, '/admin/password'],
  [modern, '/database/password'],
  [modern, '/tenantSharing/password'],
  [modern, '/mutualTls/trustedIssuer'],
  [modern, '/nodes/2/microgateway/security/basic/password'],
]

function setPointer(doc: Record<string, unknown>, pointer: string, value: string): void {
  const keys = pointer.slice(1).split('/')
  let at: Record<string, unknown> = doc
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>
  at[keys[keys.length - 1]!] = value
}

describe('hostile strings round-trip or are rejected where they stand', () => {
  for (const [make, pointer] of FIELDS) {
    const spec = make()
    it(`${spec.name} ${pointer}`, async () => {
      const r = new Random(pointer.length * 31 + String(spec.name).length)
      let roundTrips = 0
      for (let i = 0; i < ROUNDS; i++) {
        const value = r.nastyString(20, 0.2)
        const doc = make()
        setPointer(doc, pointer, value)
        const file = join(work, `case.json`)
        writeFileSync(file, JSON.stringify(doc))
        const outcome = await renderInProcess(file)
        if (outcome.code === 2) {
          const ds = (outcome.error as SpecError).diagnostics.filter((d) => d.severity === 'error')
          expect(ds.some((d) => d.pointer === pointer), `rejected ${JSON.stringify(value)} without pointing at ${pointer}: ${ds.map((d) => d.message).join('; ')}`).toBe(true)
          continue
        }
        expect(outcome.code, String((outcome.error as Error)?.stack)).toBe(0)
        expect(valuesOf(outcome.files!).has(value), `${JSON.stringify(value)} not read back from any output file`).toBe(true)
        roundTrips++
      }
      // most random strings are representable: the property must not pass by rejecting everything
      expect(roundTrips).toBeGreaterThan(ROUNDS / 4)
    })
  }
})
