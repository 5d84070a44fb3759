/**
 * --json on validate, plan, ports, render --check and lint: exactly one JSON document on stdout,
 * with the documented top-level keys (docs/json-output.md); on invalid input the failure document
 * on stdout and the human text on stderr.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = new URL('../../', import.meta.url).pathname
const SPEC = join(ROOT, 'fixtures/47-all-in-one/topology.yaml')
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/wso2cfg.js'), ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}
const work = mkdtempSync(join(tmpdir(), 'wso2cfg-json-'))
const out = join(work, 'out')
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Parses stdout as one JSON document (JSON.parse rejects anything after it). */
const doc = (stdout: string): Record<string, unknown> => JSON.parse(stdout) as Record<string, unknown>

describe('--json documents', () => {
  it('validate, plan, ports, render, render --check and lint print their documented keys', () => {
    const cases: [string[], number, string[]][] = [
      [['validate', SPEC, '--json'], 0, ['ok', 'name', 'platform', 'pattern', 'nodes', 'diagnostics']],
      [['plan', SPEC, '--json'], 0, ['ok', 'diagnostics', 'plan']],
      [['ports', SPEC, '--json'], 0, ['ok', 'hosts', 'collisions', 'diagnostics']],
      [['render', SPEC, '-o', out, '--json'], 0, ['ok', 'output', 'nodes', 'files', 'diagnostics', 'dryRun', 'atomic', 'written', 'unchanged', 'removed', 'kept', 'secret', 'recovered']],
      [['render', SPEC, '-o', out, '--check', '--json'], 0, ['ok', 'folder', 'identical', 'rendered', 'changed', 'missing', 'unexpected', 'kept', 'skipped', 'info', 'diagnostics']],
      [['lint', out, '--json'], 0, ['ok', 'folder', 'layout', 'nodes', 'files', 'findings', 'errors', 'warnings']],
    ]
    for (const [args, status, keys] of cases) {
      const r = cli(...args)
      expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(status)
      const d = doc(r.stdout)
      expect(Object.keys(d), args.join(' ')).toEqual(keys)
      expect(d.ok, args.join(' ')).toBe(true)
    }
    const plan = doc(cli('plan', SPEC, '--json').stdout).plan as { name: string; nodes: unknown[] }
    expect(plan.name).toBe('aio-47')
    expect(plan.nodes).toHaveLength(1)
  })

  it('invalid input: the failure document on stdout, the diagnostics as text on stderr, exit 2', () => {
    const bad = join(work, 'bad.yaml')
    writeFileSync(bad, 'name: x\nplatform: apim-2.6.0\npattern: single-node\nnodes: []\nextra: 1\n')
    for (const args of [['validate', bad, '--json'], ['plan', bad, '--json'], ['ports', bad, '--json'], ['render', bad, '-o', out, '--check', '--json']]) {
      const r = cli(...args)
      expect(r.status, args.join(' ')).toBe(2)
      const d = doc(r.stdout)
      expect(Object.keys(d)).toEqual(['ok', 'error', 'diagnostics'])
      expect(d.ok).toBe(false)
      expect((d.diagnostics as { file: string; line: number }[]).length).toBeGreaterThan(0)
      expect(r.stderr).toMatch(/bad\.yaml:\d+:\d+ error/)
    }
  })

  it('usage errors too: unknown options and missing arguments', () => {
    for (const args of [['lint', '--json'], ['validate', SPEC, '--json', '--bogus']]) {
      const r = cli(...args)
      expect(r.status).toBe(2)
      expect(doc(r.stdout)).toEqual({ ok: false, error: expect.any(String), diagnostics: [] })
      expect(r.stderr).toMatch(/error:/)
    }
  })
})
