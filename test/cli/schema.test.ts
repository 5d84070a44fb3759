/** The schema's stable reference: its $id under the repository, `init` pointing at it, `schema --write`. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = new URL('../../', import.meta.url)
const CLI = new URL('bin/wso2cfg.js', root).pathname
const work = mkdtempSync(join(tmpdir(), 'wso2cfg-schema-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
const schema = JSON.parse(readFileSync(new URL('schemas/topology.schema.json', root), 'utf8')) as { $id: string }

describe('schema reference', () => {
  it('has an $id that is the file in the repository package.json names', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { repository: { url: string } }
    const repo = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')
    expect(repo).toBe('https://github.com/wso2cfg/wso2cfg')
    expect(schema.$id).toBe('https://raw.githubusercontent.com/wso2cfg/wso2cfg/main/schemas/topology.schema.json')
  })

  it('init writes the published URL, not a path into the local install', () => {
    const spec = join(work, 'sub', 'topology.yaml')
    spawnSync('mkdir', ['-p', join(work, 'sub')])
    expect(cli('init', '--yes', '-o', spec).code).toBe(0)
    expect(readFileSync(spec, 'utf8').split('\n')[0]).toBe(`# yaml-language-server: $schema=${schema.$id}`)
  })
})

describe('wso2cfg schema --write', () => {
  it('writes the schema that `wso2cfg schema` prints, and reports a second run as up to date', () => {
    const printed = cli('schema')
    expect(printed.code).toBe(0)
    const r = cli('schema', '--write', 'topology.schema.json')
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toMatch(/^written topology\.schema\.json$/m)
    expect(readFileSync(join(work, 'topology.schema.json'), 'utf8')).toBe(printed.stdout)
    const again = cli('schema', '--write', 'topology.schema.json')
    expect(again.code).toBe(0)
    expect(again.stderr).toContain('is up to date')
  })

  it('replaces an earlier copy of the schema (same $id)', () => {
    writeFileSync(join(work, 'old.json'), JSON.stringify({ $id: schema.$id, title: 'an older copy' }))
    const r = cli('schema', '--write', 'old.json')
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toMatch(/^replaced old\.json$/m)
    expect(JSON.parse(readFileSync(join(work, 'old.json'), 'utf8'))).toEqual(schema)
  })

  it('refuses to overwrite any other file: exit 2, a message, the file untouched', () => {
    for (const [name, text] of [['mine.json', '{"$id":"https://example.com/other.json"}'], ['notes.txt', 'my notes\n']] as const) {
      writeFileSync(join(work, name), text)
      const r = cli('schema', '--write', name)
      expect(r.code).toBe(2)
      expect(r.stderr).toContain(`${name} exists and is not a schema written by wso2cfg`)
      expect(r.stderr).not.toMatch(/\n\s+at /)
      expect(readFileSync(join(work, name), 'utf8')).toBe(text)
    }
    const missing = cli('schema', '--write', 'no/such/dir/s.json')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('its folder does not exist')
  })
})
