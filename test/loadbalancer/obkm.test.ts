/**
 * Open Banking KM 1.5 behind its balancer (seed 003): port offsets (S3.13), the authentication
 * endpoint URLs (S3.8) and the Open Banking datasource (S3.3), read back with an independent parser.
 */
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import type { Spec } from '../../src/model/spec.js'
import type { TopologyPlan } from '../../src/plan/types.js'
import { render } from '../../src/render/index.js'
import { applicationAuthenticationXml, openBankingXml } from '../../src/render/obkm/files.js'
import { planFixture, planSpec } from './helpers.js'

const AUTH = 'repository/conf/identity/application-authentication.xml'
const OB = 'repository/conf/finance/open-banking.xml'
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (n) => n === 'datasource' || n === 'Parameter' })

type Xml = Record<string, any>

function renderOf(topology: TopologyPlan, node: string, path: string): Xml {
  const n = topology.nodes.find((x) => x.name === node)!
  expect(n.files).toContain(`nodes/${node}/${path}`)
  const r = path === AUTH ? applicationAuthenticationXml : openBankingXml
  expect(r.matches(path, n)).toBe(true)
  return parser.parse(r.render(n, topology, path)) as Xml
}

const smsParams = (doc: Xml): Map<string, string> => {
  const sms = (doc.ApplicationAuthentication.AuthenticatorConfigs.AuthenticatorConfig as Xml[]).find((c) => c['@name'] === 'SMSOTP')!
  return new Map((sms.Parameter as Xml[]).map((p) => [p['@name'] as string, p['#text'] as string]))
}

const obSpec = (lb: Spec['keyManager']): Spec => ({
  name: 'ob-case',
  platform: 'apim-2.6.0',
  pattern: 'single-node',
  keyManager: lb,
  database: { type: 'mysql', host: 'db.corp', username: 'ob', password: 'Db-Pass-1' },
  admin: { username: 'root-admin', password: 'Admin-Pass-1' },
  nodes: [
    { name: 'am', role: 'all-in-one', host: 'am.corp' },
    { name: 'km-1', role: 'key-manager', host: 'km1.corp' },
    ...(lb?.loadBalancer ? [{ name: 'km-2', role: 'key-manager' as const, host: 'km2.corp' }] : []),
  ],
})

describe('Open Banking KM', () => {
  it('S3.13 two OB KM nodes on one host run at offsets 3 and 4; on two hosts both at 3', async () => {
    const one = await planFixture('26-ob-km-one-host')
    expect(one.nodes.filter((n) => n.product === 'ob-km-1.5.0').map((n) => [n.name, n.portOffset])).toEqual([
      ['obkm-1', 3],
      ['obkm-2', 4],
    ])
    const two = await planFixture('26-ob-km-two-hosts')
    expect(two.nodes.filter((n) => n.product === 'ob-km-1.5.0').map((n) => n.portOffset)).toEqual([3, 3])
  })

  it('S3.8 application-authentication.xml sends logins to the key manager balancer', async () => {
    const t = await planFixture('26-ob-km-one-host')
    for (const node of ['obkm-1', 'obkm-2']) {
      const doc = renderOf(t, node, AUTH)
      const a = doc.ApplicationAuthentication
      expect(a['@xmlns']).toBe('http://wso2.org/projects/carbon/application-authentication.xml')
      expect(a.AuthenticationEndpointURL).toBe('https://obkm.bank.example/ob/authenticationendpoint/login.do')
      expect(a.AuthenticationEndpointRetryURL).toBe('https://obkm.bank.example/ob/authenticationendpoint/retry.do')
      expect(a.AuthenticationEndpointMissingClaimsURL).toBe('/ob/authenticationendpoint/claims.do')
      const sms = smsParams(doc)
      expect(sms.get('SMSOTPAuthenticationEndpointURL')).toBe('https://obkm.bank.example/smsotpauthenticationendpoint/smsotp.jsp')
      expect(sms.get('SMSOTPAuthenticationEndpointErrorPage')).toBe('https://obkm.bank.example/smsotpauthenticationendpoint/smsotpError.jsp')
      expect(sms.get('MobileNumberRegPage')).toBe('https://obkm.bank.example/smsotpauthenticationendpoint/mobile.jsp')
      expect(a.Sequences.Sequence['@appId']).toBe('default')
    }
  })

  it('S3.8 a balancer on a non-default port keeps its port in the URLs', () => {
    const t = planSpec(obSpec({ type: 'ob-km', loadBalancer: { host: 'iam.corp', port: 8443 } }))
    expect(renderOf(t, 'km-2', AUTH).ApplicationAuthentication.AuthenticationEndpointURL).toBe('https://iam.corp:8443/ob/authenticationendpoint/login.do')
  })

  it('S3.8 S3.13 a single OB KM without a balancer serves its own login pages at offset 3', () => {
    const t = planSpec(obSpec({ type: 'ob-km' }))
    expect(renderOf(t, 'km-1', AUTH).ApplicationAuthentication.AuthenticationEndpointURL).toBe('https://km1.corp:9446/ob/authenticationendpoint/login.do')
  })

  it('S3.3 open-banking.xml names jdbc/WSO2OpenBankingDB, which master-datasources.xml defines', async () => {
    const t = await planFixture('26-ob-km-two-hosts')
    const files = render(t)
    for (const node of ['obkm-1', 'obkm-2']) {
      const doc = renderOf(t, node, OB).Server
      expect(doc['@xmlns']).toBe('http://wso2.org/projects/carbon/open-banking.xml')
      expect(doc.JDBCPersistenceManager.DataSource.Name).toBe('jdbc/WSO2OpenBankingDB')
      const ds = parser.parse(files.get(`nodes/${node}/repository/conf/datasources/master-datasources.xml`)!) as Xml
      const names = (ds.datasources_configuration?.datasources?.datasource ?? ds['datasources-configuration'].datasources.datasource) as Xml[]
      expect(names.map((d) => d.jndiConfig.name)).toContain('jdbc/WSO2OpenBankingDB')
    }
  })

  it('open-banking.xml: PSU/SCA links at the key manager balancer, API links at the API Manager gateway', async () => {
    const t = await planFixture('26-ob-km-two-hosts')
    const doc = renderOf(t, 'obkm-2', OB).Server
    for (const k of ['UpdatePSUIdentification', 'UpdatePSUAuthentication', 'SelectAuthenticationMethod', 'AuthorizeTransaction']) {
      expect(doc.Berlin.SCA[k]).toBe('https://obkm.bank.example')
    }
    expect(doc.Berlin.SCA.OAuthMetadataEndpoint).toBe('https://obam.bank.example:8243/.well-known/openid-configuration')
    expect(doc.Berlin.Host).toBe('obam.bank.example')
    expect(doc.Berlin.Port).toBe('8243')
    expect(doc.UK.PaymentAPIURL).toBe('https://obam.bank.example:8243/open-banking/{version}/pisp/')
    expect(doc.STET.SCA.AuthorizationEndpoint).toBe('https://obam.bank.example:8243/authorize')
    expect(doc.EventNotifications.NotificationAPIUrl).toBe('https://obam.bank.example:8243/open-banking/v3.1/event-notification')
  })
})
