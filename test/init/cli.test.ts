/** `wso2cfg init` and `wso2cfg diagram` through the built CLI: exit codes, files written, no overwrite without --force. */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkMermaid } from '../../src/render/docs/mermaid-check.js'

const CLI = new URL('../../bin/wso2cfg.js', import.meta.url).pathname
const work = mkdtempSync(join(tmpdir(), 'wso2cfg-init-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input: '', env: { ...process.env, NO_COLOR: '1' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('wso2cfg init --yes', () => {
  it('writes a spec that validates and renders README, diagram and database setup', () => {
    const spec = join(work, 'dist.yaml')
    const r = cli('init', '--platform', 'apim-2.6.0', '--pattern', 'distributed', '--yes', '-o', spec)
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toMatch(/^wrote .*dist\.yaml: apim-2\.6\.0 distributed, 6 nodes; next: wso2cfg render/m)
    expect(readFileSync(spec, 'utf8')).toMatch(/^# yaml-language-server: \$schema=\S+schemas\/topology\.schema\.json\n/)
    expect(cli('validate', spec).code).toBe(0)
    const out = join(work, 'out')
    const rendered = cli('render', spec, '-o', out)
    expect(rendered.code, rendered.stderr).toBe(0)
    for (const f of ['README.md', 'topology.mmd', 'database/mysql-setup.sql']) expect(existsSync(join(out, f)), f).toBe(true)
  })

  it('refuses to overwrite an existing file without --force (exit 2), replaces it with --force', () => {
    const spec = join(work, 'keep.yaml')
    writeFileSync(spec, 'mine\n')
    const r = cli('init', '--yes', '-o', spec)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('exists; use --force')
    expect(readFileSync(spec, 'utf8')).toBe('mine\n')
    expect(cli('init', '--yes', '--force', '-o', spec).code).toBe(0)
    expect(readFileSync(spec, 'utf8')).toContain('platform: apim-4.7.0')
  })

  it('writes JSON for spec.json and TOML for spec.toml, each valid and rendering the same plan as YAML', async () => {
    const { parse: parseToml } = await import('smol-toml')
    const plans: string[] = []
    for (const ext of ['yaml', 'json', 'toml']) {
      const spec = join(work, `fmt-${ext}.${ext}`)
      const r = cli('init', '--platform', 'apim-4.7.0', '--pattern', 'distributed', '--yes', '-o', spec)
      expect(r.code, r.stderr).toBe(0)
      const text = readFileSync(spec, 'utf8')
      if (ext === 'json') expect((JSON.parse(text) as { $schema: string; platform: string }).platform).toBe('apim-4.7.0')
      if (ext === 'toml') {
        expect(text).toMatch(/^#:schema \S+schemas\/topology\.schema\.json\n/)
        expect((parseToml(text) as { platform: string }).platform).toBe('apim-4.7.0')
      }
      expect(cli('validate', spec).code).toBe(0)
      const plan = cli('plan', spec, '--json')
      expect(plan.code, plan.stderr).toBe(0)
      plans.push(JSON.stringify((JSON.parse(plan.stdout) as { plan?: unknown; topology?: unknown }).plan ?? JSON.parse(plan.stdout)).replace(/fmt-(yaml|json|toml)\.\1/g, 'fmt'))
    }
    expect(plans[1]).toBe(plans[0])
    expect(plans[2]).toBe(plans[0])
  })

  it('rejects an unknown pattern, and questions without a terminal (exit 2)', () => {
    const bad = cli('init', '--yes', '--pattern', 'cluster', '-o', join(work, 'x.yaml'))
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--pattern must be one of single-node, active-active, distributed')
    const noTty = cli('init', '-o', join(work, 'y.yaml'))
    expect(noTty.code).toBe(2)
    expect(noTty.stderr).toContain('needs a terminal')
    expect(existsSync(join(work, 'x.yaml')) || existsSync(join(work, 'y.yaml'))).toBe(false)
  })
})

describe('wso2cfg diagram', () => {
  it('prints the Mermaid flowchart on stdout', () => {
    const spec = new URL('../../fixtures/26-distributed-rsync/topology.yaml', import.meta.url).pathname
    const r = cli('diagram', spec)
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain('flowchart LR')
    expect(checkMermaid(r.stdout)).toEqual([])
  })
  it('says in its help why there is no SVG output', () => {
    expect(cli('diagram', '--help').stdout).toMatch(/No --format svg/)
  })
})
