/** `wso2cfg lint` through the built CLI: the folder shapes it accepts, exit codes and --json. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { caseTree, cli, edit } from './helpers.js'

const USER_MGT = 'nodes/km-1/repository/conf/user-mgt.xml'

describe('wso2cfg lint', () => {
  it('reads a render output folder, a nodes/ tree, a node folder and a repository/conf folder', async () => {
    const dir = await caseTree('26-active-active-is-km-ha')
    edit(dir, USER_MGT, '>jdbc/WSO2UM_DB<', '>jdbc/WSO2UM_DBX<')
    const shapes: [string, string, number][] = [
      [dir, 'a render output folder', 4],
      [join(dir, 'nodes'), 'a nodes/ tree', 4],
      [join(dir, 'nodes/km-1'), 'a node folder', 1],
      [join(dir, 'nodes/km-1/repository/conf'), 'a configuration folder', 1],
    ]
    for (const [folder, shape, nodes] of shapes) {
      const r = cli('lint', folder)
      expect(r.status, `${folder}: ${r.stderr}`).toBe(1)
      expect(r.stderr).toContain(`of ${nodes} node${nodes === 1 ? '' : 's'} (${folder}, read as ${shape})`)
      expect(r.stdout).toMatch(new RegExp(`^${join(dir, USER_MGT).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ error: .*jdbc/WSO2UM_DBX.*\\[legacy/jndi-undefined\\]$`, 'm'))
    }
  })

  it('exits 0 on a clean folder and 2 on a folder that does not exist', async () => {
    const clean = cli('lint', await caseTree('47-all-in-one'))
    expect(clean.status, clean.stderr).toBe(0)
    expect(clean.stdout).toBe('')
    expect(clean.stderr).toMatch(/^0 errors/)
    const missing = cli('lint', join(tmpdir(), 'wso2cfg-lint-no-such-folder', 'nope'))
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/does not exist/)
  })

  it('exits 2 on a folder with nothing to lint, saying what it looked for (a mistyped path must not pass)', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'wso2cfg-lint-empty-'))
    try {
      const empty = join(tmp, 'empty')
      mkdirSync(empty)
      const other = join(tmp, 'other')
      mkdirSync(join(other, 'conf'), { recursive: true })
      writeFileSync(join(other, 'pom.xml'), '<project/>\n')
      writeFileSync(join(other, 'conf', 'settings.toml'), 'a = 1\n')
      for (const dir of [empty, other, '/etc']) {
        const r = cli('lint', dir)
        expect(r.status, `${dir}: ${r.stdout}${r.stderr}`).toBe(2)
        expect(r.stderr).toContain(`wso2cfg: nothing to lint in ${dir}: no configuration file found (looked for deployment.toml, micro-gw.conf, carbon.xml`)
        const j = cli('lint', dir, '--json')
        expect(j.status).toBe(2)
        expect(JSON.parse(j.stdout)).toMatchObject({ ok: false, error: expect.stringContaining('nothing to lint') })
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  })

  it('--json: one document on stdout; with an unknown folder, the error document and the text on stderr', async () => {
    const dir = await caseTree('26-active-active-is-km-ha')
    edit(dir, USER_MGT, '>jdbc/WSO2UM_DB<', '>jdbc/WSO2UM_DBX<')
    const r = cli('lint', dir, '--json')
    expect(r.status).toBe(1)
    const doc = JSON.parse(r.stdout) as { ok: boolean; layout: string; errors: number; nodes: unknown[]; findings: Record<string, unknown>[] }
    expect(doc).toMatchObject({ ok: false, folder: dir, layout: 'output', errors: 1 })
    expect(doc.nodes).toHaveLength(4)
    expect(doc.findings).toEqual([
      { file: join(dir, USER_MGT), line: expect.any(Number), col: expect.any(Number), rule: 'legacy/jndi-undefined', severity: 'error', message: expect.stringContaining('jdbc/WSO2UM_DBX'), hint: expect.stringContaining('did you mean jdbc/WSO2UM_DB?') },
    ])
    const gone = cli('lint', join(dir, 'nope'), '--json')
    expect(gone.status).toBe(2)
    expect(JSON.parse(gone.stdout)).toEqual({ ok: false, error: expect.stringContaining('does not exist'), diagnostics: [] })
    expect(gone.stderr).toMatch(/^wso2cfg: cannot lint/)
  })
})
