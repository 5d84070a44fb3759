/**
 * Secrets never reach stdout or stderr: not from validate, plan (--json masks them), ports, render,
 * diagram or lint, and not from error messages about the very fields that hold them.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = new URL('../../', import.meta.url).pathname
const CLI = join(ROOT, 'bin', 'wso2cfg.js')
const work = mkdtempSync(join(tmpdir(), 'wso2cfg-secrets-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const SECRETS = ['Db-Pa55-7f3a', 'Adm1n-Pa55-91c2', 'Tenant-Pa55-55aa', 'Mgw-Secret-0b0b', 'Okta-Key-3c3c']

const legacy = `name: secrets-26
platform: apim-2.6.0
pattern: active-active
keyManager: { type: is-km, loadBalancer: { host: km.example.com } }
database: { type: mysql, host: db.example.com, username: wso2, password: "${SECRETS[0]}" }
admin: { username: boss, password: "${SECRETS[1]}" }
loadBalancer: { host: apim.example.com }
nodes:
  - { name: apim-1, role: all-in-one, host: 10.0.0.1 }
  - { name: apim-2, role: all-in-one, host: 10.0.0.2 }
  - { name: km-1, role: key-manager, host: 10.0.0.3 }
  - { name: km-2, role: key-manager, host: 10.0.0.4 }
`

const modern = `name: secrets-47
platform: apim-4.7.0
pattern: single-node
keyManager: { type: is7 }
database: { type: postgresql, host: db.example.com, username: wso2, password: "${SECRETS[0]}" }
admin: { username: boss, password: "${SECRETS[1]}" }
tenantSharing: { direction: apim-to-is, username: boss, password: "${SECRETS[2]}" }
nodes:
  - { name: apim, role: all-in-one, host: 10.0.0.1 }
  - { name: is, role: key-manager, host: 10.0.0.2 }
  - name: mgw
    role: microgateway
    host: 10.0.0.3
    microgateway:
      security:
        oauth2:
          enabled: true
          tokenUrl: https://10.0.0.2:9443/oauth2/token
          grant: { type: client-credentials, clientId: mgw, clientSecret: "${SECRETS[3]}" }
`

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: r.status, text: r.stdout + r.stderr, stdout: r.stdout }
}

function expectNoSecret(text: string, what: string) {
  for (const s of SECRETS) expect(text.includes(s), `${what} printed a secret`).toBe(false)
}

describe('secrets', () => {
  for (const [name, spec] of [['legacy', legacy], ['modern', modern]] as const) {
    it(`${name}: no command prints a secret value`, () => {
      const file = join(work, `${name}.yaml`)
      writeFileSync(file, spec)
      const out = join(work, `${name}-out`)
      const runs: [string, string[]][] = [
        ['validate', ['validate', file]],
        ['validate --json', ['validate', file, '--json']],
        ['plan', ['plan', file]],
        ['plan --json', ['plan', file, '--json']],
        ['ports', ['ports', file]],
        ['render', ['render', file, '-o', out]],
        ['render --json', ['render', file, '-o', out, '--json']],
        ['diagram', ['diagram', file]],
        ['lint', ['lint', out]],
      ]
      for (const [what, args] of runs) {
        const r = cli(...args)
        expect([0, 1], `${what}: ${r.text}`).toContain(r.code)
        expectNoSecret(r.text, what)
      }
      expect(existsSync(join(out, 'MANIFEST.json'))).toBe(true)
      const plan = JSON.parse(cli('plan', file, '--json').stdout)
      expect(JSON.stringify(plan)).toContain('********')
    })
  }

  it('error messages about secret fields do not repeat the value', () => {
    const broken = [
      legacy.replace(`password: "${SECRETS[0]}"`, `password: "${SECRETS[0]}\\u0001"`), // a character XML cannot carry
      legacy.replace(`password: "${SECRETS[1]}"`, `password: ["${SECRETS[1]}"]`), // wrong type
      modern.replace(`clientSecret: "${SECRETS[3]}"`, `clientSecret: "${SECRETS[3]}", clientScret: "${SECRETS[3]}"`), // unknown key beside it
    ]
    for (const [i, text] of broken.entries()) {
      const file = join(work, `broken-${i}.yaml`)
      writeFileSync(file, text)
      for (const args of [['validate', file], ['validate', file, '--json'], ['render', file, '-o', join(work, `never-${i}`)]]) {
        const r = cli(...args)
        expect(r.code, r.text).toBe(2)
        expectNoSecret(r.text, `${args.join(' ')} on broken spec ${i}`)
      }
      expect(existsSync(join(work, `never-${i}`))).toBe(false)
    }
  })

  it('warns about default credentials in a multi-node topology', () => {
    const file = join(work, 'defaults.yaml')
    writeFileSync(file, legacy.replace(`password: "${SECRETS[1]}"`, 'password: admin').replace('username: boss', 'username: admin').replace(`password: "${SECRETS[0]}"`, 'password: wso2carbon'))
    const r = cli('validate', file)
    expect(r.code).toBe(0)
    expect(r.text).toMatch(/warning/)
    expect(r.text).toMatch(/default/i)
    expect(cli('validate', file, '--strict').code).toBe(2)
  })
})
