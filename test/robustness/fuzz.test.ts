/**
 * Fuzz: mutate every fixture spec; every case must end as the CLI's exit 0 (complete output) or 2
 * (located diagnostics, nothing written) — never an internal error — and within 2 s.
 * FUZZ_CASES sets the count (default 2000; `npm run fuzz` runs 20000), FUZZ_SEED replays a run.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { afterAll, describe, expect, it } from 'vitest'
import { SpecError } from '../../src/diagnostics/diagnostic.js'
import { fixtureCases, FIXTURES } from '../helpers/golden.js'
import { renderInProcess } from '../helpers/inprocess.js'
import { Random } from '../helpers/random.js'
import { mutateData, mutateText } from './mutate.js'

const CASES = Number(process.env.FUZZ_CASES ?? 2000)
const SEED = Number(process.env.FUZZ_SEED ?? 20261122)
const work = mkdtempSync(join(tmpdir(), 'wso2cfg-fuzz-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('fuzz', () => {
  it(`${CASES} mutated specs end in exit 0 or 2, never an internal error, never a partial output`, async () => {
    const sources = fixtureCases().map((c) => readFileSync(join(FIXTURES, c, 'topology.yaml'), 'utf8'))
    expect(sources.length).toBeGreaterThan(5)
    const r = new Random(SEED)
    const tally = { ok: 0, invalid: 0, slowest: 0 }
    for (let i = 0; i < CASES; i++) {
      const text = r.pick(sources)
      const mutated = r.chance(0.75) ? mutateData(parse(text), r) : mutateText(text, r)
      const file = join(work, `case-${i}.yaml`)
      writeFileSync(file, mutated)
      const t0 = performance.now()
      const outcome = await renderInProcess(file)
      const ms = performance.now() - t0
      tally.slowest = Math.max(tally.slowest, ms)
      if (outcome.code === 70) {
        throw new Error(`case ${i} (seed ${SEED}) ended in an internal error:\n${(outcome.error as Error)?.stack}\n--- spec ---\n${mutated.slice(0, 2000)}`)
      }
      if (outcome.code === 2) {
        tally.invalid++
        expect(outcome.wrote, `case ${i}: nothing may be written on invalid input`).toBe(false)
        if (outcome.error instanceof SpecError) {
          for (const d of outcome.error.diagnostics) {
            expect(d.message.length, `case ${i}: every diagnostic says something`).toBeGreaterThan(0)
            expect(d.message, `case ${i}: no stack trace in a diagnostic`).not.toMatch(/\n\s+at /)
          }
        }
      } else {
        tally.ok++
        expect(outcome.wrote).toBe(true)
      }
    }
    // the mutations must exercise both outcomes, or the test proves little
    expect(tally.invalid).toBeGreaterThan(CASES / 10)
    expect(tally.ok).toBeGreaterThan(0)
    console.log(`fuzz: ${CASES} cases, ${tally.ok} rendered, ${tally.invalid} rejected, slowest ${tally.slowest.toFixed(0)} ms`)
  }, 600_000)
})
