/**
 * Issue 19: what Microgateway 3.x really reads. Each case fails on the output before the fix.
 * Sources: wso2/product-microgateway v3.2.0 components/micro-gateway-core/…/gateway/utils/utils.bal
 * (getConfigValue → config:getAsString), …/handlers/token_introspection_handler.bal (enableLegacyMode,
 * "for API-M versions < 3.2"); ballerina-lang 1.x config.bal (a key missing from the file is read
 * from the environment with `.` → `_`) and ConfigRegistry.java (`@encrypted:{…}`, b7a.config.secret);
 * docs-mg "Importing Certificates to the API Microgateway Truststore"; wso2.com/api-manager/api-microgateway
 * ("compatible with WSO2 API Manager 3.0 series only").
 */
import { join } from 'node:path'
import toml from '@iarna/toml'
import { describe, expect, it } from 'vitest'
import { SpecError } from '../../src/diagnostics/diagnostic.js'
import { check, checkLoaded } from '../../src/pipeline.js'
import { derivedIssuer, type MicrogatewayPlan } from '../../src/plan/microgateway.js'
import { render } from '../../src/render/index.js'
import { loadSpecText } from '../../src/spec/load.js'
import { FIXTURES } from '../helpers/golden.js'

const checkText = (yaml: string) => checkLoaded(loadSpecText('topology.yaml', yaml))

const mgwPlan = (yaml: string, node = 'mgw-1'): MicrogatewayPlan =>
  checkText(yaml).topology.nodes.find((n) => n.name === node)!.sections.microgateway as MicrogatewayPlan

const errorsOf = (yaml: string): { rule: string; pointer: string; message: string; hint?: string }[] => {
  try {
    checkText(yaml)
  } catch (e) {
    if (e instanceof SpecError) return e.diagnostics.filter((d) => d.severity === 'error')
    throw e
  }
  return []
}

const spec47 = (mgw: string, head = ''): string => `name: t
platform: apim-4.7.0
pattern: single-node
${head}database: { type: h2 }
nodes:
  - { name: apim, role: all-in-one, host: 10.0.0.1 }
  - name: mgw-1
    role: microgateway
    host: 10.0.0.9
${mgw}
`

describe('microgateway: values Ballerina config can read', () => {
  it('rejects $env{…} in microgateway.* at the value and says what to write instead (utils.bal getConfigValue)', () => {
    const errors = errorsOf(spec47('    microgateway: { security: { basic: { username: u, password: "$env{MGW_KM_PASSWORD}" } } }'))
    expect(errors.map((e) => `${e.rule} ${e.pointer}`)).toEqual(['topology/microgateway-reference /nodes/1/microgateway/security/basic/password'])
    expect(errors[0]!.message).toMatch(/would send \$env\{MGW_KM_PASSWORD\} as it is/)
    expect(errors[0]!.hint).toMatch(/@encrypted:\{…\}.*export keymanager_security_basic_password/)
  })

  it('a password left out is left out of micro-gw.conf and exported as keymanager_security_basic_password (config.bal lookupEnvVar)', async () => {
    const checked = await check(join(FIXTURES, 'mgw-client-credentials', 'topology.yaml'))
    const files = render(checked.topology)
    const conf = toml.parse(files.get('nodes/mgw-local/conf/micro-gw.conf')!) as { keymanager: { security: { basic: Record<string, unknown> } } }
    expect(conf.keymanager.security.basic).toEqual({ enabled: true, username: 'mgw-validator' })
    expect(files.get('README.md')).toContain("export keymanager_security_basic_password='<the password of mgw-validator>'")
  })

  it('an inherited admin password held as $secret{…} is exported, not written (it was an error before)', () => {
    const p = mgwPlan(spec47('    microgateway: { keyManager: { timestampSkew: 4000 } }', 'admin: { username: admin, password: "$secret{admin_password}" }\n'))
    expect(p.security.basic).toEqual({ enabled: true, username: 'admin' })
    expect(p.environment).toEqual([{ key: 'keymanager.security.basic.password', variable: 'keymanager_security_basic_password', value: '$secret{admin_password}' }])
  })

  it('@encrypted:{…} values pass through and the README gives --b7a.config.secret (ConfigRegistry.initRegistry)', async () => {
    const checked = await check(join(FIXTURES, 'mgw-basic', 'topology.yaml'))
    const files = render(checked.topology)
    expect(files.get('nodes/mgw-1/conf/micro-gw.conf')).toContain('password = "@encrypted:{jFm3q8SxZb1w6P0k2R9dVg==}"')
    expect(files.get('README.md')).toContain("bash bin/gateway '<path to the API project .jar>' --b7a.config.secret='<file holding the secret>'")
  })
})

