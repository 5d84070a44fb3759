/**
 * apim-4.7.0 third-party key managers: the Admin REST API payload keymanagers/<name>.json, its
 * registration command, and the per-connector required fields checked before anything is written.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SpecError, type Diagnostic } from '../../src/diagnostics/diagnostic.js'
import type { ThirdPartyConnector } from '../../src/model/spec.js'
import { check, checkLoaded } from '../../src/pipeline.js'
import { CONNECTORS, type EndpointKey } from '../../src/plan/connectors.js'
import type { KeyManagersSection } from '../../src/plan/key-managers.js'
import { thirdPartyKeyManagerRenderer } from '../../src/render/keymanagers/third-party.js'
import { loadSpecText } from '../../src/spec/load.js'
import { FIXTURES } from '../helpers/golden.js'
import { errorHeads, positionOf, runOnSpec } from '../helpers/spec-cli.js'

const URLS: Record<EndpointKey, string> = {
  issuer: 'https://idp.acme.io',
  wellKnown: 'https://idp.acme.io/.well-known/openid-configuration',
  token: 'https://idp.acme.io/token',
  revoke: 'https://idp.acme.io/revoke',
  introspection: 'https://idp.acme.io/introspect',
  clientRegistration: 'https://idp.acme.io/register',
  authorize: 'https://idp.acme.io/authorize',
  userInfo: 'https://idp.acme.io/userinfo',
  scopeManagement: 'https://idp.acme.io/scopes',
  jwks: 'https://idp.acme.io/jwks',
}

/** A single-node 4.7.0 spec whose third-party key manager has exactly these endpoints and settings. */
function spec(connector: string, endpoints: readonly string[], configuration: readonly string[]): string {
  const lines = [
    'name: km-test',
    'platform: apim-4.7.0',
    'pattern: single-node',
    'keyManager:',
    '  type: third-party',
    '  thirdParty:',
    `    connector: ${connector}`,
    '    name: idp',
    '    endpoints:',
    ...endpoints.map((e) => `      ${e}: ${URLS[e as EndpointKey] ?? 'https://idp.acme.io/x'}`),
  ]
  if (configuration.length > 0) lines.push('    configuration:', ...configuration.map((c) => `      ${c}: value-of-${c}`))
  lines.push('nodes:', '  - { name: apim, role: all-in-one, host: 10.0.0.1 }', '')
  return lines.join('\n')
}

function diagnosticsOf(text: string): Diagnostic[] {
  try {
    return checkLoaded(loadSpecText('topology.yaml', text)).diagnostics
  } catch (err) {
    if (err instanceof SpecError) return err.diagnostics
    throw err
  }
}

const sectionOf = (text: string): KeyManagersSection => checkLoaded(loadSpecText('topology.yaml', text)).topology.sections['key-managers'] as KeyManagersSection

const TYPES: Record<ThirdPartyConnector, string> = {
  okta: 'Okta',
  keycloak: 'KeyCloak',
  auth0: 'Auth0',
  pingfederate: 'PingFederate',
  forgerock: 'Forgerock',
  'azure-ad': 'AzureAD',
}

describe('47-keycloak: Keycloak registered by payload', () => {
  it('keymanagers/keycloak.json is the Admin REST API body with the KeyCloak type, every endpoint and the connector settings', async () => {
    const { topology } = await check(join(FIXTURES, '47-keycloak', 'topology.yaml'))
    const files = thirdPartyKeyManagerRenderer.render(topology)
    expect(Object.keys(files)).toEqual(['keymanagers/keycloak.json'])
    const body = JSON.parse(files['keymanagers/keycloak.json']!) as Record<string, unknown>
    expect(body).toMatchObject({
      name: 'keycloak',
      type: 'KeyCloak',
      enabled: true,
      issuer: 'https://sso.acme.io/realms/apim',
      wellKnownEndpoint: 'https://sso.acme.io/realms/apim/.well-known/openid-configuration',
      tokenEndpoint: 'https://sso.acme.io/realms/apim/protocol/openid-connect/token',
      revokeEndpoint: 'https://sso.acme.io/realms/apim/protocol/openid-connect/revoke',
      introspectionEndpoint: 'https://sso.acme.io/realms/apim/protocol/openid-connect/token/introspect',
      clientRegistrationEndpoint: 'https://sso.acme.io/realms/apim/clients-registrations/openid-connect',
      authorizeEndpoint: 'https://sso.acme.io/realms/apim/protocol/openid-connect/auth',
      userInfoEndpoint: 'https://sso.acme.io/realms/apim/protocol/openid-connect/userinfo',
      certificates: { type: 'JWKS', value: 'https://sso.acme.io/realms/apim/protocol/openid-connect/certs' },
      enableSelfValidationJWT: true,
      additionalProperties: { client_id: 'apim-km', client_secret: '${KEYCLOAK_CLIENT_SECRET}' },
    })
  })

  it('the README step registers it against the load balancer with a bearer token, filling the secret with envsubst', async () => {
    const { topology } = await check(join(FIXTURES, '47-keycloak', 'topology.yaml'))
    const section = topology.sections['key-managers'] as KeyManagersSection
    expect(section.manualSteps).toHaveLength(1)
    expect(section.manualSteps[0]!.commands).toEqual([
      `envsubst '\${KEYCLOAK_CLIENT_SECRET}' < keymanagers/keycloak.json | curl -X POST "https://apim.acme.io:443/api/am/admin/v4/key-managers" -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" --data @-`,
    ])
  })

  it('without references the command posts the file itself, at the control plane node and its effective port', () => {
    const text = spec('keycloak', ['issuer', 'introspection', 'clientRegistration', 'token', 'revoke'], ['client_id', 'client_secret']).replace(
      '{ name: apim, role: all-in-one, host: 10.0.0.1 }',
      '{ name: apim, role: all-in-one, host: 10.0.0.1, portOffset: 1 }',
    )
    expect(sectionOf(text).manualSteps[0]!.commands).toEqual([
      'curl -X POST "https://10.0.0.1:9444/api/am/admin/v4/key-managers" -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" --data @keymanagers/idp.json',
    ])
  })
})

