import { describe, expect, it } from 'vitest'
import { loadSpecText } from '../../src/spec/load.js'
import { tomlKeyOffsets } from '../../src/spec/toml.js'

const YAML = `# comment
name: acme
platform: apim-2.6.0
keyManager:
  type: is-km
  loadBalancer: { host: km.acme.io, port: 443 }
nodes:
  - name: apim-1
    role: all-in-one
  - { name: km-1, role: key-manager }
`

const JSON_TEXT = `{
  "name": "acme",
  "platform": "apim-2.6.0",
  "keyManager": {
    "type": "is-km",
    "loadBalancer": { "host": "km.acme.io", "port": 443 }
  },
  "nodes": [
    { "name": "apim-1",
      "role": "all-in-one" },
    { "name": "km-1", "role": "key-manager" }
  ]
}`

const TOML = `# comment
name = "acme"
platform = "apim-2.6.0"

[keyManager]
type = "is-km"
loadBalancer = { host = "km.acme.io", port = 443 }

[[nodes]]
name = "apim-1"
role = "all-in-one"

[[nodes]]
name = "km-1"
"role" = "key-manager"
`

/** Pointer → expected [line, col] per format: the key itself, or the item for list entries. */
const CASES: Record<string, Record<'yaml' | 'json' | 'toml', [number, number]>> = {
  '/name': { yaml: [2, 1], json: [2, 3], toml: [2, 1] },
  '/keyManager/type': { yaml: [5, 3], json: [5, 5], toml: [6, 1] },
  '/keyManager/loadBalancer/port': { yaml: [6, 37], json: [6, 45], toml: [7, 39] },
  '/nodes/1/role': { yaml: [10, 19], json: [11, 23], toml: [15, 1] },
  '/nodes/0/role': { yaml: [9, 5], json: [10, 7], toml: [11, 1] },
  // Missing keys fall back to the mapping that should hold them.
  '/nodes/0/host': { yaml: [8, 5], json: [9, 5], toml: [9, 1] },
  '/keyManager/jwt/enabled': { yaml: [4, 1], json: [4, 3], toml: [5, 2] },
  '/nope': { yaml: [2, 1], json: [1, 1], toml: [1, 1] },
}

describe.each([
  ['yaml', YAML],
  ['json', JSON_TEXT],
  ['toml', TOML],
] as const)('locate in %s', (format, text) => {
  const loaded = loadSpecText(`spec.${format}`, text)

  it.each(Object.entries(CASES))('%s', (pointer, expected) => {
    const [line, col] = expected[format]
    expect(loaded.locate(pointer)).toEqual({ line, col })
  })

  it('loads the same data as the other formats', () => {
    expect(loaded.data).toEqual(loadSpecText('spec.json', JSON_TEXT).data)
  })
})

describe('locate in YAML specifics', () => {
  it('maps a key brought in by a merge to the merge key', () => {
    const loaded = loadSpecText('a.yaml', 'base: &b { host: h }\nnode:\n  name: n\n  <<: *b\n')
    expect(loaded.locate('/node/host')).toEqual({ line: 4, col: 3 })
  })

  it('counts columns in characters, not bytes', () => {
    const loaded = loadSpecText('a.yaml', 'name: "é"\nrole: x\nx: { "ü": 1, b: 2 }\n')
    expect(loaded.locate('/x/b')).toEqual({ line: 3, col: 14 })
  })
})

describe('tomlKeyOffsets', () => {
  it('follows dotted keys, quoted keys, inline tables and multi-line arrays', () => {
    const text = [
      'a.b = 1',
      "'q.k' = 2",
      'arr = [',
      '  # comment',
      '  { x = 1 },',
      '  { y = """multi',
      'line""" },',
      ']',
      '[t.u]',
      'v = 3',
    ].join('\n')
    const offsets = tomlKeyOffsets(text)
    const at = (p: string): string => text.slice(offsets.get(p)).split('\n')[0] ?? ''
    expect(at('/a/b')).toBe('b = 1')
    expect(at('/q.k')).toBe("'q.k' = 2")
    expect(at('/arr/1/y')).toBe('y = """multi')
    expect(at('/t/u/v')).toBe('v = 3')
  })

  it('puts tables nested in an array of tables under the current element', () => {
    const text = '[[nodes]]\nname = "a"\n[[nodes]]\nname = "b"\n[nodes.microgateway]\nx = 1\n'
    const offsets = tomlKeyOffsets(text)
    expect(text.slice(offsets.get('/nodes/1/microgateway/x'))).toMatch(/^x = 1/)
    expect(offsets.has('/nodes/0/microgateway')).toBe(false)
  })

  it('gives up quietly on text it cannot follow', () => {
    expect(() => tomlKeyOffsets('[unclosed\n= = =\n{')).not.toThrow()
  })
})
