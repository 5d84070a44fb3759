import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, describe, expect, it } from 'vitest'
import { SpecError, UsageError, type Diagnostic } from '../../src/diagnostics/diagnostic.js'
import { firstInvalidUtf8, formatOf, loadSpec, loadSpecText } from '../../src/spec/load.js'

const TMP = mkdtempSync(join(tmpdir(), 'wso2cfg-load-'))
afterAll(() => rmSync(TMP, { recursive: true, force: true }))

const SPEC = { name: 'acme', platform: 'apim-2.6.0', pattern: 'single-node', nodes: [{ name: 'apim-1', role: 'all-in-one', host: '10.0.0.1', portOffset: 0 }] }

const SAME_SPEC = {
  yaml: 'name: acme\nplatform: apim-2.6.0\npattern: single-node\nnodes:\n  - { name: apim-1, role: all-in-one, host: 10.0.0.1, portOffset: 0 }\n',
  json: JSON.stringify(SPEC, null, 2),
  toml: 'name = "acme"\nplatform = "apim-2.6.0"\npattern = "single-node"\n\n[[nodes]]\nname = "apim-1"\nrole = "all-in-one"\nhost = "10.0.0.1"\nportOffset = 0\n',
} as const

function diagnosticsOf(run: () => unknown): Diagnostic[] {
  try {
    run()
  } catch (err) {
    if (err instanceof SpecError) return err.diagnostics
    throw err
  }
  throw new Error('expected a SpecError')
}

async function asyncDiagnosticsOf(run: () => Promise<unknown>): Promise<Diagnostic[]> {
  try {
    await run()
  } catch (err) {
    if (err instanceof SpecError) return err.diagnostics
    throw err
  }
  throw new Error('expected a SpecError')
}

const where = (d: Diagnostic | undefined): string => `${d?.line ?? '?'}:${d?.col ?? '?'} ${d?.rule ?? '?'}`

describe('formatOf', () => {
  it.each([
    ['a.yaml', 'yaml'],
    ['a.YML', 'yaml'],
    ['dir/a.json', 'json'],
    ['a.toml', 'toml'],
    ['a.txt', 'yaml'],
    ['topology', 'yaml'],
  ])('%s is %s', (file, format) => expect(formatOf(file)).toBe(format))
})