describe('third-party connectors: required payload fields', () => {
  const connectors = Object.keys(CONNECTORS) as ThirdPartyConnector[]

  it.each(connectors)('%s: a payload with only the required fields is accepted, with the product type string', (connector) => {
    const facts = CONNECTORS[connector]
    const body = sectionOf(spec(connector, facts.endpoints, facts.configuration)).payloads[0]!.body
    expect(body.type).toBe(TYPES[connector])
    for (const key of facts.configuration) expect(body.additionalProperties[key]).toBe(`value-of-${key}`)
  })

  const missingEndpoint = connectors.flatMap((c) => CONNECTORS[c].endpoints.map((e) => [c, e] as const))
  it.each(missingEndpoint)('%s without the %s endpoint is rejected at /keyManager/thirdParty/endpoints', (connector, endpoint) => {
    const facts = CONNECTORS[connector]
    const text = spec(connector, facts.endpoints.filter((e) => e !== endpoint), facts.configuration)
    const errors = diagnosticsOf(text).filter((d) => d.severity === 'error')
    expect(errors.map((d) => d.rule)).toEqual(['topology/key-manager-payload'])
    expect(errors[0]!.pointer).toBe('/keyManager/thirdParty/endpoints')
    expect(errors[0]!.message).toContain(endpoint)
    expect(`${errors[0]!.line}:${errors[0]!.col}`).toBe(positionOf(text, 'endpoints:'))
  })

  const missingSetting = connectors.flatMap((c) => CONNECTORS[c].configuration.map((k) => [c, k] as const))
  it.each(missingSetting)('%s without the %s setting is rejected at /keyManager/thirdParty/configuration', (connector, key) => {
    const facts = CONNECTORS[connector]
    const rest = facts.configuration.filter((k) => k !== key)
    const text = spec(connector, facts.endpoints, rest)
    const errors = diagnosticsOf(text).filter((d) => d.severity === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]!.pointer).toBe(rest.length > 0 ? '/keyManager/thirdParty/configuration' : '/keyManager/thirdParty')
    expect(errors[0]!.message).toContain(key)
  })

  it('an unknown endpoint name is rejected where it stands, with a suggestion', () => {
    const text = spec('keycloak', ['issuer', 'introspection', 'clientRegistration', 'token', 'revoke', 'userinfo'], ['client_id', 'client_secret'])
    const errors = diagnosticsOf(text).filter((d) => d.severity === 'error')
    expect(errors.map((d) => [d.pointer, d.hint])).toEqual([['/keyManager/thirdParty/endpoints/userinfo', 'did you mean "userInfo"?']])
    expect(`${errors[0]!.line}:${errors[0]!.col}`).toBe(positionOf(text, 'userinfo:'))
  })

  it('a $secret{…} setting is rejected: the payload is posted as written', () => {
    const text = spec('okta', CONNECTORS.okta.endpoints, ['apiKey', 'client_id']) + ''
    const withSecret = text.replace('    configuration:\n', '    configuration:\n      client_secret: "$secret{okta_secret}"\n')
    const errors = diagnosticsOf(withSecret).filter((d) => d.severity === 'error')
    expect(errors.map((d) => d.pointer)).toEqual(['/keyManager/thirdParty/configuration/client_secret'])
  })

  it('the built CLI exits 2 and names line:col of a missing-endpoint payload (PITFALLS 29)', () => {
    const facts = CONNECTORS.keycloak
    const text = spec('keycloak', facts.endpoints.filter((e) => e !== 'introspection'), facts.configuration)
    const r = runOnSpec('validate', text)
    expect(r.status, r.stderr).toBe(2)
    const heads = errorHeads(r.stderr)
    expect(heads).toHaveLength(1)
    expect(heads[0]).toContain(`${positionOf(text, 'endpoints:')} error /keyManager/thirdParty/endpoints: the KeyCloak connector needs the endpoint introspection`)
  })
})
