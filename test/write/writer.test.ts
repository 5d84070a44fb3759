import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { UsageError } from '../../src/diagnostics/diagnostic.js'
import { MANIFEST, parseListing } from '../../src/write/manifest.js'
import { assertInside, writeTree } from '../../src/write/writer.js'

const tmp = () => mkdtempSync(join(tmpdir(), 'wso2cfg-writer-'))

/** A tree with a manifest that lists its files, the way outputTree builds it. */
function tree(files: Record<string, string>, secret: string[] = []): Map<string, string> {
  const manifest = {
    tool: 'wso2cfg',
    files: Object.entries(files).map(([path]) => (secret.includes(path) ? { path, sha256: '-', mode: '0600' } : { path, sha256: '-' })),
  }
  return new Map([...Object.entries(files), [MANIFEST, JSON.stringify(manifest)]])
}

describe('writer', () => {
  it('writes a new tree and replaces one it wrote before', async () => {
    const root = tmp()
    const out = join(root, 'out')
    await writeTree(out, tree({ 'nodes/a/x.txt': 'one' }))
    expect(readFileSync(join(out, 'nodes/a/x.txt'), 'utf8')).toBe('one')
    const r = await writeTree(out, tree({ 'nodes/b/y.txt': 'two' }))
    expect(existsSync(join(out, 'nodes/a'))).toBe(false)
    expect(readFileSync(join(out, 'nodes/b/y.txt'), 'utf8')).toBe('two')
    expect(readdirSync(root)).toEqual(['out'])
    expect(r).toMatchObject({ atomic: true, written: ['nodes/b/y.txt', MANIFEST], unchanged: [], removed: ['nodes/a/x.txt'], kept: [] })
  })

  it('refuses a folder without a manifest unless forced, and keeps its files even then', async () => {
    const out = tmp()
    writeFileSync(join(out, 'precious.txt'), 'keep me')
    await expect(writeTree(out, tree({ 'a.txt': 'x' }))).rejects.toThrow(UsageError)
    expect(readdirSync(out)).toEqual(['precious.txt'])
    const r = await writeTree(out, tree({ 'a.txt': 'x' }), { force: true })
    expect(readFileSync(join(out, 'precious.txt'), 'utf8')).toBe('keep me')
    expect(r.kept).toEqual(['precious.txt'])
  })

  it('never replaces a file it did not write, even with --force', async () => {
    const out = tmp()
    writeFileSync(join(out, 'README.md'), 'mine')
    await expect(writeTree(out, tree({ 'README.md': 'rendered' }), { force: true })).rejects.toThrow(/README\.md/)
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toBe('mine')
  })

  it('keeps a hand-made file inside a rendered folder, with its inode, mode and content', async () => {
    const root = tmp()
    const out = join(root, 'out')
    await writeTree(out, tree({ 'nodes/a/x.txt': 'one' }))
    writeFileSync(join(out, 'nodes/a/notes.txt'), 'note', { mode: 0o640 })
    mkdirSync(join(out, 'private'))
    writeFileSync(join(out, 'private/key'), 'k')
    const ino = statSync(join(out, 'nodes/a/notes.txt')).ino
    const r = await writeTree(out, tree({ 'nodes/b/y.txt': 'two' }))
    expect(r.kept).toEqual(['nodes/a/notes.txt', 'private/'])
    expect(statSync(join(out, 'nodes/a/notes.txt')).ino).toBe(ino)
    expect(statSync(join(out, 'nodes/a/notes.txt')).mode & 0o777).toBe(0o640)
    expect(readFileSync(join(out, 'private/key'), 'utf8')).toBe('k')
    expect(existsSync(join(out, 'nodes/a/x.txt'))).toBe(false)
  })

  it('leaves the old tree whole when writing fails part-way', async () => {
    const root = tmp()
    const out = join(root, 'out')
    await writeTree(out, tree({ 'a.txt': 'old' }))
    await expect(writeTree(out, new Map([...tree({ 'a.txt': 'new' }), ['../escape.txt', 'x']]))).rejects.toThrow(UsageError)
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('old')
    expect(readdirSync(root)).toEqual(['out'])
  })

  it('never writes outside the output folder', () => {
    for (const bad of ['../x', '/etc/passwd', 'a/../../x', 'a//b', './a', 'a\\b', '']) {
      expect(() => assertInside('/tmp/out', bad), bad).toThrow(UsageError)
    }
    expect(assertInside('/tmp/out', 'nodes/a/b.xml')).toBe('/tmp/out/nodes/a/b.xml')
  })

  it('does not write through a link put where a rendered folder goes', async () => {
    const root = tmp()
    const outside = join(root, 'outside')
    mkdirSync(outside)
    const out = join(root, 'out')
    await writeTree(out, tree({ 'nodes/a.txt': 'x' }))
    // the user replaced the rendered folder by a link: it is theirs now, and it stands where a file goes
    const { rmSync } = await import('node:fs')
    rmSync(join(out, 'nodes'), { recursive: true })
    symlinkSync(outside, join(out, 'nodes'))
    await expect(writeTree(out, tree({ 'nodes/a.txt': 'y' }))).rejects.toThrow(/nodes/)
    expect(readdirSync(outside)).toEqual([])
    expect(lstatSync(join(out, 'nodes')).isSymbolicLink()).toBe(true)
  })

  it('writes files that the manifest marks as holding a secret with mode 0600', async () => {
    const out = join(tmp(), 'out')
    await writeTree(out, tree({ 'db.xml': '<password>p</password>', 'open.txt': 'x' }, ['db.xml']))
    expect(statSync(join(out, 'db.xml')).mode & 0o777).toBe(0o600)
    expect(statSync(join(out, 'open.txt')).mode & 0o777).toBe(0o666 & ~process.umask())
  })

  it('ignores manifest paths that leave the folder', () => {
    const l = parseListing(JSON.stringify({ tool: 'wso2cfg', files: [{ path: '../../etc/passwd' }, { path: '/etc/shadow' }, { path: 'ok.txt' }] }))
    expect([...l!.files].sort()).toEqual([MANIFEST, 'ok.txt'])
  })
})
