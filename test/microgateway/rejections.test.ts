/**
 * S4.1–S4.3: every contradictory or incomplete microgateway setting is rejected by the built CLI
 * with exit code 2 and the line:col of the offending key.
 */
import { describe, expect, it } from 'vitest'
import { errorHeads, positionOf, runOnSpec } from '../helpers/spec-cli.js'

/** A 4.7.0 single node and one microgateway whose block is `mgw` (indented under the node). */
const spec = (mgw: string, head = ''): string =>
  [
    'name: mgw-bad',
    'platform: apim-4.7.0',
    'pattern: single-node',
    head,
    'nodes:',
    '  - name: apim',
    '    role: all-in-one',
    '    host: 10.0.0.1',
    '  - name: mgw-1',
    '    role: microgateway',
    '    host: 10.0.0.2',
    '    microgateway:',
    mgw,
    '',
  ]
    .filter((l, i) => l !== '' || i > 3)
    .join('\n')

interface Case {
  title: string
  text: string
  rule: string
  pointer: string
  /** The key the error must be located at, and which occurrence of it. */
  at: string
  nth?: number
}

const CASES: Case[] = [
  {
    title: 'S4.3 basic and oauth2 both enabled',
    text: spec(
      [
        '      security:',
        '        basic: { username: u, password: p }',
        '        oauth2:',
        '          tokenUrl: https://idp.acme.io/oauth2/token',
        '          grant: { type: client-credentials, clientId: a, clientSecret: b }',
      ].join('\n'),
    ),
    rule: 'topology/microgateway-security',
    pointer: '/nodes/1/microgateway/security/oauth2',
    at: 'oauth2:',
  },
  {
    title: 'S4.3 oauth2 without a grant',
    text: spec(['      security:', '        oauth2:', '          tokenUrl: https://idp.acme.io/oauth2/token'].join('\n')),
    rule: 'topology/microgateway-grant',
    pointer: '/nodes/1/microgateway/security/oauth2',
    at: 'oauth2:',
  },
  {
    title: 'S4.3 refresh with the client-credentials grant',
    text: spec(
      [
        '      security:',
        '        oauth2:',
        '          tokenUrl: https://idp.acme.io/oauth2/token',
        '          grant: { type: client-credentials, clientId: a, clientSecret: b }',
        '          refresh:',
        '            refreshUrl: https://idp.acme.io/oauth2/token',
        '            refreshToken: r',
      ].join('\n'),
    ),
    rule: 'topology/microgateway-refresh',
    pointer: '/nodes/1/microgateway/security/oauth2/refresh',
    at: 'refresh:',
  },
  {
    title: 'S4.3 a grant without its credentials',
    text: spec(
      [
        '      security:',
        '        oauth2:',
        '          tokenUrl: https://idp.acme.io/oauth2/token',
        '          grant:',
        '            type: password',
        '            username: mgw',
      ].join('\n'),
    ),
    rule: 'topology/microgateway-grant',
    pointer: '/nodes/1/microgateway/security/oauth2/grant',
    at: 'grant:',
  },
  {
    title: 'S4.3 two grants in one (a client-credentials grant with a direct token)',
    text: spec(
      [
        '      security:',
        '        oauth2:',
        '          tokenUrl: https://idp.acme.io/oauth2/token',
        '          grant:',
        '            type: client-credentials',
        '            clientId: a',
        '            clientSecret: b',
        '            accessToken: "$env{MGW_TOKEN}"',
      ].join('\n'),
    ),
    rule: 'topology/microgateway-grant-fields',
    pointer: '/nodes/1/microgateway/security/oauth2/grant/accessToken',
    at: 'accessToken:',
  },
  {
    title: 'S4.3 the client-credentials grant without tokenUrl',
    text: spec(['      security:', '        oauth2:', '          grant: { type: client-credentials, clientId: a, clientSecret: b }'].join('\n')),
    rule: 'topology/microgateway-token-url',
    pointer: '/nodes/1/microgateway/security/oauth2',
    at: 'oauth2:',
  },
  {
    title: 'S4.3 refreshing a direct token without refreshToken and client',
    text: spec(
      [
        '      security:',
        '        oauth2:',
        '          grant: { type: direct-token, accessToken: "$env{MGW_TOKEN}" }',
        '          refresh:',
        '            refreshUrl: https://idp.acme.io/oauth2/token',
      ].join('\n'),
    ),
    rule: 'topology/microgateway-refresh-fields',
    pointer: '/nodes/1/microgateway/security/oauth2/refresh',
    at: 'refresh:',
  },
  {
    title: 'microgateway: a $secret{…} password, which Ballerina config never resolves',
    text: spec(['      security:', '        basic:', '          username: mgw', '          password: $secret{mgw_password}'].join('\n')),
    rule: 'topology/microgateway-reference',
    pointer: '/nodes/1/microgateway/security/basic/password',
    at: 'password:',
  },
  {
    title: 'microgateway: a $env{…} password, which the microgateway would send as text',
    text: spec(['      security:', '        basic:', '          username: mgw', '          password: "$env{MGW_KM_PASSWORD}"'].join('\n')),
    rule: 'topology/microgateway-reference',
    pointer: '/nodes/1/microgateway/security/basic/password',
    at: 'password:',
  },
  {
    title: 'microgateway: external: false, the key validation service API Manager 4.7.0 does not offer',
    text: spec('      keyManager: { external: false }'),
    rule: 'topology/microgateway-key-validation',
    pointer: '/nodes/1/microgateway/keyManager/external',
    at: 'external:',
  },
  {
    title: 'S4.1 no key manager url when the key manager is outside the topology',
    text: spec(
      '      security: { basic: { username: u, password: p } }',
      [
        'keyManager:',
        '  type: third-party',
        '  thirdParty:',
        '    connector: keycloak',
        '    name: kc',
        '    endpoints:',
        '      issuer: https://sso.acme.io/realms/a',
        '      token: https://sso.acme.io/realms/a/token',
        '      revoke: https://sso.acme.io/realms/a/revoke',
        '      introspection: https://sso.acme.io/realms/a/introspect',
        '      clientRegistration: https://sso.acme.io/realms/a/register',
        '    configuration: { client_id: a, client_secret: b }',
      ].join('\n'),
    ),
    rule: 'topology/microgateway-key-manager',
    pointer: '/nodes/1/microgateway',
    at: 'microgateway:',
  },
]

