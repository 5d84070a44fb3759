/**
 * Through the built CLI: output folders that cannot be swapped (a mount point: rename gives EBUSY; a
 * read-only parent: nothing can be created beside the folder) are replaced from a temporary folder
 * inside them, with a note that the replace is not atomic and the ownership rule kept. Ordinary
 * environment errors are one line naming the path and the cause, exit 2; a stack trace only with
 * --debug. Where the test runs as root, chmod does not stop it: the writer's fault hook
 * (WSO2CFG_FAULT_INJECT) makes the calls fail with the codes the kernel gives (rename(2): EBUSY for
 * a mount point; mkdir(2)/open(2): EACCES in a folder without write permission).
 */
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { listTree } from '../helpers/golden.js'

const ROOT = new URL('../../', import.meta.url).pathname
const CLI = join(ROOT, 'bin', 'wso2cfg.js')
const OLD_SPEC = join(ROOT, 'fixtures', '26-single-node-resident', 'topology.yaml')
const NEW_SPEC = join(ROOT, 'fixtures', '26-distributed-rsync', 'topology.yaml')
const work = mkdtempSync(join(tmpdir(), 'wso2cfg-env-'))
afterAll(() => {
  chmodSync(work, 0o755)
  for (const e of readdirSync(work)) chmodSync(join(work, e), 0o755)
  rmSync(work, { recursive: true, force: true })
})
const isRoot = process.getuid?.() === 0

function cli(faults: string, ...args: string[]) {
  const env = { ...process.env, NO_COLOR: '1', WSO2CFG_FAULT_INJECT: faults }
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
const snapshot = (dir: string) => new Map(listTree(dir).map((p) => [p, readFileSync(join(dir, p), 'utf8')]))

/** An output folder rendered from the old spec, with a file of the user in it. */
function prepared(name: string): { parent: string; out: string } {
  const parent = join(work, name)
  mkdirSync(parent)
  const out = join(parent, 'out')
  expect(cli('', 'render', OLD_SPEC, '-o', out).code).toBe(0)
  writeFileSync(join(out, 'NOTES.txt'), 'mine\n')
  return { parent, out }
}

function expectNewTreeInPlace(out: string, r: { code: number | null; stderr: string }, reason: RegExp) {
  expect(r.code, r.stderr).toBe(0)
  expect(r.stderr).toMatch(/replaced file by file, not atomically/)
  expect(r.stderr).toMatch(reason)
  expect(r.stderr).toContain('kept, not ours: NOTES.txt')
  const now = snapshot(out)
  expect(now.get('NOTES.txt')).toBe('mine\n')
  now.delete('NOTES.txt')
  expect(now).toEqual(snapshot(join(work, 'ref-new')))
  expect(readdirSync(out).filter((e) => e.includes('wso2cfg'))).toEqual([])
}

describe('folders that cannot be swapped', () => {
  it('renders the reference tree', () => expect(cli('', 'render', NEW_SPEC, '-o', join(work, 'ref-new')).code).toBe(0))

  it('a mount point (rename gives EBUSY) is replaced in place', () => {
    const { parent, out } = prepared('mount')
    const r = cli('rename:EBUSY:out', 'render', NEW_SPEC, '-o', out)
    expectNewTreeInPlace(out, r, /cannot be renamed \(EBUSY\)/)
    expect(readdirSync(parent)).toEqual(['out'])
  })

  it('a folder whose parent is read-only is replaced in place', () => {
    const { parent, out } = prepared('readonly')
    if (isRoot) {
      console.log('running as root: chmod does not make a folder read-only here; the fault hook gives EACCES instead')
      const r = cli('mkdir:EACCES:.out.wso2cfg-tmp-*,open:EACCES:.out.wso2cfg-lock*', 'render', NEW_SPEC, '-o', out)
      expectNewTreeInPlace(out, r, /nothing can be created beside it \(EACCES\)/)
    } else {
      chmodSync(parent, 0o555)
      const r = cli('', 'render', NEW_SPEC, '-o', out)
      chmodSync(parent, 0o755)
      expectNewTreeInPlace(out, r, /nothing can be created beside it \(EACCES\)/)
    }
    expect(readdirSync(parent)).toEqual(['out'])
  })

  it('an output folder that cannot be created is one line naming the folder, exit 2', () => {
    const parent = join(work, 'nocreate')
    mkdirSync(parent)
    const out = join(parent, 'out')
    const r = isRoot ? cli('open:EACCES:.out.wso2cfg-lock*', 'render', NEW_SPEC, '-o', out) : (chmodSync(parent, 0o555), cli('', 'render', NEW_SPEC, '-o', out))
    chmodSync(parent, 0o755)
    expect(r.code).toBe(2)
    expect(r.stderr.trim()).toBe(`wso2cfg: cannot create ${out}: nothing can be created in ${parent} (EACCES)`)
    expect(readdirSync(parent)).toEqual([])
  })
})

describe('in-place replace killed part-way', () => {
  it('SIGKILL at random moments: the next run completes the new tree and keeps the user\'s file', async () => {
    let seed = 99
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    for (let i = 0; i < 6; i++) {
      const { parent, out } = prepared(`killed-${i}`)
      const env = { ...process.env, WSO2CFG_FAULT_INJECT: 'rename:EBUSY:out' }
      const t0 = Date.now()
      const child = spawn(process.execPath, [CLI, 'render', NEW_SPEC, '-o', out], { stdio: 'ignore', env })
      const exited = new Promise((res) => child.once('exit', res))
      await new Promise((res) => setTimeout(res, 300 + 1500 * next()))
      child.kill('SIGKILL')
      await exited
      expect(readFileSync(join(out, 'NOTES.txt'), 'utf8'), `run ${i} after ${Date.now() - t0} ms`).toBe('mine\n')
      const r = cli('rename:EBUSY:out', 'render', NEW_SPEC, '-o', out)
      expectNewTreeInPlace(out, r, /not atomically/)
      expect(readdirSync(parent).filter((e) => e !== 'out')).toEqual([])
    }
  }, 120_000)
})

describe('environment errors', () => {
  it('a full disk is one line with the path and the cause, exit 2, the old tree whole, nothing left', () => {
    const { parent, out } = prepared('full')
    const before = snapshot(out)
    const r = cli('write:ENOSPC:api-manager.xml', 'render', NEW_SPEC, '-o', out)
    expect(r.code).toBe(2)
    const lines = r.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^wso2cfg: cannot write \S+api-manager\.xml: no space left on the device \(ENOSPC\)$/)
    expect(snapshot(out)).toEqual(before)
    expect(readdirSync(parent)).toEqual(['out'])
    const json = cli('write:ENOSPC:api-manager.xml', 'render', NEW_SPEC, '-o', out, '--json')
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: expect.stringMatching(/ENOSPC/) })
  })

  it('--debug adds the stack trace', () => {
    const { out } = prepared('debug')
    const r = cli('write:EIO:carbon.xml', 'render', NEW_SPEC, '-o', out, '--debug')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^wso2cfg: cannot write \S+carbon\.xml: input\/output error \(EIO\)\n/)
    expect(r.stderr).toMatch(/\n\s+at /)
  })

  it('a file where the output folder goes is exit 2 naming it', () => {
    const file = join(work, 'a-file')
    writeFileSync(file, 'x')
    const r = cli('', 'render', NEW_SPEC, '-o', join(file, 'out'))
    expect(r.code).toBe(2)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toContain(file)
    expect(r.stderr).toMatch(/ENOTDIR|EEXIST|not a folder/)
  })
})
