import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { UsageError } from '../../src/diagnostics/diagnostic.js'
import { MANIFEST } from '../../src/write/manifest.js'
import { assertInside, writeTree } from '../../src/write/writer.js'

const tmp = () => mkdtempSync(join(tmpdir(), 'wso2cfg-writer-'))

describe('writer', () => {
  it('writes a new tree and replaces one it wrote before', () => {
    const root = tmp()
    const out = join(root, 'out')
    writeTree(out, new Map([[MANIFEST, '{}'], ['nodes/a/x.txt', 'one']]))
    expect(readFileSync(join(out, 'nodes/a/x.txt'), 'utf8')).toBe('one')
    writeTree(out, new Map([[MANIFEST, '{}'], ['nodes/b/y.txt', 'two']]))
    expect(existsSync(join(out, 'nodes/a/x.txt'))).toBe(false)
    expect(readFileSync(join(out, 'nodes/b/y.txt'), 'utf8')).toBe('two')
    expect(readdirSync(root)).toEqual(['out'])
  })

  it('refuses to replace a folder it did not write, unless forced', () => {
    const out = tmp()
    writeFileSync(join(out, 'precious.txt'), 'keep me')
    expect(() => writeTree(out, new Map([[MANIFEST, '{}']]))).toThrow(UsageError)
    expect(readFileSync(join(out, 'precious.txt'), 'utf8')).toBe('keep me')
    writeTree(out, new Map([[MANIFEST, '{}']]), { force: true })
    expect(existsSync(join(out, 'precious.txt'))).toBe(false)
  })

  it('leaves the old tree whole when writing fails part-way', () => {
    const root = tmp()
    const out = join(root, 'out')
    writeTree(out, new Map([[MANIFEST, 'old'], ['a.txt', 'old']]))
    expect(() =>
      writeTree(out, new Map([[MANIFEST, 'new'], ['a.txt', 'new'], ['../escape.txt', 'x']])),
    ).toThrow(UsageError)
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('old')
    expect(readdirSync(root)).toEqual(['out'])
  })

  it('never writes outside the output folder', () => {
    for (const bad of ['../x', '/etc/passwd', 'a/../../x', 'a//b', './a', 'a\\b', '']) {
      expect(() => assertInside('/tmp/out', bad), bad).toThrow(UsageError)
    }
    expect(assertInside('/tmp/out', 'nodes/a/b.xml')).toBe('/tmp/out/nodes/a/b.xml')
  })

  it('replaces a symlink in the old tree instead of writing through it', () => {
    const root = tmp()
    const outside = join(root, 'outside')
    mkdirSync(outside)
    const out = join(root, 'out')
    writeTree(out, new Map([[MANIFEST, '{}']]))
    symlinkSync(outside, join(out, 'nodes'))
    writeTree(out, new Map([[MANIFEST, '{}'], ['nodes/a.txt', 'x']]))
    expect(readdirSync(outside)).toEqual([])
    expect(readFileSync(join(out, 'nodes/a.txt'), 'utf8')).toBe('x')
  })
})
