/**
 * The project README's promises, run as a user would: its example spec, saved as deploy/topology.yaml,
 * passes every `run:` step of its GitHub Actions example (after the render it tells you to commit).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = new URL('../../', import.meta.url).pathname
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const work = mkdtempSync(join(tmpdir(), 'wso2cfg-readme-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** The first fenced block of `lang` after the heading `title`. */
function block(title: string, lang: string): string {
  const at = readme.indexOf(`\n## ${title}\n`)
  expect(at, `README has a "## ${title}" section`).toBeGreaterThan(0)
  const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(readme.slice(at))
  expect(m?.[1], `a ${lang} block under "${title}"`).toBeDefined()
  return m![1]!
}

const sh = (command: string) => {
  const r = spawnSync('sh', ['-c', command], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_offline: 'true' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('README: Use in CI', () => {
  it("the example spec passes the workflow's steps", () => {
    // A repository with wso2cfg in its devDependencies: npx finds node_modules/.bin/wso2cfg.
    writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'deploy-config', private: true, devDependencies: { wso2cfg: '*' } }))
    mkdirSync(join(work, 'node_modules', '.bin'), { recursive: true })
    symlinkSync(join(root, 'bin', 'wso2cfg.js'), join(work, 'node_modules', '.bin', 'wso2cfg'))
    mkdirSync(join(work, 'deploy'))
    writeFileSync(join(work, 'deploy', 'topology.yaml'), block('The topology spec', 'yaml'))

    const commit = /run `(wso2cfg render deploy\/topology\.yaml -o deploy\/out)` locally and\s+commit the result/.exec(readme)?.[1]
    expect(commit).toBeDefined()
    const first = sh(`npx ${commit}`)
    expect(first.code, first.stderr).toBe(0)

    const steps = [...block('Use in CI', 'yaml').matchAll(/^\s+(?:- )?run: (.+)$/gm)].map((m) => m[1]!).filter((c) => c !== 'npm ci')
    expect(steps.filter((c) => c.startsWith('npx wso2cfg ')).length).toBeGreaterThanOrEqual(3)
    for (const step of steps) {
      const r = sh(step)
      expect(r.code, `${step}\n${r.stderr}`).toBe(0)
      expect(r.stderr, step).not.toMatch(/ (error|warning) /)
    }
  })
})