describe('microgateway settings the spec rejects (CLI)', () => {
  it.each(CASES)('$title: exit 2 at the offending key', ({ text, rule, pointer, at, nth }) => {
    const r = runOnSpec('validate', text)
    expect(r.status, r.stderr).toBe(2)
    const heads = errorHeads(r.stderr).filter((h) => h.includes(`[${rule}]`))
    expect(heads, r.stderr).toHaveLength(1)
    expect(heads[0]).toContain(`${positionOf(text, at, nth)} error ${pointer}:`)
  })

  it('the valid counterpart of the cases passes (exit 0)', () => {
    const text = spec(
      [
        '      security:',
        '        oauth2:',
        '          tokenUrl: https://idp.acme.io/oauth2/token',
        '          grant: { type: password, username: mgw, password: "@encrypted:{bWd3UGFzc3dvcmQ=}" }',
        '          refresh: { refreshUrl: "https://idp.acme.io/oauth2/token" }',
      ].join('\n'),
    )
    const r = runOnSpec('validate', text)
    // Only the pairing warning (Microgateway 3.2 next to API Manager 4.7.0).
    expect(errorHeads(r.stderr), r.stderr).toEqual([])
    expect(r.stderr).toContain('[topology/microgateway-pairing]')
    expect(r.status).toBe(0)
  })
})
