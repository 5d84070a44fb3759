/**
 * SIGINT and SIGTERM during `wso2cfg render`: the run stops with 130 or 143 (or finished first with 0),
 * leaves no temporary tree (they hold literal passwords) and no lock beside the folder, and the folder
 * holds the complete old or new tree. A run killed between its two renames is repaired by the next
 * run, or by `render --check`, which say so.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listTree } from '../helpers/golden.js'
import { Random } from '../helpers/random.js'

const ROOT = new URL('../../', import.meta.url).pathname
const CLI = join(ROOT, 'bin', 'wso2cfg.js')
const OLD_SPEC = join(ROOT, 'fixtures', '26-single-node-resident', 'topology.yaml')
const NEW_SPEC = join(ROOT, 'fixtures', '26-distributed-rsync', 'topology.yaml')
const work = mkdtempSync(join(tmpdir(), 'wso2cfg-signals-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const render = (...args: string[]) => spawnSync(process.execPath, [CLI, 'render', ...args], { encoding: 'utf8' })
const snapshot = (dir: string) => new Map(listTree(dir).map((p) => [p, readFileSync(join(dir, p), 'utf8')]))
const same = (a: Map<string, string>, b: Map<string, string>) => JSON.stringify([...a]) === JSON.stringify([...b])

let oldTree: Map<string, string>
let newTree: Map<string, string>
let renderMs = 1000

beforeAll(() => {
  expect(render(OLD_SPEC, '-o', join(work, 'ref-old')).status).toBe(0)
  const t0 = performance.now()
  expect(render(NEW_SPEC, '-o', join(work, 'ref-new')).status).toBe(0)
  renderMs = performance.now() - t0
  oldTree = snapshot(join(work, 'ref-old'))
  newTree = snapshot(join(work, 'ref-new'))
})

describe('signals', () => {
  it('SIGINT and SIGTERM at random moments leave no temporary tree and a whole folder', async () => {
    const r = new Random(7070)
    const codes: (number | null)[] = []
    for (let i = 0; i < 10; i++) {
      const signal = i % 2 === 0 ? 'SIGINT' : 'SIGTERM'
      const parent = join(work, `run-${i}`)
      const out = join(parent, 'out')
      expect(render(OLD_SPEC, '-o', out).status).toBe(0)
      writeFileSync(join(out, 'NOTES.txt'), 'mine\n')
      const child = spawn(process.execPath, [CLI, 'render', NEW_SPEC, '-o', out], { stdio: ['ignore', 'ignore', 'pipe'] })
      let stderr = ''
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
      const exited = new Promise<number | null>((res) => child.once('close', (code) => res(code)))
      await new Promise((res) => setTimeout(res, renderMs * (0.1 + 1.0 * r.next())))
      child.kill(signal)
      const code = await exited
      codes.push(code)
      // null: the signal came while the process was already exiting, after a complete write
      expect([0, null, signal === 'SIGINT' ? 130 : 143], stderr).toContain(code)
      if (code !== 0 && code !== null) expect(stderr).toMatch(new RegExp(`stopped by ${signal}; (nothing was written to|\\S+ holds the complete new tree)`))
      expect(readdirSync(parent), `run ${i}: left beside the folder`).toEqual(['out'])
      const now = snapshot(out)
      expect(now.get('NOTES.txt')).toBe('mine\n')
      now.delete('NOTES.txt')
      expect(same(now, oldTree) || same(now, newTree), `run ${i}: neither the old nor the new tree`).toBe(true)
    }
    console.log(`signals: exit codes ${codes.join(' ')}`)
  }, 300_000)

  for (const how of ['render', 'render --check'] as const) {
    it(`${how} restores the old tree a run left parked between its two renames, and says so`, () => {
      const parent = join(work, `parked-${how.replace(/\W+/g, '-')}`)
      mkdirSync(parent)
      const out = join(parent, 'out')
      expect(render(OLD_SPEC, '-o', out).status).toBe(0)
      if (how === 'render') writeFileSync(join(out, 'NOTES.txt'), 'mine\n') // --check counts a foreign file as a difference
      const before = snapshot(out)
      // the state a SIGKILL between "folder → parked name" and "new tree → folder" leaves
      const dead = spawnSync(process.execPath, ['-e', '0']).pid!
      renameSync(out, join(parent, `.out.wso2cfg-old-${dead}-x1`))
      mkdirSync(join(parent, `.out.wso2cfg-tmp-${dead}-x1`))
      const r = how === 'render' ? render(OLD_SPEC, '-o', out) : render(OLD_SPEC, '-o', out, '--check')
      expect(r.status, r.stderr).toBe(0)
      expect(r.stderr).toContain(`restored the complete previous output into ${out}`)
      expect(snapshot(out)).toEqual(before)
      expect(readdirSync(parent)).toEqual(['out'])
    })
  }
})