describe('microgateway: [[jwtTokenConfig]] matches the token issuer and the imported certificate', () => {
  it('a 2.6.0 resident key manager issues https://localhost:9443/oauth2/token (its identity.xml IDTokenIssuerID), not <serverUrl>/oauth2/token', async () => {
    const checked = await check(join(FIXTURES, 'mgw-password-refresh', 'topology.yaml'))
    const idxml = render(checked.topology).get('nodes/apim/repository/conf/identity/identity.xml')!
    expect(idxml).toContain('<IDTokenIssuerID>https://localhost:9443/oauth2/token</IDTokenIssuerID>')
    const p = mgwPlan(`name: t
platform: apim-2.6.0
pattern: single-node
database: { type: h2 }
nodes:
  - { name: apim, role: all-in-one, host: 10.0.2.10 }
  - { name: mgw-1, role: microgateway, host: 10.0.2.50 }
`)
    expect(p.jwt).toEqual({ issuer: 'https://localhost:9443/oauth2/token', issuerSource: 'key-manager', certificateAlias: 't-apim' })
  })

  it('the certificate alias is the one the README imports the key manager certificate under (mgw-basic: IS-KM behind its balancer)', async () => {
    const checked = await check(join(FIXTURES, 'mgw-basic', 'topology.yaml'))
    const files = render(checked.topology)
    const conf = toml.parse(files.get('nodes/mgw-1/conf/micro-gw.conf')!) as { jwtTokenConfig: { issuer: string; certificateAlias: string }[] }
    expect(conf.jwtTokenConfig[0]).toMatchObject({ issuer: 'https://km.acme.io:443/oauth2/token', certificateAlias: 'mgw-basic-is-km' })
    expect(files.get('README.md')).toMatch(/keytool -import -noprompt -alias mgw-basic-is-km -file \/tmp\/is-km\.crt -keystore \/opt\/wso2am-micro-gw-3\.2\.0\/runtime\/bre\/security\/ballerinaTruststore\.p12/)
  })

  it('microgateway.jwt overrides issuer and alias; an external IdP gets its TLS and signing certificates imported', async () => {
    const checked = await check(join(FIXTURES, 'mgw-client-credentials', 'topology.yaml'))
    const readme = render(checked.topology).get('README.md')!
    expect(readme).toContain('openssl s_client -connect idp.acme.io:9443 -servername idp.acme.io -showcerts </dev/null | openssl x509 -outform PEM -out certs/mgw-edge-idp-tls.crt')
    expect(readme).toContain("keytool -import -noprompt -alias mgw-cc-idp-tls -file /tmp/mgw-edge-idp-tls.crt")
    expect(readme).toContain("keytool -import -noprompt -alias mgw-cc-idp -file /tmp/idp-acme-signing.crt")
    const p = mgwPlan(spec47('    microgateway: { keyManager: { url: "https://idp.x.io" }, jwt: { issuer: "https://x.okta.com/oauth2/default", certificateAlias: okta } }'), 'mgw-1')
    expect(p.jwt).toEqual({ issuer: 'https://x.okta.com/oauth2/default', issuerSource: 'spec', certificateAlias: 'okta' })
  })

  it.each([
    ['Keycloak realm (introspects at <issuer>/protocol/openid-connect/token/introspect)', 'https://sso.x.io/realms/acme/protocol/openid-connect', 'token', 'https://sso.x.io/realms/acme'],
    ['Okta default authorization server (introspects at <issuer>/v1/introspect)', 'https://x.okta.com/oauth2/default', 'v1', 'https://x.okta.com/oauth2/default'],
    ['WSO2 Identity Server (issuer = token endpoint)', 'https://is.x.io:9443', 'oauth2', 'https://is.x.io:9443/oauth2/token'],
  ])('derives the issuer of a %s', (_name, url, context, issuer) => {
    expect(derivedIssuer(url, context)).toBe(issuer)
  })

  it('warns at keyManager.url when an external issuer can only be guessed', () => {
    const { diagnostics } = checkText(spec47('    microgateway: { keyManager: { url: "https://idp.x.io" } }'))
    expect(diagnostics.filter((d) => d.rule === 'topology/microgateway-jwt-issuer').map((d) => d.pointer)).toEqual(['/nodes/1/microgateway/keyManager/url'])
  })
})

describe('microgateway: supported pairings and the key validation service', () => {
  it.each(['apim-2.6.0', 'apim-4.7.0'])('warns at the microgateway node next to %s (3.2.x supports API Manager 3.x only)', (platform) => {
    const { diagnostics } = checkText(spec47('    microgateway: { security: { basic: { username: u, password: p } } }').replace('apim-4.7.0', platform))
    const pairing = diagnostics.filter((d) => d.rule === 'topology/microgateway-pairing')
    expect(pairing.map((d) => `${d.severity} ${d.pointer} ${d.line}`)).toEqual(['warning /nodes/1 7'])
    expect(pairing[0]!.message).toContain(`API Manager ${platform.slice(5)}`)
  })

  it('a 4.7.0 resident key manager is introspected (external = true, enableLegacyMode = false) at /oauth2/introspect', () => {
    const p = mgwPlan(spec47('    microgateway: { security: { basic: { username: u, password: p } } }'))
    expect(p.keyManager).toMatchObject({ serverUrl: 'https://10.0.0.1:9443', tokenContext: 'oauth2', external: true, legacyMode: false })
  })

  it('2.6.0 keeps the key validation service, which 3.2 reads as enableLegacyMode = true', () => {
    const p = mgwPlan(spec47('    microgateway: { security: { basic: { username: u, password: p } } }').replace('apim-4.7.0', 'apim-2.6.0'))
    expect(p.keyManager).toMatchObject({ external: false, legacyMode: true })
  })

  it('rejects external: false on 4.7.0 at the key', () => {
    expect(errorsOf(spec47('    microgateway: { keyManager: { external: false } }')).map((e) => `${e.rule} ${e.pointer}`)).toEqual([
      'topology/microgateway-key-validation /nodes/1/microgateway/keyManager/external',
    ])
  })
})
