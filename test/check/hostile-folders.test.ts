/**
 * `render --check` and `lint` on a folder someone else controls, through the built CLI: a symbolic
 * link inside it is reported and never followed (nothing of its target is printed, a linked folder
 * is not walked), a special file is not opened, and no file is read beyond the size bound.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = new URL('../../', import.meta.url).pathname
const CLI = join(ROOT, 'bin/wso2cfg.js')
const SPEC = join(ROOT, 'fixtures/26-single-node-resident/topology.yaml')
const CARBON = 'nodes/apim/repository/conf/carbon.xml'
/** A value only the environment of the CLI process holds: it must never reach its output. */
const MARKER = 'wso2cfg-marker-7f3a91c4e2'

const cli = (...args: string[]) => {
  const started = Date.now()
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1', LEAK_PROBE: MARKER } })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started }
}

let work: string
let golden: string
let copies = 0
const copy = (): string => {
  const dir = join(work, `copy-${copies++}`)
  cpSync(golden, dir, { recursive: true })
  return dir
}
const relink = (dir: string, rel: string, target: string): void => {
  unlinkSync(join(dir, rel))
  symlinkSync(target, join(dir, rel))
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'wso2cfg-hostile-'))
  golden = join(work, 'golden')
  const r = cli('render', SPEC, '-o', golden)
  expect(r.status, r.stderr).toBe(0)
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('render --check on a folder with links', () => {
  it('reports a linked file as "symlink, not compared" and prints nothing of its target', () => {
    const dir = copy()
    relink(dir, 'README.md', '/proc/self/environ')
    for (const args of [[], ['--json']]) {
      const r = cli('render', SPEC, '-o', dir, '--check', ...args)
      expect(r.status, r.stderr).toBe(1)
      expect(r.stdout + r.stderr).not.toContain(MARKER)
      expect(r.stdout + r.stderr).not.toContain('LEAK_PROBE')
    }
    const r = cli('render', SPEC, '-o', dir, '--check')
    expect(r.stdout).toBe('changed: README.md (symlink, not compared)\n')
  })

  it('never walks a linked folder: nodes/evil -> /usr ends at once, -> /proc does not crash', () => {
    const dir = copy()
    symlinkSync('/usr', join(dir, 'nodes', 'evil'))
    symlinkSync('/proc', join(dir, 'nodes', 'proc'))
    const r = cli('render', SPEC, '-o', dir, '--check')
    // links the MANIFEST does not list are the user's: kept, named, never followed
    expect(r.status, r.stderr).toBe(0)
    expect(r.ms).toBeLessThan(15_000)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('kept, not ours (not listed in MANIFEST.json, not compared): nodes/evil, nodes/proc')
    const doc = JSON.parse(cli('render', SPEC, '-o', dir, '--check', '--json').stdout) as { kept: string[]; skipped: { path: string; reason: string }[] }
    expect(doc.kept).toEqual(['nodes/evil', 'nodes/proc'])
    expect(doc.skipped).toEqual([
      { path: 'nodes/evil', reason: 'symlink, not compared' },
      { path: 'nodes/proc', reason: 'symlink, not compared' },
    ])
  })

  it('does not read a file over the size bound, nor open a FIFO', () => {
    const dir = copy()
    writeFileSync(join(dir, 'README.md'), Buffer.alloc(5 * 1024 * 1024, 'a'))
    const fifo = spawnSync('mkfifo', [join(dir, 'nodes', 'pipe')])
    const r = cli('render', SPEC, '-o', dir, '--check')
    expect(r.status, r.stderr).toBe(1)
    expect(r.stdout).toMatch(/^changed: README\.md \(larger than 4 MB \(5242880 bytes\), not compared\)$/m)
    expect(r.stdout).not.toMatch(/^[-+]a/m)
    if (fifo.status === 0) expect(r.stderr).toContain('kept, not ours (not listed in MANIFEST.json, not compared): nodes/pipe')
  })
})

describe('lint on a folder with links', () => {
  it('reports a linked configuration file as an error and prints nothing of its target', () => {
    const dir = copy()
    relink(dir, CARBON, '/proc/self/environ')
    for (const args of [[], ['--json']]) {
      const r = cli('lint', dir, ...args)
      expect(r.status, r.stderr).toBe(1)
      expect(r.stdout + r.stderr).not.toContain(MARKER)
    }
    const r = cli('lint', dir)
    expect(r.stdout).toContain(`${join(dir, CARBON)} error: symlink, not read [files/not-read]`)
  })

  it('never walks a linked folder: nodes/evil -> /usr ends at once, -> /proc does not crash', () => {
    const dir = copy()
    symlinkSync('/usr', join(dir, 'nodes', 'evil'))
    symlinkSync('/proc', join(dir, 'nodes', 'proc'))
    const r = cli('lint', dir)
    expect(r.status, r.stderr).toBe(0)
    expect(r.ms).toBeLessThan(15_000)
    expect(r.stdout).toContain(`${join(dir, 'nodes/evil')} warning: symlink, not followed [files/not-followed]`)
    expect(r.stdout).toContain(`${join(dir, 'nodes/proc')} warning: symlink, not followed [files/not-followed]`)
    expect(r.stderr).toContain('of 1 node (') // the linked folders are not nodes
  })

  it('does not read a configuration file over the size bound', () => {
    const dir = copy()
    writeFileSync(join(dir, CARBON), Buffer.alloc(5 * 1024 * 1024, ' '))
    const r = cli('lint', dir)
    expect(r.status, r.stderr).toBe(1)
    expect(r.stdout).toContain(`${join(dir, CARBON)} error: larger than 4 MB (5242880 bytes), not read [files/not-read]`)
  })
})

describe('file names from the folder are printed escaped', () => {
  // ESC [31m recolours a terminal, a line break forges a line of the report, U+202E reverses text
  const NAME = 'evil\u001b[31m\nunexpected: forged\u202e.xml'
  const SHOWN = 'evil\\x1b[31m\\x0aunexpected: forged\\u{202e}.xml'

  it('render --check', () => {
    const dir = copy()
    writeFileSync(join(dir, 'nodes', NAME), '<a/>\n')
    const r = cli('render', SPEC, '-o', dir, '--check')
    expect(r.status, r.stderr).toBe(0)
    expect(r.stderr).toContain(`kept, not ours (not listed in MANIFEST.json, not compared): nodes/${SHOWN}\n`)
    expect(r.stdout + r.stderr).not.toMatch(/[\u001b\u202e]/)
    expect(r.stderr).not.toMatch(/^unexpected: forged/m)
    const doc = JSON.parse(cli('render', SPEC, '-o', dir, '--check', '--json').stdout) as { kept: string[] }
    expect(doc.kept).toEqual([`nodes/${NAME}`]) // JSON carries the name itself, escaped by JSON
  })

  it('lint', () => {
    const dir = copy()
    writeFileSync(join(dir, 'nodes/apim/repository/conf', NAME), '<a>\n')
    const r = cli('lint', dir)
    expect(r.status, r.stderr).toBe(1)
    expect(r.stdout).toContain(`${join(dir, 'nodes/apim/repository/conf', SHOWN)}:2:1 error: not well-formed XML`)
    expect(r.stdout).not.toMatch(/[\u001b\u202e]/)
    expect(r.stdout).not.toMatch(/^unexpected: forged/m)
  })
})