describe('loadSpecText', () => {
  it.each(Object.entries(SAME_SPEC))('reads the same data from %s', (format, text) => {
    const loaded = loadSpecText(`topology.${format}`, text)
    expect(loaded.format).toBe(format)
    expect(loaded.data).toEqual(SPEC)
  })

  it('lets an explicit format win over the file name', () => {
    expect(loadSpecText('spec.txt', SAME_SPEC.json, 'json').format).toBe('json')
    expect(loadSpecText('spec.txt', SAME_SPEC.toml, 'toml').data).toEqual(SPEC)
  })

  it('ignores a byte order mark', () => {
    expect(loadSpecText('a.json', '\uFEFF' + SAME_SPEC.json).data).toEqual(SPEC)
    expect(loadSpecText('a.yaml', '\uFEFF' + SAME_SPEC.yaml).data).toEqual(SPEC)
  })

  it('turns TOML dates into text so the schema can report them', () => {
    const data = loadSpecText('a.toml', 'name = 2024-01-02\n').data as { name: unknown }
    expect(typeof data.name).toBe('string')
  })

  it('accepts YAML merge keys', () => {
    const text = 'base: &b { role: all-in-one, host: h }\nnode:\n  <<: *b\n  name: n\n'
    expect((loadSpecText('a.yaml', text).data as { node: unknown }).node).toEqual({ role: 'all-in-one', host: 'h', name: 'n' })
  })

  it.each([
    ['empty YAML', 'a.yaml', '', '1:1 load/empty'],
    ['blank YAML', 'a.yaml', '  \n\n', '1:1 load/empty'],
    ['only comments', 'a.yaml', '# nothing\n', '1:1 load/empty'],
    ['empty JSON', 'a.json', ' ', '1:1 load/empty'],
    ['NUL byte', 'a.yaml', 'name: a\nx: b\0c\n', '2:5 load/binary'],
    ['top-level list', 'a.yaml', '# c\n- a\n- b\n', '2:1 load/not-a-mapping'],
    ['top-level scalar', 'a.yaml', 'just text\n', '1:1 load/not-a-mapping'],
    ['JSON array', 'a.json', '\n [1]', '2:2 load/not-a-mapping'],
    ['JSON null', 'a.json', 'null', '1:1 load/empty'],
    ['YAML duplicate key', 'a.yaml', 'a: 1\nb:\n  c: 1\n  c: 2\n', '4:3 load/duplicate-key'],
    ['YAML tab indent', 'a.yaml', 'a:\n\tb: 1\n', '2:1 load/yaml-syntax'],
    ['YAML unclosed quote', 'a.yaml', 'a: "x\nb: 1\n', '3:1 load/yaml-syntax'],
    ['YAML two documents', 'a.yaml', 'a: 1\n---\nb: 2\n', '2:1 load/yaml-syntax'],
    ['unquoted $env in a flow map', 'a.yaml', 'db: { type: mysql, password: $env{DB_PASSWORD} }\n', '1:30 load/unquoted-reference'],
    ['unquoted $secret in a flow map', 'a.yaml', 'nodes:\n  - { name: a, password: $secret{alias}, host: h }\n', '2:26 load/unquoted-reference'],
    ['unquoted $env in a flow sequence', 'a.yaml', 'list: [a, $env{X}]\n', '1:11 load/unquoted-reference'],
    ['JSON syntax', 'a.json', '{\n  "a": 1,\n}', '3:1 load/json-syntax'],
    ['JSON duplicate key', 'a.json', '{\n  "a": 1,\n  "a": 2\n}', '3:3 load/duplicate-key'],
    ['TOML syntax', 'a.toml', 'a = 1\nb = \n', '2:5 load/toml-syntax'],
    ['TOML redefined key', 'a.toml', 'a = 1\na = 2\n', '2:1 load/toml-syntax'],
  ])('rejects %s', (_name, file, text, expected) => {
    const diagnostics = diagnosticsOf(() => loadSpecText(file, text))
    expect(where(diagnostics[0])).toBe(expected)
    for (const d of diagnostics) {
      expect(d.file).toBe(file)
      expect(d.severity).toBe('error')
      expect(d.message).not.toMatch(/\n/)
    }
  })

  it('names the key of a YAML duplicate', () => {
    expect(diagnosticsOf(() => loadSpecText('a.yaml', 'name: a\nname: b\n'))[0]?.message).toMatch(/key "name" appears twice/)
  })

  it('explains the quoting rule for references in flow mappings', () => {
    const [d] = diagnosticsOf(() => loadSpecText('a.yaml', 'db: { password: $env{P} }\n'))
    expect(d?.message).toMatch(/must be quoted/)
    expect(d?.hint).toMatch(/"\$env\{DB_PASSWORD\}"/)
  })

  it('keeps the plain syntax message when the reference is already quoted', () => {
    const [d] = diagnosticsOf(() => loadSpecText('a.yaml', 'db: { password: "$env{P}" \n'))
    expect(d?.rule).toBe('load/yaml-syntax')
  })

  it('stops alias expansion bombs', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (const [prev, next] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']]) lines.push(`${next}: &${next} [${Array(10).fill(`*${prev}`).join(', ')}]`)
    expect(where(diagnosticsOf(() => loadSpecText('a.yaml', lines.join('\n')))[0])).toBe('1:1 load/alias-limit')
  })

  it('names an alias without an anchor', () => {
    const [d] = diagnosticsOf(() => loadSpecText('a.yaml', 'a: 1\nb: *nope\n'))
    expect(where(d)).toBe('2:4 load/yaml-syntax')
    expect(d?.message).toBe('the alias *nope refers to no anchor &nope defined before it')
  })

  it.each([
    ['a: &x [*x]\n', '1:8'],
    ['a: &x\n  b: *x\n', '2:6'],
    ['a: &x\n  <<: *x\n  b: 1\n', '2:7'],
  ])('refuses a circular alias in %j', (text, at) => {
    expect(where(diagnosticsOf(() => loadSpecText('a.yaml', text))[0])).toBe(`${at} load/alias-cycle`)
  })

  it('refuses absurd nesting without a stack trace', () => {
    const [d] = diagnosticsOf(() => loadSpecText('a.yaml', 'a: ' + '['.repeat(5000) + ']'.repeat(5000)))
    expect(d?.rule).toBe('load/yaml-syntax')
    expect(d?.message).toMatch(/nests too deeply/)
  })

  it('finds duplicate keys in big mappings quickly, and reports at most 20', () => {
    const text = 'a:\n' + Array.from({ length: 3000 }, (_, i) => `  k${i % 1000}: 1`).join('\n')
    const t0 = performance.now()
    const ds = diagnosticsOf(() => loadSpecText('a.yaml', text))
    expect(performance.now() - t0).toBeLessThan(5000)
    expect(ds).toHaveLength(20)
    expect(where(ds[0])).toBe('1002:3 load/duplicate-key')
  })

  it('refuses text longer than any real spec', () => {
    expect(where(diagnosticsOf(() => loadSpecText('a.yaml', '#'.repeat(2 * 1024 * 1024)))[0])).toBe('?:? load/too-large')
  })

  it('reports every duplicate YAML key', () => {
    const ds = diagnosticsOf(() => loadSpecText('a.yaml', 'a: 1\na: 2\nb: 1\nb: 2\n'))
    expect(ds.map(where)).toEqual(['2:1 load/duplicate-key', '4:1 load/duplicate-key'])
  })

  it('reports duplicate keys together with the first syntax error', () => {
    const ds = diagnosticsOf(() => loadSpecText('a.yaml', 'a: 1\na: 2\nb: "open\n'))
    expect(ds.map(where)).toEqual(['2:1 load/duplicate-key', '4:1 load/yaml-syntax'])
  })
})

