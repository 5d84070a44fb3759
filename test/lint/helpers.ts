/**
 * Lint test helpers: a fixture's rendered tree in a temporary folder (its golden expected/ copy
 * when present, else rendered in this process), edits that must hit, and findings by rule.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { expect, onTestFinished } from 'vitest'
import { lint, type LintFinding } from '../../src/lint/index.js'
import { check } from '../../src/pipeline.js'
import { render } from '../../src/render/index.js'
import { outputTree } from '../../src/write/manifest.js'

export const ROOT = new URL('../../', import.meta.url).pathname
export const FIXTURES = join(ROOT, 'fixtures')
const CLI = join(ROOT, 'bin/wso2cfg.js')

/** The output tree of a fixture case, copied into a fresh temporary folder (removed when the test ends). */
export async function caseTree(name: string): Promise<string> {
  const tmp = mkdtempSync(join(tmpdir(), `wso2cfg-lint-${name}-`))
  onTestFinished(() => rmSync(tmp, { recursive: true, force: true }))
  const dir = join(tmp, 'out')
  const expected = join(FIXTURES, name, 'expected')
  if (existsSync(expected)) {
    cpSync(expected, dir, { recursive: true })
    return dir
  }
  const checked = await check(join(FIXTURES, name, 'topology.yaml'))
  for (const [path, content] of outputTree(checked.topology, checked.loaded.data, render(checked.topology))) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}

/** Replaces the first occurrence (or every one, with `all`) of `from` in a file; fails when absent, so a broken edit cannot pass silently. */
export function edit(dir: string, rel: string, from: string | RegExp, to: string, all = false): void {
  const file = join(dir, rel)
  const text = readFileSync(file, 'utf8')
  const hit = typeof from === 'string' ? text.includes(from) : from.test(text)
  expect(hit, `${rel} should contain ${String(from)}`).toBe(true)
  const next = typeof from === 'string' ? (all ? text.split(from).join(to) : text.replace(from, () => to)) : text.replace(from, to)
  expect(next).not.toBe(text)
  writeFileSync(file, next)
}

export const read = (dir: string, rel: string): string => readFileSync(join(dir, rel), 'utf8')

/** 1-based line of the first line holding `needle`. */
export function lineOf(dir: string, rel: string, needle: string): number {
  const i = read(dir, rel).split('\n').findIndex((l) => l.includes(needle))
  expect(i, `${rel} should hold ${needle}`).toBeGreaterThanOrEqual(0)
  return i + 1
}

export const findings = (dir: string, rule: string): LintFinding[] => lint(dir).findings.filter((f) => f.rule === rule)

/** The findings of `rule` after breaking a tree, with a check that the unbroken tree had none. */
export async function broken(name: string, rule: string, breakIt: (dir: string) => void): Promise<{ dir: string; found: LintFinding[] }> {
  const dir = await caseTree(name)
  expect(findings(dir, rule), `${name} before the edit`).toEqual([])
  breakIt(dir)
  return { dir, found: findings(dir, rule) }
}

export function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}
