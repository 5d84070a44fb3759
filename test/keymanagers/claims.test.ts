/**
 * consumerKeyClaim, scopesClaim and availableGrantTypes of third-party registration payloads.
 * The gateway's carbon-apimgt DefaultJWTTransformer reads the client id from consumerKeyClaim and,
 * when the key manager has none, from `consumerKey` then `azp`; scopes from scopesClaim, else `scope`.
 * Each connector's default claims come from its `getDefaultConsumerKeyClaim()`/`getDefaultScopesClaim()`
 * (data/key-manager-connectors.json names the source file, tag and commit); docs-apim "Configure Okta
 * as a key manager" marks cid and scp as mandatory.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ThirdPartyConnector } from '../../src/model/spec.js'
import { checkLoaded } from '../../src/pipeline.js'
import { CONNECTORS } from '../../src/plan/connectors.js'
import type { KeyManagerPayload, KeyManagersSection } from '../../src/plan/key-managers.js'
import { loadSpecText } from '../../src/spec/load.js'
import { errorHeads, positionOf, runOnSpec } from '../helpers/spec-cli.js'

const DATA = JSON.parse(readFileSync(new URL('../../data/key-manager-connectors.json', import.meta.url), 'utf8')) as {
  connectors: Record<string, { source: { file: string }; connectionConfigurations: { name: string; required: boolean; default?: string }[]; defaultConsumerKeyClaim: string; defaultScopesClaim: string }>
}

function spec(connector: ThirdPartyConnector, extra: readonly string[] = [], withJwks = true): string {
  const data = DATA.connectors[connector]!
  const endpoints = [...new Set([...CONNECTORS[connector].endpoints, ...(withJwks ? (['jwks'] as const) : [])])]
  return [
    'name: km-test',
    'platform: apim-4.7.0',
    'pattern: single-node',
    'keyManager:',
    '  type: third-party',
    '  thirdParty:',
    `    connector: ${connector}`,
    '    name: idp',
    '    endpoints:',
    ...endpoints.map((e) => `      ${e}: https://idp.acme.io/${e}`),
    '    configuration:',
    ...data.connectionConfigurations.filter((c) => c.required && c.default === undefined).map((c) => `      ${c.name}: value-of-${c.name}`),
    ...extra,
    'nodes:',
    '  - { name: apim, role: all-in-one, host: 10.0.0.1 }',
    '',
  ].join('\n')
}

const checked = (text: string) => checkLoaded(loadSpecText('topology.yaml', text))
const bodyOf = (text: string): KeyManagerPayload => (checked(text).topology.sections['key-managers'] as KeyManagersSection).payloads[0]!.body

describe('third-party payloads name the claims the gateway reads', () => {
  const connectors = Object.keys(CONNECTORS) as ThirdPartyConnector[]

  it.each(connectors)('%s: consumerKeyClaim and scopesClaim are the connector\'s defaults, or DefaultJWTTransformer\'s azp/scope where it declares none', (connector) => {
    const data = DATA.connectors[connector]!
    const body = bodyOf(spec(connector))
    expect(body.consumerKeyClaim, data.source.file).toBe(data.defaultConsumerKeyClaim || 'azp')
    expect(body.scopesClaim, data.source.file).toBe(data.defaultScopesClaim || 'scope')
  })

  it('Okta: cid and scp (OktaConstants.CID, OktaConstants.SCOPE), never left to the azp fallback', () => {
    expect(bodyOf(spec('okta'))).toMatchObject({ consumerKeyClaim: 'cid', scopesClaim: 'scp' })
  })

  it('the payload offers authorization_code, client_credentials and refresh_token unless the spec names the grant types', () => {
    expect(bodyOf(spec('keycloak')).availableGrantTypes).toEqual(['authorization_code', 'client_credentials', 'refresh_token'])
    const text = spec('keycloak', ['    grantTypes: [client_credentials, "urn:ietf:params:oauth:grant-type:jwt-bearer"]'])
    expect(bodyOf(text).availableGrantTypes).toEqual(['client_credentials', 'urn:ietf:params:oauth:grant-type:jwt-bearer'])
  })

  it('keyManager.thirdParty.claims overrides the defaults in the written keymanagers/<name>.json (built CLI)', () => {
    const text = spec('azure-ad', ['    claims: { consumerKey: appid, scopes: scp }'])
    const out = mkdtempSync(join(tmpdir(), 'wso2cfg-claims-'))
    try {
      const r = runOnSpec('render', text, 'yaml', ['-o', join(out, 'o')])
      expect(r.status, r.stderr).toBe(0)
      const body = JSON.parse(readFileSync(join(out, 'o', 'keymanagers', 'idp.json'), 'utf8')) as Record<string, unknown>
      expect(body).toMatchObject({ consumerKeyClaim: 'appid', scopesClaim: 'scp', type: 'AzureAD' })
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })

  it('a claim name with a space is a located schema error (exit 2)', () => {
    const text = spec('okta', ['    claims: { consumerKey: "c id" }'])
    const r = runOnSpec('validate', text)
    expect(r.status, r.stderr).toBe(2)
    expect(errorHeads(r.stderr)[0]).toContain('/keyManager/thirdParty/claims/consumerKey')
  })

  it('without a jwks endpoint the check warns where the endpoints are: JWT signatures cannot be checked at the gateway', () => {
    const text = spec('okta', [], false)
    const w = checked(text).diagnostics.filter((d) => d.rule === 'topology/key-manager-token-validation')
    expect(w.map((d) => [d.severity, d.pointer])).toEqual([['warning', '/keyManager/thirdParty/endpoints']])
    expect(`${w[0]!.line}:${w[0]!.col}`).toBe(positionOf(text, 'endpoints:'))
    expect(w[0]!.hint).toContain('endpoints.jwks')
    expect(bodyOf(text).enableSelfValidationJWT).toBe(false)
    expect(checked(spec('okta')).diagnostics.filter((d) => d.rule === 'topology/key-manager-token-validation')).toEqual([])
  })

  it('Auth0 without jwks has nothing to validate its tokens with (no introspection): the warning says so', () => {
    const w = checked(spec('auth0', [], false)).diagnostics.filter((d) => d.rule === 'topology/key-manager-token-validation')
    expect(w[0]!.message).toContain('neither a jwks nor an introspection endpoint')
  })
})
