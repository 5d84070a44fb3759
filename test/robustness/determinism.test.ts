/**
 * Determinism: the same spec with every mapping's keys shuffled, written as YAML, JSON and TOML,
 * renders byte-identical trees (MANIFEST.json included); two runs render identical trees.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stringify as toToml } from 'smol-toml'
import { parse, stringify as toYaml } from 'yaml'
import { afterAll, describe, expect, it } from 'vitest'
import { fixtureCases, FIXTURES } from '../helpers/golden.js'
import { renderInProcess } from '../helpers/inprocess.js'
import { Random } from '../helpers/random.js'

const work = mkdtempSync(join(tmpdir(), 'wso2cfg-determinism-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function shuffleKeys(v: unknown, r: Random): unknown {
  if (Array.isArray(v)) return v.map((x) => shuffleKeys(x, r))
  if (v && typeof v === 'object') {
    const entries = Object.entries(v)
    for (let i = entries.length - 1; i > 0; i--) {
      const j = r.int(i + 1)
      ;[entries[i], entries[j]] = [entries[j]!, entries[i]!]
    }
    return Object.fromEntries(entries.map(([k, x]) => [k, shuffleKeys(x, r)]))
  }
  return v
}

describe('determinism', () => {
  for (const name of fixtureCases()) {
    it(`${name}: YAML, JSON and TOML with shuffled keys render the same bytes`, async () => {
      const source = join(FIXTURES, name, 'topology.yaml')
      const data = parse(readFileSync(source, 'utf8')) as Record<string, unknown>
      const r = new Random(name.length * 7919)
      const variants: [string, string][] = [
        ['a.yaml', toYaml(shuffleKeys(data, r))],
        ['b.json', JSON.stringify(shuffleKeys(data, r), null, 1)],
        ['c.toml', toToml(shuffleKeys(data, r) as Record<string, unknown>)],
      ]
      const reference = await renderInProcess(source)
      expect(reference.code, String((reference.error as Error)?.message)).toBe(0)
      const again = await renderInProcess(source)
      expect([...again.files!]).toEqual([...reference.files!])
      for (const [file, text] of variants) {
        const path = join(work, `${name}-${file}`)
        writeFileSync(path, text)
        const got = await renderInProcess(path)
        expect(got.code, `${file}: ${String((got.error as Error)?.message)}`).toBe(0)
        expect([...got.files!.keys()]).toEqual([...reference.files!.keys()])
        for (const [p, content] of reference.files!) expect(got.files!.get(p), `${file} ${p}`).toBe(content)
      }
    })
  }
})
