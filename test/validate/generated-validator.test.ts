import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
// @ts-expect-error the build script is plain JavaScript without type declarations
import { OPTIONS } from '../../scripts/build-validator.mjs'
import generated from '../../src/validate/generated/topology-validator.js'

const root = new URL('../../', import.meta.url)

describe('ahead-of-time schema validator', () => {
  it('gives the same verdicts and the same errors as the schema compiled at run time', () => {
    const schema = JSON.parse(readFileSync(new URL('schemas/topology.schema.json', root), 'utf8')) as object
    const { code: _code, ...options } = OPTIONS as { code: object }
    const runtime = new Ajv(options).compile(schema)
    const aot = generated as unknown as typeof runtime
    const samples: unknown[] = [
      { name: 'x', platform: 'apim-4.7.0', pattern: 'single-node', nodes: [{ name: 'n', role: 'all-in-one', host: 'h' }] },
      { name: 'Bad Name', platform: 'apim-9', pattern: 'single-node', nodes: [], extra: 1 },
      { name: 'x', platform: 'apim-2.6.0', pattern: 'distributed', nodes: [{ name: 'n', role: 'nope', host: 'h h', portOffset: -1 }] },
      'not an object',
    ]
    const strip = (errors: typeof runtime.errors) =>
      (errors ?? []).map(({ instancePath, schemaPath, keyword, params, message }) => ({ instancePath, schemaPath, keyword, params, message }))
    for (const s of samples) {
      expect(aot(s)).toBe(runtime(s))
      expect(strip(aot.errors)).toEqual(strip(runtime.errors))
    }
    expect(strip(aot.errors).length).toBeGreaterThan(0) // the last sample is invalid: errors were compared
  })
})