describe('loadSpec', () => {
  const file = (name: string, content: string | Buffer): string => {
    const path = join(TMP, name)
    writeFileSync(path, content)
    return path
  }

  it.each(Object.entries(SAME_SPEC))('reads a .%s file by its extension', async (format, text) => {
    const loaded = await loadSpec(file(`spec.${format}`, text))
    expect(loaded.format).toBe(format)
    expect(loaded.data).toEqual(SPEC)
    expect(loaded.text).toBe(text)
  })

  it('reads YAML from standard input for "-"', async () => {
    const real = Object.getOwnPropertyDescriptor(process, 'stdin')
    Object.defineProperty(process, 'stdin', { value: Readable.from([Buffer.from(SAME_SPEC.yaml)]), configurable: true })
    try {
      const loaded = await loadSpec('-')
      expect(loaded).toMatchObject({ file: '<stdin>', format: 'yaml', data: SPEC })
    } finally {
      if (real) Object.defineProperty(process, 'stdin', real)
    }
  })

  it('reads an unknown extension as YAML', async () => {
    expect((await loadSpec(file('spec.conf', SAME_SPEC.yaml))).format).toBe('yaml')
  })

  it('throws a UsageError for a missing file', async () => {
    await expect(loadSpec(join(TMP, 'nope.yaml'))).rejects.toBeInstanceOf(UsageError)
  })

  it('reports a directory as unreadable', async () => {
    const dir = join(TMP, 'a-dir.yaml')
    mkdirSync(dir)
    const [d] = await asyncDiagnosticsOf(() => loadSpec(dir))
    expect(d?.rule).toBe('load/unreadable')
    expect(d?.message).toMatch(/directory/)
  })

  it('reports binary garbage', async () => {
    const [d] = await asyncDiagnosticsOf(() => loadSpec(file('logo.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))))
    expect(where(d)).toBe('1:1 load/binary')
  })

  it('reports invalid UTF-8 at its line and column', async () => {
    const [d] = await asyncDiagnosticsOf(() => loadSpec(file('latin1.yaml', Buffer.concat([Buffer.from('name: a\nhost: caf'), Buffer.from([0xe9]), Buffer.from('\n')]))))
    expect(where(d)).toBe('2:10 load/encoding')
    expect(d?.message).toMatch(/0xE9/)
  })

  it('refuses huge files before parsing them', async () => {
    const [d] = await asyncDiagnosticsOf(() => loadSpec(file('huge.yaml', Buffer.alloc(5 * 1024 * 1024, 0x20))))
    expect(d?.rule).toBe('load/too-large')
  })
})

describe('firstInvalidUtf8', () => {
  it.each([
    [[0x61, 0x62], undefined],
    [[0xc3, 0xa9], undefined],
    [[0xf0, 0x9f, 0x98, 0x80], undefined],
    [[0x61, 0xc3], 1],
    [[0xc0, 0xaf], 0],
    [[0xed, 0xa0, 0x80], 0],
    [[0x61, 0xf5, 0x80, 0x80, 0x80], 1],
    [[0xe2, 0x28, 0xa1], 0],
  ])('%j → %s', (bytes, expected) => expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(expected))
})
