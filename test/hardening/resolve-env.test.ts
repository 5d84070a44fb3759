/**
 * `--resolve-env`: the values substituted from the environment are validated again with the same
 * schema and rules as the spec. An error names the variable and the field, never the value (it may
 * be a secret). Through the built CLI.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const CLI = new URL('../../bin/wso2cfg.js', import.meta.url).pathname
const TMP = mkdtempSync(join(tmpdir(), 'wso2cfg-env-'))
afterAll(() => rmSync(TMP, { recursive: true, force: true }))

const SPEC = join(TMP, 'topology.yaml')
writeFileSync(
  SPEC,
  `name: acme
platform: apim-2.6.0
pattern: active-active
database: { type: mysql, host: "$env{DBH}", username: "$env{DBU}", password: "$env{DBP}" }
admin: { password: admin-pw }
loadBalancer: { host: apim.acme.io }
nodes:
  - { name: apim-1, role: all-in-one, host: 10.0.0.11 }
  - { name: apim-2, role: all-in-one, host: 10.0.0.12 }
`,
)

const GOOD = { DBH: 'db.acme.io', DBU: 'wso2', DBP: 'Db-Pw-1' }

function run(command: string, env: Record<string, string>, extra: string[] = []) {
  const r = spawnSync(process.execPath, [CLI, command, '--resolve-env', SPEC, ...extra], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env } })
  return { status: r.status, out: r.stdout + r.stderr }
}

describe('--resolve-env validates the substituted values', () => {
  it('accepts good values and renders them', () => {
    const out = join(TMP, 'out-good')
    const r = run('render', GOOD, ['-o', out])
    expect(r.status, r.out).toBe(0)
    expect(readFileSync(join(out, 'nodes/apim-1/repository/conf/datasources/master-datasources.xml'), 'utf8')).toContain('jdbc:mysql://db.acme.io:3306/')
  })

  it.each([
    ['an empty host', { DBH: '' }, 'DBH', '4:26 error /database/host', 'schema/any-of'],
    ['a host that smuggles JDBC URL options', { DBH: 'db:3306/x?allowLoadLocalInfile=true&a=' }, 'DBH', '4:26 error /database/host', 'schema/any-of'],
    ['an empty user name', { DBU: '' }, 'DBU', '4:45 error /database/username', 'schema/length'],
    // MySQL 8.0 manual, "Replication and User Name Length": at most 32 characters
    ['a user name longer than MySQL allows', { DBU: 'u'.repeat(33) }, 'DBU', '4:45 error /database/username', 'topology/database-identifier-length'],
    ['a control character in the password', { DBP: 'se\u0001cret-Value' }, 'DBP', '4:68 error /database/password', 'spec/env-control-character'],
    ['a line break in the password', { DBP: 'first\nsecond-Line' }, 'DBP', '4:68 error /database/password', 'spec/env-control-character'],
  ])('%s is exit 2, named by variable and field, the value not shown', (_, bad, name, where, rule) => {
    const env = { ...GOOD, ...bad }
    for (const command of ['validate', 'render']) {
      const out = join(TMP, `out-${name}-${command}`)
      const r = run(command, env, command === 'render' ? ['-o', out] : [])
      expect(r.status, r.out).toBe(2)
      expect(r.out).toContain(where)
      expect(r.out).toContain(`[${rule}]`)
      expect(r.out).toContain(name)
      const value = Object.values(bad)[0]!
      if (value.length > 0) expect(r.out).not.toContain(value)
      if (value.length > 8) expect(r.out).not.toContain(value.slice(0, 8))
      expect(r.out).not.toMatch(/internal error|\bat \S+ \(/)
    }
  })

  it('an unset variable is still reported by name', () => {
    const { DBP: _, ...rest } = GOOD
    const r = run('validate', rest)
    expect(r.status).toBe(2)
    expect(r.out).toMatch(/\/database\/password: .*DBP is not set \[spec\/env-unset\]/)
  })
})
