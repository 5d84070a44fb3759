/**
 * Through the built CLI: one render at a time per output folder. Concurrent renders each end 0 or 2
 * ("another render is writing <dir> (pid N)"), the folder holds one complete tree and nothing is left
 * beside it; a lock or a temporary tree whose owner is gone is cleaned up, one whose owner runs is not.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { listTree } from '../helpers/golden.js'

const ROOT = new URL('../../', import.meta.url).pathname
const CLI = join(ROOT, 'bin', 'wso2cfg.js')
const BIG = join(ROOT, 'fixtures', '26-distributed-rsync', 'topology.yaml')
const work = mkdtempSync(join(tmpdir(), 'wso2cfg-lock-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const snapshot = (dir: string) => new Map(listTree(dir).map((p) => [p, readFileSync(join(dir, p), 'utf8')]))

function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((res) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.once('close', (code) => res({ code, stderr }))
  })
}

/** A pid that no process has: one of a child that has exited. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid!

describe('output folder lock', () => {
  it('concurrent renders end 0 or 2 and leave one complete tree', async () => {
    const ref = join(work, 'ref')
    expect(spawnSync(process.execPath, [CLI, 'render', BIG, '-o', ref]).status).toBe(0)
    const expected = snapshot(ref)
    const parent = join(work, 'busy')
    mkdirSync(parent)
    const out = join(parent, 'out')
    const runs = await Promise.all(
      Array.from({ length: 6 }, (_, i) => run(['render', BIG, '-o', out, '--wait', i % 2 === 0 ? '0' : '60'])),
    )
    for (const r of runs) {
      expect([0, 2], r.stderr).toContain(r.code)
      if (r.code === 2) expect(r.stderr).toMatch(/^wso2cfg: another render is writing \S+out \(pid \d+\)/m)
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /)
    }
    // those that waited long enough all succeed
    runs.filter((_, i) => i % 2 === 1).forEach((r) => expect(r.code, r.stderr).toBe(0))
    expect(snapshot(out)).toEqual(expected)
    expect(readdirSync(parent)).toEqual(['out'])
  }, 180_000)

  it('takes over a stale lock and removes leftovers whose owner is gone, but not those of a live one', async () => {
    const parent = join(work, 'stale')
    mkdirSync(parent)
    const out = join(parent, 'out')
    const dead = deadPid()
    writeFileSync(join(parent, '.out.wso2cfg-lock'), `${dead}\n`)
    mkdirSync(join(parent, `.out.wso2cfg-tmp-${dead}-abc/nodes`), { recursive: true })
    // a live process (this test) owns this one: it must survive
    const live = join(parent, `.out.wso2cfg-tmp-${process.pid}-abc`)
    mkdirSync(live)
    writeFileSync(join(live, 'half.xml'), '<')
    const r = await run(['render', BIG, '-o', out, '--wait', '0'])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toContain(`removed ${join(parent, `.out.wso2cfg-tmp-${dead}-abc`)}`)
    expect(readdirSync(parent).sort()).toEqual([`.out.wso2cfg-tmp-${process.pid}-abc`, 'out'])
    // a lock held by a live process: exit 2 naming it, nothing changed
    writeFileSync(join(parent, '.out.wso2cfg-lock'), `${process.pid}\n`)
    const before = snapshot(out)
    const busy = await run(['render', BIG, '-o', out, '--wait', '0.3'])
    expect(busy.code).toBe(2)
    expect(busy.stderr).toContain(`another render is writing ${out} (pid ${process.pid})`)
    expect(snapshot(out)).toEqual(before)
  }, 60_000)
})
