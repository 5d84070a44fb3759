/**
 * Atomic writes: SIGKILL `wso2cfg render` at random moments while it replaces an existing output folder.
 * Afterwards the folder holds the complete old tree or the complete new tree — never a mix — plus
 * the files the user put there (never lost, whatever the moment of the kill), and the next successful
 * run leaves no temporary folder beside it.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listTree } from '../helpers/golden.js'
import { Random } from '../helpers/random.js'

const ROOT = new URL('../../', import.meta.url).pathname
const CLI = join(ROOT, 'bin', 'wso2cfg.js')
const OLD_SPEC = join(ROOT, 'fixtures', '26-single-node-resident', 'topology.yaml')
const NEW_SPEC = join(ROOT, 'fixtures', '26-distributed-rsync', 'topology.yaml')
const work = mkdtempSync(join(tmpdir(), 'wso2cfg-atomic-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const render = (spec: string, out: string) => spawnSync(process.execPath, [CLI, 'render', spec, '-o', out], { encoding: 'utf8' })
const snapshot = (dir: string) => new Map(listTree(dir).map((p) => [p, readFileSync(join(dir, p), 'utf8')]))
/** Files of the user inside the output folder: a note at the top, one beside rendered files, a folder of their own. */
const FOREIGN: Record<string, string> = { 'NOTES.txt': 'mine\n', 'nodes/apim/local.txt': 'mine too\n', 'keys/a/b.txt': 'deep\n' }
const addForeign = (out: string) => {
  for (const [rel, text] of Object.entries(FOREIGN)) {
    mkdirSync(join(out, rel, '..'), { recursive: true })
    writeFileSync(join(out, rel), text)
  }
}
const withForeign = (tree: Map<string, string>) => new Map([...tree, ...Object.entries(FOREIGN)].sort(([a], [b]) => (a < b ? -1 : 1)))

let oldTree: Map<string, string>
let newTree: Map<string, string>
/** How long one render of the new spec takes here: kills are spread over that whole span. */
let renderMs = 1000

beforeAll(() => {
  const a = join(work, 'ref-old')
  const b = join(work, 'ref-new')
  expect(render(OLD_SPEC, a).status).toBe(0)
  const t0 = performance.now()
  expect(render(NEW_SPEC, b).status).toBe(0)
  renderMs = performance.now() - t0
  oldTree = withForeign(snapshot(a))
  newTree = withForeign(snapshot(b))
})

describe('atomic writes', () => {
  it('20 kills at random points leave the old or the new tree, never a mix', async () => {
    const r = new Random(424242)
    const seen = { old: 0, new: 0, recovered: 0 }
    for (let i = 0; i < 20; i++) {
      const parent = join(work, `run-${i}`)
      const out = join(parent, 'out')
      expect(render(OLD_SPEC, out).status).toBe(0)
      addForeign(out)
      const child = spawn(process.execPath, [CLI, 'render', NEW_SPEC, '-o', out], { stdio: 'ignore' })
      // Listen before waiting: a render that finishes before the kill has already exited.
      const exited = new Promise((res) => child.once('exit', res))
      await new Promise((res) => setTimeout(res, renderMs * (0.2 + 0.9 * r.next())))
      child.kill('SIGKILL')
      await exited
      if (!existsSync(out)) {
        // killed between the two renames: the old tree waits, whole, under its recovery name
        const parked = readdirSync(parent).find((e) => e.startsWith('.out.wso2cfg-old-'))
        expect(parked, 'old tree parked for recovery').toBeDefined()
        expect(snapshot(join(parent, parked!))).toEqual(oldTree)
        seen.recovered++
      } else {
        const now = snapshot(out)
        const isOld = JSON.stringify([...now]) === JSON.stringify([...oldTree])
        const isNew = JSON.stringify([...now]) === JSON.stringify([...newTree])
        expect(isOld || isNew, `run ${i}: the folder is neither the old nor the new tree`).toBe(true)
        if (isOld) seen.old++
        else seen.new++
      }
      // the next successful run cleans up and leaves nothing beside the output folder
      expect(render(NEW_SPEC, out).status).toBe(0)
      expect(readdirSync(parent)).toEqual(['out'])
      expect(snapshot(out)).toEqual(newTree)
    }
    console.log(`atomic: ${seen.old} old, ${seen.new} new, ${seen.recovered} recovered after 20 kills`)
  }, 300_000)
})
