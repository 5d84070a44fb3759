/** `render -o <link>`: an output folder that is a symbolic link is refused with a message saying so, and nothing is written. */
import { spawnSync } from 'node:child_process'
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'

const ROOT = new URL('../../', import.meta.url).pathname
const CLI = join(ROOT, 'bin/wso2cfg.js')
const SPEC = join(ROOT, 'fixtures/26-distributed-rsync/topology.yaml')

describe('render into a symbolic link', () => {
  for (const [label, suffix, extra] of [
    ['plain', '', []],
    ['with a trailing slash', '/', []],
    ['with --force', '', ['--force']],
  ] as const) {
    it(`is refused ${label} (exit 2), the link and its target untouched`, () => {
      const tmp = mkdtempSync(join(tmpdir(), 'wso2cfg-link-'))
      onTestFinished(() => rmSync(tmp, { recursive: true, force: true }))
      mkdirSync(join(tmp, 'real'))
      symlinkSync('real', join(tmp, 'out'))
      const r = spawnSync(process.execPath, [CLI, 'render', SPEC, '-o', join(tmp, 'out') + suffix, ...extra], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
      expect(r.status).toBe(2)
      expect(r.stderr).toContain(`output folder ${join(tmp, 'out')} is a symbolic link; give the folder it points to (${join(tmp, 'real')}) instead`)
      expect(r.stderr).not.toMatch(/at \S+\.js:\d+/)
      expect(lstatSync(join(tmp, 'out')).isSymbolicLink()).toBe(true)
      expect(readlinkSync(join(tmp, 'out'))).toBe('real')
      expect(readdirSync(join(tmp, 'real'))).toEqual([])
      expect(readdirSync(tmp).sort()).toEqual(['out', 'real'])
    })
  }
})
