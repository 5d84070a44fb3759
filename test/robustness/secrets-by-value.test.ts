/**
 * Secrets are masked by value, not by key name, in everything meant for a terminal or a log: plan
 * (text and --json), validate, error messages, render --json and the diffs of render --check. The
 * values: a keystore password of a third-party key manager (APIKeyManager/Configuration of
 * api-manager.xml, 2.6.0), third-party connector configuration values (`api_token`, `privateKey`,
 * the key manager payload of 4.7.0), and a password inside a URL, which also draws a located warning.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { positionOf } from '../helpers/spec-cli.js'

const CLI = new URL('../../bin/wso2cfg.js', import.meta.url).pathname
const work = mkdtempSync(join(tmpdir(), 'wso2cfg-secrets-value-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const SECRETS = ['Ks-Pass-9e9e', 'Okta-Key-3c3c', 'Url-Pw-6d6d', 'Kc-Secret-4e4e', 'Api-Token-5f5f', 'Priv-Key-8a8a', 'Db-Pa55-7f3a', 'Old-Pass-1234']

const legacy = `name: okta
platform: apim-2.6.0
pattern: single-node
keyManager:
  type: third-party
  thirdParty:
    clientImpl: org.wso2.okta.client.OktaOAuthClient
    jar: org.wso2.okta.client-1.0.4.jar
    properties:
      oktaInstanceUrl: https://dev-123456.okta.com
      authorizationServerId: default
      apiKey: Okta-Key-3c3c
      keystorePass: Ks-Pass-9e9e
database: { type: h2 }
nodes:
  - { name: apim, role: all-in-one, host: 10.0.0.10 }
`

const modern = `name: keycloak
platform: apim-4.7.0
pattern: single-node
keyManager:
  type: third-party
  thirdParty:
    connector: keycloak
    name: keycloak
    endpoints:
      issuer: https://kcadmin:Url-Pw-6d6d@sso.acme.io/realms/apim
      token: https://sso.acme.io/realms/apim/protocol/openid-connect/token
      revoke: https://sso.acme.io/realms/apim/protocol/openid-connect/revoke
      introspection: https://sso.acme.io/realms/apim/protocol/openid-connect/token/introspect
      clientRegistration: https://sso.acme.io/realms/apim/clients-registrations/openid-connect
    configuration:
      client_id: apim-km
      client_secret: Kc-Secret-4e4e
      api_token: Api-Token-5f5f
      privateKey: Priv-Key-8a8a
database: { type: mysql, host: db.acme.io, username: apim, password: Db-Pa55-7f3a }
nodes:
  - { name: apim, role: all-in-one, host: 10.0.0.1 }
`

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, text: r.stdout + r.stderr }
}

const leaked = (text: string): string[] => SECRETS.filter((s) => text.includes(s))

describe('secrets masked by value', () => {
  for (const [name, spec] of [['2.6.0 third-party properties', legacy], ['4.7.0 connector configuration and URL', modern]] as const) {
    it(`${name}: no command prints a secret value`, () => {
      const file = join(work, `${name.slice(0, 5)}.yaml`)
      writeFileSync(file, spec)
      const out = join(work, `${name.slice(0, 5)}-out`)
      for (const args of [['validate', file], ['validate', file, '--json'], ['plan', file], ['plan', file, '--json'], ['render', file, '-o', out, '--json'], ['render', file, '-o', out, '--check', '--json']]) {
        const r = cli(...args)
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0)
        expect(leaked(r.text), args.join(' ')).toEqual([])
      }
      expect(cli('plan', file, '--json').stdout).toContain('********')
    })
  }

  it('a password in a URL is a located warning that does not repeat it; references stay readable', () => {
    const file = join(work, 'url.yaml')
    writeFileSync(file, modern.replace('client_secret: Kc-Secret-4e4e', 'client_secret: $env{KC_SECRET}'))
    const r = cli('validate', file)
    expect(r.code).toBe(0)
    expect(r.stderr).toContain(`url.yaml:${positionOf(modern, 'issuer:')} warning /keyManager/thirdParty/endpoints/issuer: this URL carries a password`)
    expect(r.stderr).toContain('[secrets/url-credentials]')
    expect(cli('validate', file, '--strict').code).toBe(2)
    const plan = cli('plan', file, '--json')
    expect(leaked(plan.text)).toEqual([])
    expect(plan.stdout).toContain('https://kcadmin:********@sso.acme.io/realms/apim')
    expect(plan.stdout).toContain('$env{KC_SECRET}')
  })

  it('an error message that quotes a secret value masks it', () => {
    const file = join(work, 'quoted.yaml')
    // the same value given where a host name is expected: the error quotes the host
    writeFileSync(file, modern.replace('host: db.acme.io', 'host: "Db-Pa55-7f3a/x y"'))
    for (const args of [['validate', file], ['validate', file, '--json'], ['plan', file, '--json']]) {
      const r = cli(...args)
      expect(r.code, r.text).toBe(2)
      expect(leaked(r.text), args.join(' ')).toEqual([])
    }
  })

  it('render --check masks secret values on both sides of a diff and still counts the change', () => {
    for (const [tag, spec, rel, from] of [
      ['legacy', legacy, 'nodes/apim/repository/conf/api-manager.xml', 'Ks-Pass-9e9e'],
      ['modern', modern, 'nodes/apim/repository/conf/deployment.toml', 'Db-Pa55-7f3a'],
    ] as const) {
      const file = join(work, `check-${tag}.yaml`)
      writeFileSync(file, spec)
      const out = join(work, `check-${tag}-out`)
      expect(cli('render', file, '-o', out).code).toBe(0)
      const path = join(out, rel)
      const text = readFileSync(path, 'utf8')
      expect(text).toContain(from)
      writeFileSync(path, text.split(from).join('Old-Pass-1234'))
      for (const args of [[], ['--json']]) {
        const r = cli('render', file, '-o', out, '--check', ...args)
        expect(r.code, r.stderr).toBe(1)
        expect(leaked(r.text), `${tag} ${args.join(' ')}`).toEqual([])
        expect(r.stderr).toContain('1 changed, 0 missing, 0 unexpected')
      }
      const diff = cli('render', file, '-o', out, '--check').stdout
      const changed = diff.split('\n').filter((l) => /^[-+][^-+]/.test(l))
      expect(changed.length, diff).toBeGreaterThanOrEqual(2)
      for (const line of changed) expect(line, diff).toContain('********')
    }
  })
})
