/**
 * `wso2cfg render <spec> -o <dir> --check` through the built CLI: exit 0 when the folder matches,
 * 1 with a diff and the missing and unexpected files, 2 on invalid input; it never writes.
 */
import { spawnSync } from 'node:child_process'
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = new URL('../../', import.meta.url).pathname
const CLI = join(ROOT, 'bin/wso2cfg.js')
const SPEC = join(ROOT, 'fixtures/26-single-node-resident/topology.yaml')

const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** Every path under a folder with its size, mtime and content: proof that nothing changed. */
function snapshot(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string): void => {
    for (const e of readdirSync(d).sort()) {
      const full = join(d, e)
      const st = statSync(full)
      if (st.isDirectory()) walk(full)
      else out.push(`${relative(dir, full)} ${st.size} ${st.mtimeMs} ${readFileSync(full, 'utf8')}`)
    }
  }
  walk(dir)
  return out
}

let work: string
let golden: string

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'wso2cfg-drift-'))
  golden = join(work, 'golden')
  const r = cli('render', SPEC, '-o', golden)
  expect(r.status, r.stderr).toBe(0)
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** A fresh copy of the rendered folder. */
let copies = 0
const copy = (): string => {
  const dir = join(work, `copy-${copies++}`)
  cpSync(golden, dir, { recursive: true })
  return dir
}

/** Any XML file of the rendered tree, by its path relative to the folder. */
const someXml = (dir: string): string => {
  const files: string[] = []
  const walk = (d: string): void => {
    for (const e of readdirSync(d).sort()) {
      const full = join(d, e)
      if (statSync(full).isDirectory()) walk(full)
      else if (e.endsWith('.xml')) files.push(relative(dir, full))
    }
  }
  walk(dir)
  expect(files.length).toBeGreaterThan(0)
  return files.find((f) => f.endsWith('carbon.xml')) ?? files[0]!
}

