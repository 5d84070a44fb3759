/**
 * The bad-spec corpus through the real CLI: `render` exits 2, prints located diagnostics (no stack
 * trace) and writes nothing.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const DIR = fileURLToPath(new URL('./bad-specs/', import.meta.url))
const CLI = fileURLToPath(new URL('../../bin/wso2cfg.js', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'wso2cfg-bad-cli-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('bad specs through the CLI', () => {
  it.each(readdirSync(DIR).sort())('%s: exit 2, located message, nothing written', (file) => {
    const out = join(work, file.replace(/\W/g, '_'))
    const r = spawnSync(process.execPath, [CLI, 'render', join(DIR, file), '-o', out], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
    expect(r.status, r.stderr).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}:\\d+:\\d+ error /`))
    expect(r.stderr).not.toMatch(/\n\s+at \S/)
    expect(existsSync(out)).toBe(false)
  })
})
