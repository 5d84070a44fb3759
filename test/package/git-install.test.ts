/**
 * Installing from git, as the README's Install section says: npm clones the repository, installs its
 * devDependencies, runs `prepare` (which builds dist/bundle, ignored by git) and links the bin.
 * The repository here is this checkout's committed HEAD, reached through a file:// URL.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = new URL('../../', import.meta.url).pathname
const tmp = mkdtempSync(join(tmpdir(), 'wso2cfg-git-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('npm install from a git URL', () => {
  it('builds on install, and npx wso2cfg --version prints the package version', () => {
    const project = join(tmp, 'project')
    spawnSync('mkdir', ['-p', project])
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'uses-wso2cfg', version: '1.0.0', private: true }))
    const env = { ...process.env, NO_COLOR: '1' }
    const installed = spawnSync('npm', ['install', '--save-dev', `git+file://${root.replace(/\/$/, '')}`, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: project,
      encoding: 'utf8',
      env,
    })
    expect(installed.stderr).not.toMatch(/ERR/)
    expect(installed.status).toBe(0)
    expect(existsSync(join(project, 'node_modules', 'wso2cfg', 'dist', 'bundle', 'main.js'))).toBe(true)
    const version = spawnSync('npx', ['--no-install', 'wso2cfg', '--version'], { cwd: project, encoding: 'utf8', env })
    expect(version.status).toBe(0)
    const { version: expected } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
    expect(version.stdout.trim()).toBe(expected)
  }, 300_000)
})
