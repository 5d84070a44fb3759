/**
 * Through the built CLI: a rendered file that holds a literal secret of the spec (a database or admin
 * password, a client secret) is written with mode 0600 whatever the umask, and MANIFEST.json records
 * that mode; files without one keep the umask's mode, and `$secret{…}` references are not literals.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = new URL('../../', import.meta.url).pathname
const CLI = join(ROOT, 'bin', 'wso2cfg.js')
const work = mkdtempSync(join(tmpdir(), 'wso2cfg-modes-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const spec = (dbPassword: string) => `name: modes
platform: apim-2.6.0
pattern: single-node
keyManager: { type: resident }
database: { type: mysql, host: db.example.com, username: wso2, password: "${dbPassword}" }
admin: { username: boss, password: "Adm1n-Pa55-91c2" }
nodes:
  - { name: apim, role: all-in-one, host: 10.0.0.1 }
`

const modeOf = (p: string) => statSync(p).mode & 0o777

describe('modes of files that hold secrets', () => {
  it('writes them 0600 (umask 022 and 000 alike) and records it in MANIFEST.json', () => {
    const file = join(work, 'literal.yaml')
    writeFileSync(file, spec('Db-Pa55-7f3a'))
    for (const umask of ['022', '000']) {
      const out = join(work, `out-${umask}`)
      const r = spawnSync('sh', ['-c', `umask ${umask} && exec "$0" "$@"`, process.execPath, CLI, 'render', file, '-o', out], { encoding: 'utf8' })
      expect(r.status, r.stderr).toBe(0)
      const manifest = JSON.parse(readFileSync(join(out, 'MANIFEST.json'), 'utf8')) as { files: { path: string; mode?: string }[] }
      const marked = manifest.files.filter((f) => f.mode === '0600').map((f) => f.path)
      expect(marked).toContain('nodes/apim/repository/conf/datasources/master-datasources.xml')
      expect(marked).toContain('nodes/apim/repository/conf/user-mgt.xml')
      expect(marked).not.toContain('topology.mmd')
      for (const f of manifest.files) {
        const text = readFileSync(join(out, f.path), 'utf8')
        const holds = text.includes('Db-Pa55-7f3a') || text.includes('Adm1n-Pa55-91c2')
        expect(f.mode === '0600', `${f.path} holds a secret: ${holds}`).toBe(holds)
        expect(modeOf(join(out, f.path)), f.path).toBe(holds ? 0o600 : umask === '022' ? 0o644 : 0o666)
      }
      expect(r.stderr).toMatch(/\d+ files hold literal secrets and are written with mode 0600/)
    }
  })

  it('a password given as $secret{…} leaves the datasources file at the default mode', () => {
    const file = join(work, 'ref.yaml')
    writeFileSync(file, spec('$secret{db_password}'))
    const out = join(work, 'out-ref')
    const r = spawnSync(process.execPath, [CLI, 'render', file, '-o', out], { encoding: 'utf8' })
    expect(r.status, r.stderr).toBe(0)
    expect(modeOf(join(out, 'nodes/apim/repository/conf/datasources/master-datasources.xml'))).not.toBe(0o600)
  })
})

describe('stock values', () => {
  it('the stock pack passwords are not secrets: wso2carbon (carbon.xml key store) and admin (user-mgt.xml), API Manager 2.6.0 pack', async () => {
    const { secretValues } = await import('../../src/write/secrets.js')
    expect([...secretValues({ admin: { password: 'admin' }, keystore: { password: 'wso2carbon' }, database: { password: 'Db-Pa55' } })]).toEqual(['Db-Pa55'])
  })
})
