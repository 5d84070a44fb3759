/**
 * Through the built CLI: render never deletes or replaces a file it did not write. The files listed in
 * the folder's MANIFEST.json are the tool's; everything else (a git checkout, the spec itself, notes)
 * is carried over and reported as "kept, not ours".
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { listTree } from '../helpers/golden.js'

const ROOT = new URL('../../', import.meta.url).pathname
const CLI = join(ROOT, 'bin', 'wso2cfg.js')
const SMALL = join(ROOT, 'fixtures', '26-single-node-resident', 'topology.yaml')
const BIG = join(ROOT, 'fixtures', '26-distributed-rsync', 'topology.yaml')
const work = mkdtempSync(join(tmpdir(), 'wso2cfg-own-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
const SUMMARY = /(\d+) written, (\d+) unchanged, (\d+) removed \(listed\), (\d+) kept \(not ours\)/
const counts = (stderr: string) => SUMMARY.exec(stderr)?.slice(1).map(Number)
const snapshot = (dir: string) => new Map(listTree(dir).map((p) => [p, readFileSync(join(dir, p), 'latin1')]))
/** .git without its index, which `git status` refreshes. */
const gitState = (repo: string) => new Map([...snapshot(join(repo, '.git'))].filter(([p]) => p !== 'index'))

