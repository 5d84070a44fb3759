/**
 * identity/identity.xml of API Manager 2.6.0, IS as Key Manager 5.7.0 and Open Banking KM 1.5: the
 * persistence datasource and the OAuth/OIDC endpoint URLs, read back with a second XML parser.
 */
import { readdirSync } from 'node:fs'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { FIXTURES } from '../helpers/golden.js'
import { pathsOf, renderApimFixture, textAt, type ApimCase } from './helpers/render-apim.js'

const OAUTH = 'Server/OAuth'
const ISSUER = `${OAUTH}/OpenIDConnect/IDTokenIssuerID`
const LOCAL = '${carbon.protocol}://${carbon.host}:${carbon.management.port}'
const id = (c: ApimCase, node: string) => pathsOf(c, node, 'identity')
const fixtures26 = readdirSync(FIXTURES).filter((f) => f.startsWith('26-')).sort()

describe('identity.xml', () => {
  it('S0.7 S3.1: every key manager and API Manager node persists identity data in jdbc/WSO2AM_DB', async () => {
    expect(fixtures26.length).toBeGreaterThanOrEqual(6)
    for (const fixture of fixtures26) {
      const c = await renderApimFixture(fixture)
      expect(c.nodes.size, fixture).toBeGreaterThan(0)
      for (const name of c.nodes.keys()) {
        // the DataSource step is qualified by its Name child, so look the element up by shape
        const names = [...id(c, name).entries()].filter(([k]) => /^Server\/JDBCPersistenceManager\/DataSource(\[[^\]]*\])?\/Name$/.test(k))
        expect(names.map(([, e]) => e.text), `${fixture} ${name}`).toEqual(['jdbc/WSO2AM_DB'])
      }
    }
  })

  it('keeps the carbon namespace on the root element', async () => {
    const c = await renderApimFixture('26-single-is-km-same-host')
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' })
    for (const node of ['apim', 'km']) {
      const doc = parser.parse(c.nodes.get(node)!.identity) as { Server: Record<string, unknown> }
      expect(doc.Server.xmlns, node).toBe('http://wso2.org/projects/carbon/carbon.xml')
    }
  })

  it('S3.7: key managers behind their balancer advertise it in every OAuth endpoint and page', async () => {
    const c = await renderApimFixture('26-active-active-is-km-ha')
    for (const node of ['km-1', 'km-2']) {
      const p = id(c, node)
      expect(textAt(p, `${OAUTH}/OAuth2TokenEPUrl`)).toBe('https://km.acme.io:443/oauth2/token')
      expect(textAt(p, `${OAUTH}/OAuth2AuthzEPUrl`)).toBe('https://km.acme.io:443/oauth2/authorize')
      expect(textAt(p, `${OAUTH}/OAuth1RequestTokenUrl`)).toBe('https://km.acme.io:443/oauth/request-token')
      expect(textAt(p, `${OAUTH}/OAuth2DCREPUrl`)).toBe('https://km.acme.io:443/api/identity/oauth2/dcr/v1.1/register')
      expect(textAt(p, `${OAUTH}/OAuth2ConsentPage`)).toBe('https://km.acme.io:443/authenticationendpoint/oauth2_authz.do')
      expect(textAt(p, `${OAUTH}/OIDCLogoutPage`)).toBe('https://km.acme.io:443/authenticationendpoint/oauth2_logout.do')
      expect(textAt(p, `${OAUTH}/OIDCDiscoveryEPUrl`)).toBe('https://km.acme.io:443/oauth2/oidcdiscovery')
      expect(textAt(p, ISSUER)).toBe('https://km.acme.io:443/oauth2/token')
      const urls = [...p.entries()].filter(([k]) => k.startsWith(`${OAUTH}/`) && /(Url|Page|URL)$/.test(k))
      expect(urls.length).toBe(19)
      for (const [k, e] of urls) expect(e.text, k).toMatch(/^https:\/\/km\.acme\.io:443\//)
    }
    // API Manager nodes are not behind the key manager balancer: pack placeholders stay.
    expect(textAt(id(c, 'apim-1'), `${OAUTH}/OAuth2TokenEPUrl`)).toBe(`${LOCAL}/oauth2/token`)
  })

  it('a single key manager keeps the pack placeholders, which follow its own host and offset', async () => {
    const p = id(await renderApimFixture('26-single-is-km-same-host'), 'km')
    expect(textAt(p, `${OAUTH}/OAuth2TokenEPUrl`)).toBe(`${LOCAL}/oauth2/token`)
    expect(textAt(p, ISSUER)).toBe(`${LOCAL}/oauth2/token`)
    const apim = id(await renderApimFixture('26-single-node-resident'), 'apim')
    expect(textAt(apim, ISSUER)).toBe('https://localhost:9443/oauth2/token')
    expect(textAt(apim, `${OAUTH}/PersistAccessTokenAlias`)).toBe('true')
  })

  it('S3.7 Open Banking KM: token endpoints through the gateway, consent pages at the balancer', async () => {
    const c = await renderApimFixture('26-ob-km-one-host')
    for (const node of ['obkm-1', 'obkm-2']) {
      const p = id(c, node)
      expect(textAt(p, `${OAUTH}/OAuth2TokenEPUrl`)).toBe('https://10.20.0.10:8243/token')
      expect(textAt(p, `${OAUTH}/OAuth2AuthzEPUrl`)).toBe('https://10.20.0.10:8243/authorize')
      expect(textAt(p, `${OAUTH}/OAuth2UserInfoEPUrl`)).toBe('https://10.20.0.10:8243/userinfo')
      expect(textAt(p, `${OAUTH}/OAuth2DCREPUrl`)).toBe('https://10.20.0.10:8243/register')
      expect(textAt(p, ISSUER)).toBe('https://10.20.0.10:8243/token')
      expect(textAt(p, `${OAUTH}/OAuth2ConsentPage`)).toBe('https://obkm.bank.example:443/ob/authenticationendpoint/oauth2_authz.do')
      expect(textAt(p, `${OAUTH}/OAuth2ErrorPage`)).toBe('https://obkm.bank.example:443/ob/authenticationendpoint/oauth2_error.do')
      expect(textAt(p, `${OAUTH}/OAuth2RevokeEPUrl`)).toBe('https://obkm.bank.example:443/oauth2/revoke')
      expect(textAt(p, `${OAUTH}/OIDCWebFingerEPUrl`)).toBe('https://obkm.bank.example:443/.well-known/webfinger')
    }
  })
})
