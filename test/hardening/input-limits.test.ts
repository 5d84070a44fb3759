/**
 * The spec is read with a size limit from the first byte, only from a regular file or standard
 * input, and a spec that breaks the schema everywhere gets a bounded list of findings. Through the
 * built CLI.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const CLI = new URL('../../bin/wso2cfg.js', import.meta.url).pathname
const TMP = mkdtempSync(join(tmpdir(), 'wso2cfg-limits-'))
afterAll(() => rmSync(TMP, { recursive: true, force: true }))

const SPEC = ['name: a', 'platform: apim-2.6.0', 'pattern: single-node', 'nodes:', '  - { name: a, role: all-in-one, host: 10.0.0.1 }', ''].join('\n')

function run(args: string[], stdin: number | 'ignore' = 'ignore'): { status: number | null; stderr: string; signal: NodeJS.Signals | null } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 30_000, stdio: [stdin, 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } })
  return { status: r.status, stderr: r.stderr, signal: r.signal }
}

const rulesOf = (stderr: string): string[] => [...stderr.matchAll(/ error [^\n]*\[([a-z0-9/-]+)\]/g)].map((m) => m[1]!)

describe('reading the spec', () => {
  it('refuses a FIFO without waiting for a writer', () => {
    const fifo = join(TMP, 'spec.yaml')
    execFileSync('mkfifo', [fifo])
    const r = run(['validate', fifo])
    expect(r.signal, 'the run must end by itself').toBeNull()
    expect(r.status).toBe(2)
    expect(rulesOf(r.stderr)).toEqual(['load/not-a-file'])
  })

  it('refuses a device such as /dev/zero instead of reading it without end', () => {
    const r = run(['validate', '/dev/zero'])
    expect(r.signal).toBeNull()
    expect(r.status).toBe(2)
    expect(rulesOf(r.stderr)).toEqual(['load/not-a-file'])
  })

  it('stops reading standard input at the limit', () => {
    const zero = openSync('/dev/zero', 'r')
    try {
      const r = run(['validate', '-'], zero)
      expect(r.signal).toBeNull()
      expect(r.status).toBe(2)
      expect(rulesOf(r.stderr)).toEqual(['load/too-large'])
    } finally {
      closeSync(zero)
    }
  })

  it('refuses a regular file over the limit, and reads one under it', () => {
    const big = join(TMP, 'big.yaml')
    writeFileSync(big, SPEC + '#'.repeat(2 * 1024 * 1024))
    const r = run(['validate', big])
    expect(r.status).toBe(2)
    expect(rulesOf(r.stderr)).toEqual(['load/too-large'])
    const ok = join(TMP, 'ok.yaml')
    writeFileSync(ok, SPEC + '#'.repeat(512 * 1024) + '\n')
    expect(rulesOf(run(['validate', ok]).stderr)).not.toContain('load/too-large')
  })

  it('reads a spec from standard input under the limit', () => {
    const file = join(TMP, 'in.yaml')
    writeFileSync(file, SPEC)
    const fd = openSync(file, 'r')
    try {
      const r = run(['validate', '-'], fd)
      expect(rulesOf(r.stderr).filter((x) => !x.startsWith('topology/'))).toEqual([])
    } finally {
      closeSync(fd)
    }
  })
})

describe('schema findings', () => {
  it('reports 50 findings and then one saying there are more, for 50,000 unknown keys', () => {
    const file = join(TMP, 'unknown.yaml')
    writeFileSync(file, SPEC + Array.from({ length: 50_000 }, (_, i) => `k${i}: 1`).join('\n') + '\n')
    const r = run(['validate', file])
    expect(r.status).toBe(2)
    const rules = rulesOf(r.stderr)
    expect(rules).toHaveLength(51)
    expect(rules.slice(0, 50).every((x) => x === 'schema/unknown-key')).toBe(true)
    expect(rules[50]).toBe('schema/too-many-errors')
    expect(r.stderr).toContain('/k49: unknown key "k49"')
    expect(r.stderr).not.toContain('"k50"')
  }, 60_000)

  it('reports every finding when there are 50 or fewer', () => {
    const file = join(TMP, 'few.yaml')
    writeFileSync(file, SPEC + Array.from({ length: 50 }, (_, i) => `k${i}: 1`).join('\n') + '\n')
    const rules = rulesOf(run(['validate', file]).stderr)
    expect(rules).toHaveLength(50)
    expect(rules).not.toContain('schema/too-many-errors')
  })
})