function gitRepo(name: string): string {
  const dir = join(work, name)
  mkdirSync(dir)
  execFileSync('git', ['init', '-q', dir])
  writeFileSync(join(dir, 'NOTES.txt'), 'my notes\n')
  copyFileSync(SMALL, join(dir, 'topology.yaml'))
  execFileSync('git', ['-C', dir, '-c', 'user.email=t@example.com', '-c', 'user.name=t', 'add', '.'])
  execFileSync('git', ['-C', dir, '-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'spec'])
  return dir
}

describe('output folder ownership', () => {
  it('names a kept file escaped: its name cannot recolour the terminal or forge a line of the report', () => {
    const out = join(work, 'escaped-out')
    expect(cli(work, 'render', SMALL, '-o', out).code).toBe(0)
    writeFileSync(join(out, 'evil\u001b[31m\nrendered 0 nodes\u202e.txt'), 'mine\n')
    const r = cli(work, 'render', SMALL, '-o', out)
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toContain('kept, not ours: evil\\x1b[31m\\x0arendered 0 nodes\\u{202e}.txt')
    expect(r.stderr).not.toMatch(/[\u001b\u202e]|^rendered 0 nodes/m)
  })

  it('--force adopts a git folder and keeps .git, the spec and every other file', () => {
    const repo = gitRepo('adopt')
    const outside = join(work, 'adopt-out-parent')
    mkdirSync(outside)
    const before = gitState(repo)
    const refused = cli(outside, 'render', join(repo, 'topology.yaml'), '-o', repo)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/no MANIFEST\.json.*--force/)
    const r = cli(outside, 'render', join(repo, 'topology.yaml'), '-o', repo, '--force')
    expect(r.code, r.stderr).toBe(0)
    expect(counts(r.stderr)).toEqual([10, 0, 0, 3])
    expect(r.stderr).toContain('kept, not ours: .git/, NOTES.txt, topology.yaml')
    expect(gitState(repo)).toEqual(before)
    expect(readFileSync(join(repo, 'NOTES.txt'), 'utf8')).toBe('my notes\n')
    // git still sees its commit, and the rendered files as new
    const status = execFileSync('git', ['-C', repo, 'status', '--porcelain'], { encoding: 'utf8' })
    expect(status).toContain('?? MANIFEST.json')
    expect(status).not.toMatch(/^ ?D /m)
    // a second render is an ordinary re-render: everything unchanged, nothing of the user's touched
    const again = cli(outside, 'render', join(repo, 'topology.yaml'), '-o', repo)
    expect(again.code, again.stderr).toBe(0)
    expect(counts(again.stderr)).toEqual([0, 10, 0, 3])
    expect(gitState(repo)).toEqual(before)
  })

  it('a spec inside the output folder and a note added to it survive re-renders', () => {
    const dir = join(work, 'inside')
    const out = join(dir, 'out')
    mkdirSync(dir)
    expect(cli(dir, 'render', SMALL, '-o', 'out').code).toBe(0)
    copyFileSync(BIG, join(out, 'topology.yaml'))
    writeFileSync(join(out, 'NOTES.txt'), 'do not lose me\n')
    // render the spec that lives in the folder: a bigger topology, so listed files go and come
    const r = cli(dir, 'render', 'out/topology.yaml', '-o', 'out', '--json')
    expect(r.code, r.stderr).toBe(0)
    const doc = JSON.parse(r.stdout)
    expect(doc.kept).toEqual(['NOTES.txt', 'topology.yaml'])
    expect(doc.removed.length).toBeGreaterThan(0)
    expect(readFileSync(join(out, 'topology.yaml'), 'utf8')).toBe(readFileSync(BIG, 'utf8'))
    expect(readFileSync(join(out, 'NOTES.txt'), 'utf8')).toBe('do not lose me\n')
    expect(r.stderr).toContain('kept, not ours: NOTES.txt, topology.yaml')
    expect(readdirSync(dir)).toEqual(['out'])
  })

  it('refuses to replace a file of the user that stands where a rendered file goes', () => {
    const dir = join(work, 'clash')
    mkdirSync(join(dir, 'out'), { recursive: true })
    writeFileSync(join(dir, 'out', 'README.md'), 'my readme\n')
    const r = cli(dir, 'render', SMALL, '-o', 'out', '--force')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/refusing to replace .*README\.md/)
    expect(readdirSync(join(dir, 'out'))).toEqual(['README.md'])
  })

  it('renders into the current folder file by file and keeps what is not its own', () => {
    const repo = gitRepo('cwd')
    const r = cli(repo, 'render', 'topology.yaml', '-o', '.', '--force')
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toContain('not atomically: it is the current folder')
    expect(existsSync(join(repo, '.git', 'HEAD'))).toBe(true)
    expect(readFileSync(join(repo, 'NOTES.txt'), 'utf8')).toBe('my notes\n')
    expect(readdirSync(repo).filter((e) => e.includes('wso2cfg'))).toEqual([])
  })

  it('refuses /, the home folder, an ancestor of the current folder and -o -', () => {
    const dir = join(work, 'deep', 'er')
    mkdirSync(dir, { recursive: true })
    for (const [target, message] of [
      ['/', /refusing to render into \//],
      [homedir(), /home folder/],
      [dirname(dir), /holds the current folder/],
      ['..', /holds the current folder/],
      ['-', /-o - is not supported/],
    ] as const) {
      const r = cli(dir, 'render', SMALL, '-o', target, '--force')
      expect(r.code, target).toBe(2)
      expect(r.stderr, target).toMatch(message)
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/)
    }
    expect(existsSync(join(dir, '-'))).toBe(false)
    expect(readdirSync(dir)).toEqual([])
  })

  it('--dry-run prints the summary and writes nothing', () => {
    const dir = join(work, 'dry')
    mkdirSync(dir)
    const fresh = cli(dir, 'render', SMALL, '-o', 'out', '--dry-run')
    expect(fresh.code, fresh.stderr).toBe(0)
    expect(counts(fresh.stderr)).toEqual([10, 0, 0, 0])
    expect(fresh.stderr).toContain('nothing written')
    expect(readdirSync(dir)).toEqual([])
    expect(cli(dir, 'render', SMALL, '-o', 'out').code).toBe(0)
    writeFileSync(join(dir, 'out', 'NOTES.txt'), 'n')
    const before = snapshot(join(dir, 'out'))
    const mtime = statSync(join(dir, 'out', 'MANIFEST.json')).mtimeMs
    const r = cli(dir, 'render', BIG, '-o', 'out', '--dry-run', '--json')
    expect(r.code, r.stderr).toBe(0)
    const doc = JSON.parse(r.stdout)
    expect(doc.dryRun).toBe(true)
    expect(doc.kept).toEqual(['NOTES.txt'])
    expect(counts(r.stderr)).toEqual([doc.written.length, doc.unchanged.length, doc.removed.length, 1])
    expect(snapshot(join(dir, 'out'))).toEqual(before)
    expect(statSync(join(dir, 'out', 'MANIFEST.json')).mtimeMs).toBe(mtime)
    expect(readdirSync(dir)).toEqual(['out'])
  })
})