describe('render --check', () => {
  it('exits 0 and prints no diff when the folder matches the spec', () => {
    const dir = copy()
    const r = cli('render', SPEC, '-o', dir, '--check')
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/no drift/)
  })

  it('detects a one-byte change and prints a unified diff of that file (exit 1)', () => {
    const dir = copy()
    const rel = someXml(dir)
    const text = readFileSync(join(dir, rel), 'utf8')
    const at = text.indexOf('\n') + 2 // the second character of line 2, a letter of the root element's name
    const byte = text[at]!
    expect(byte).toMatch(/[A-Za-z]/)
    writeFileSync(join(dir, rel), text.slice(0, at) + (byte === byte.toUpperCase() ? byte.toLowerCase() : byte.toUpperCase()) + text.slice(at + 1))
    const r = cli('render', SPEC, '-o', dir, '--check')
    expect(r.status, r.stderr).toBe(1)
    expect(r.stdout).toContain(`--- a/${rel}\n+++ b/${rel}\n@@ -1,5 +1,5 @@\n`)
    expect(r.stdout.split('\n').filter((l) => /^[-+][^-+]/.test(l))).toHaveLength(2) // one line out, one line in
    expect(r.stdout).not.toMatch(/^(missing|unexpected):/m)
    expect(r.stderr).toMatch(/1 changed, 0 missing, 0 unexpected/)
  })

  it('detects a missing file (exit 1)', () => {
    const dir = copy()
    const rel = someXml(dir)
    rmSync(join(dir, rel))
    const r = cli('render', SPEC, '-o', dir, '--check')
    expect(r.status).toBe(1)
    expect(r.stdout).toContain(`missing: ${rel}`)
    expect(r.stdout).not.toContain('--- a/')
  })

  it('keeps a file of the user (not listed in MANIFEST.json), hidden files included: named, no drift (exit 0)', () => {
    const dir = copy()
    writeFileSync(join(dir, 'nodes', '.notes'), 'hand edit\n')
    const r = cli('render', SPEC, '-o', dir, '--check')
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('kept, not ours (not listed in MANIFEST.json, not compared): nodes/.notes')
  })

  it('detects an unexpected file that MANIFEST.json lists but the spec no longer renders (exit 1)', () => {
    const dir = copy()
    const manifest = JSON.parse(readFileSync(join(dir, 'MANIFEST.json'), 'utf8')) as { files: { path: string; sha256: string }[] }
    manifest.files.push({ path: 'nodes/.gone.xml', sha256: '0'.repeat(64) })
    writeFileSync(join(dir, 'MANIFEST.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    writeFileSync(join(dir, 'nodes', '.gone.xml'), '<a/>\n')
    const r = cli('render', SPEC, '-o', dir, '--check')
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('unexpected: nodes/.gone.xml')
  })

  it('reports MANIFEST.json as missing in a hand-maintained folder, like any other file', () => {
    const dir = copy()
    rmSync(join(dir, 'MANIFEST.json'))
    const r = cli('render', SPEC, '-o', dir, '--check')
    expect(r.status).toBe(1)
    expect(r.stdout.trim()).toBe('missing: MANIFEST.json (rendered, not in ' + dir + ')')
  })

  it('a MANIFEST.json written by another wso2cfg version with the same content is no drift, only information', () => {
    const dir = copy()
    const path = join(dir, 'MANIFEST.json')
    const manifest = readFileSync(path, 'utf8')
    const ours = (JSON.parse(manifest) as { version: string }).version
    for (const [version, order] of [['0.0.1', 'an older'], ['99.0.0', 'a newer']] as const) {
      writeFileSync(path, manifest.replace(`"version": "${ours}"`, `"version": "${version}"`))
      const r = cli('render', SPEC, '-o', dir, '--check')
      expect(r.status, r.stdout + r.stderr).toBe(0)
      expect(r.stdout).toBe('')
      expect(r.stderr).toContain(`MANIFEST.json: rendered by ${order} wso2cfg (${version}; this is ${ours}); the content matches`)
      expect(r.stderr).toMatch(/no drift/)
    }
    // the manifest's own format version is content
    writeFileSync(path, manifest.replace('"format": 1', '"format": 2'))
    const r = cli('render', SPEC, '-o', dir, '--check')
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('-  "format": 2,')
  })

  it('notes a file that differs only in line endings instead of diffing every line', () => {
    const dir = copy()
    const rel = someXml(dir)
    writeFileSync(join(dir, rel), readFileSync(join(dir, rel), 'utf8').replace(/\n/g, '\r\n'))
    const r = cli('render', SPEC, '-o', dir, '--check')
    expect(r.status).toBe(1)
    expect(r.stdout).toContain(`changed: ${rel} (differs only in line endings`)
  })

  it('writes nothing, whatever it finds', () => {
    const dir = copy()
    rmSync(join(dir, someXml(dir)))
    appendFileSync(join(dir, 'MANIFEST.json'), ' ')
    writeFileSync(join(dir, 'extra.txt'), 'x')
    const before = snapshot(work)
    expect(cli('render', SPEC, '-o', dir, '--check').status).toBe(1)
    expect(cli('render', SPEC, '-o', dir, '--check', '--json').status).toBe(1)
    expect(cli('render', SPEC, '-o', join(work, 'not-there'), '--check').status).toBe(2)
    expect(snapshot(work)).toEqual(before)
    expect(existsSync(join(work, 'not-there'))).toBe(false)
  })

  it('exits 2 on an invalid spec and on a missing folder', () => {
    const bad = join(work, 'bad.yaml')
    writeFileSync(bad, readFileSync(SPEC, 'utf8').replace(/^platform: .*$/m, 'platform: apim-9.9.9'))
    const dir = copy()
    const r = cli('render', bad, '-o', dir, '--check')
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/platform/)
    const missing = cli('render', SPEC, '-o', join(work, 'nowhere'), '--check')
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/does not exist/)
  })

  it('--json: one document on stdout with the changed, missing and unexpected files', () => {
    const dir = copy()
    const rel = someXml(dir)
    appendFileSync(join(dir, rel), '<!-- local edit -->\n')
    writeFileSync(join(dir, 'extra.txt'), 'x')
    rmSync(join(dir, 'MANIFEST.json'))
    const r = cli('render', SPEC, '-o', dir, '--check', '--json')
    expect(r.status).toBe(1)
    const doc = JSON.parse(r.stdout) as Record<string, unknown>
    expect(doc).toMatchObject({ ok: false, identical: false, folder: dir, missing: ['MANIFEST.json'], unexpected: ['extra.txt'], diagnostics: [] })
    expect(doc.changed).toEqual([{ path: rel, diff: expect.stringContaining('-<!-- local edit -->') }])
    expect(r.stderr).toMatch(/drift in/)
    const same = JSON.parse(cli('render', SPEC, '-o', copy(), '--check', '--json').stdout) as Record<string, unknown>
    expect(same).toMatchObject({ ok: true, identical: true, changed: [], missing: [], unexpected: [] })
    expect(same.rendered).toBeGreaterThan(1)
  })

  it('the diff brings the folder back in line: applying it leaves no drift', () => {
    const dir = copy()
    const rel = someXml(dir)
    const text = readFileSync(join(dir, rel), 'utf8')
    const lines = text.split('\n')
    // away from any secret-holding line: those are masked in the diff, so their hunks do not apply
    let at = Math.floor(lines.length / 2)
    while (lines.slice(at - 4, at + 6).some((l) => /pass|secret/i.test(l))) at++
    lines.splice(at, 2, 'inserted by hand')
    writeFileSync(join(dir, rel), lines.join('\n'))
    const r = cli('render', SPEC, '-o', dir, '--check', '--json')
    const diff = (JSON.parse(r.stdout) as { changed: { diff: string }[] }).changed[0]!.diff
    const patch = spawnSync('patch', ['-p1', '-s', '-d', dir], { input: diff, encoding: 'utf8' })
    if (patch.error) return // no patch(1) on this machine: the diff format itself is covered by diff.test.ts
    expect(patch.status, patch.stderr).toBe(0)
    expect(readFileSync(join(dir, rel), 'utf8')).toBe(text)
    expect(cli('render', SPEC, '-o', dir, '--check').status).toBe(0)
  })
})
