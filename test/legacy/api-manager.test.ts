/**
 * api-manager.xml of API Manager 2.6.0, IS as Key Manager 5.7.0 and Open Banking KM 1.5: the
 * topology-driven values of the 26-* fixtures, read back with a second XML parser.
 */
import { describe, expect, it } from 'vitest'
import type { Spec } from '../../src/model/spec.js'
import { ENV, pathsOf, renderApimFixture, renderApimSpec, textAt, type ApimCase } from './helpers/render-apim.js'

const AM = 'APIManager'
const KV = `${AM}/APIKeyValidator`
const TH = `${AM}/ThrottlingConfigurations`
const JMS = `${TH}/JMSConnectionDetails/JMSConnectionParameters/connectionfactory.TopicConnectionFactory`

const am = (c: ApimCase, node: string) => pathsOf(c, node, 'apiManager')
const apimNodes = (c: ApimCase) => [...c.nodes.values()].filter((n) => n.node.role !== 'key-manager').map((n) => n.node.name)

describe('api-manager.xml: key manager URLs', () => {
  it('S0.1 S0.8: a key manager on the API Manager host (offset 1) is reached at 9444', async () => {
    const c = await renderApimFixture('26-single-is-km-same-host')
    const p = am(c, 'apim')
    expect(textAt(p, `${AM}/AuthManager/ServerURL`)).toBe('https://10.0.0.10:9444/services/')
    expect(textAt(p, `${KV}/ServerURL`)).toBe('https://10.0.0.10:9444/services/')
  })

  it('S0.8 S0.11: with two key managers, API Manager nodes point only at the key manager balancer', async () => {
    const c = await renderApimFixture('26-active-active-is-km-ha')
    for (const node of apimNodes(c)) {
      const p = am(c, node)
      expect(textAt(p, `${AM}/AuthManager/ServerURL`), node).toBe('https://km.acme.io:443/services/')
      expect(textAt(p, `${KV}/ServerURL`), node).toBe('https://km.acme.io:443/services/')
      const xml = c.nodes.get(node)!.apiManager
      expect(xml, node).not.toContain('10.0.0.21')
      expect(xml, node).not.toContain('10.0.0.22')
    }
  })

  it('S0.8: a key manager node keeps its own local services URL', async () => {
    const c = await renderApimFixture('26-distributed-rsync')
    expect(textAt(am(c, 'km'), `${AM}/AuthManager/ServerURL`)).toBe('https://localhost:${mgt.transport.https.port}${carbon.context}services/')
    expect(textAt(am(c, 'gw-1'), `${KV}/ServerURL`)).toBe('https://10.1.0.31:9443/services/')
  })

  it('S0.9: nodes with a remote key manager use WSClient and no Thrift server', async () => {
    for (const fixture of ['26-single-is-km-same-host', '26-distributed-rsync', '26-active-active-is-km-ha', '26-cohosted-auto']) {
      const c = await renderApimFixture(fixture)
      for (const node of apimNodes(c)) {
        const p = am(c, node)
        expect(textAt(p, `${KV}/KeyValidatorClientType`), `${fixture} ${node}`).toBe('WSClient')
        expect(textAt(p, `${KV}/EnableThriftServer`), `${fixture} ${node}`).toBe('false')
      }
    }
  })

  it('S0.9: an all-in-one node with the resident key manager validates over local Thrift', async () => {
    const p = am(await renderApimFixture('26-single-node-resident'), 'apim')
    expect(textAt(p, `${KV}/KeyValidatorClientType`)).toBe('ThriftClient')
    expect(textAt(p, `${KV}/EnableThriftServer`)).toBe('true')
    expect(textAt(p, `${KV}/ThriftServerHost`)).toBe('localhost')
    expect(p.has(`${KV}/ThriftClientPort`)).toBe(false)
  })
})

describe('api-manager.xml: gateway URLs on the key manager', () => {
  it('S0.3 hybrid: the key manager deploys to the all-in-one API Manager node', async () => {
    const c = await renderApimFixture('26-single-is-km-same-host')
    expect(textAt(am(c, 'km'), `${ENV}/ServerURL`)).toBe('https://10.0.0.10:9443/services/')
  })

  it('S0.3 rsync: the key manager deploys to the gateway manager', async () => {
    expect(textAt(am(await renderApimFixture('26-distributed-rsync'), 'km'), `${ENV}/ServerURL`)).toBe('https://10.1.0.21:9443/services/')
    expect(textAt(am(await renderApimFixture('26-cohosted-auto'), 'km'), `${ENV}/ServerURL`)).toBe('https://host-b.internal:9443/services/')
  })

  it('S0.3 shared file system: the key manager deploys to one of the gateways', async () => {
    const c = await renderApimFixture('26-distributed-shared-fs')
    expect(['https://10.2.0.21:9443/services/', 'https://10.2.0.22:9443/services/']).toContain(textAt(am(c, 'iskm'), `${ENV}/ServerURL`))
  })

  it('S0.4: RevokeAPIURL goes to the gateway worker or its balancer at the NIO HTTPS port', async () => {
    const revoke = `${AM}/OAuthConfigurations/RevokeAPIURL`
    // balancer with its own gateway name listens on 443
    expect(textAt(am(await renderApimFixture('26-distributed-rsync'), 'km'), revoke)).toBe('https://gw.example.com:443/revoke')
    // balancer without a gateway name forwards 8243
    expect(textAt(am(await renderApimFixture('26-distributed-shared-fs'), 'iskm'), revoke)).toBe('https://apis.example.org:8243/revoke')
    // the only worker, co-hosted at offset 1
    expect(textAt(am(await renderApimFixture('26-cohosted-auto'), 'km'), revoke)).toBe('https://host-b.internal:8244/revoke')
  })

  it('gateway endpoints and the WebSocket endpoint follow the gateway worker offset', async () => {
    const c = await renderApimFixture('26-cohosted-auto')
    const km = am(c, 'km')
    expect(textAt(km, `${ENV}/GatewayEndpoint`)).toBe('http://host-b.internal:8281,https://host-b.internal:8244')
    expect(textAt(km, `${ENV}/GatewayWSEndpoint`)).toBe('ws://host-b.internal:9100')
    // the worker itself keeps the placeholders, but the literal WebSocket port gets its offset
    expect(textAt(am(c, 'gw-worker'), `${ENV}/GatewayWSEndpoint`)).toBe('ws://${carbon.local.ip}:9100')
  })
})

describe('api-manager.xml: JWT, store, publisher, throttling', () => {
  it('S0.5: the key manager generates JWTs with claims, dialect and signature algorithm', async () => {
    const c = await renderApimFixture('26-distributed-shared-fs')
    const p = am(c, 'iskm')
    expect(textAt(p, `${AM}/JWTConfiguration/EnableJWTGeneration`)).toBe('true')
    expect(textAt(p, `${AM}/JWTConfiguration/ClaimsRetrieverImplClass`)).toBe('org.wso2.carbon.apimgt.impl.token.DefaultClaimsRetriever')
    expect(textAt(p, `${AM}/JWTConfiguration/ConsumerDialectURI`)).toBe('http://wso2.org/claims')
    expect(textAt(p, `${AM}/JWTConfiguration/SignatureAlgorithm`)).toBe('SHA256withRSA')
    // step 6.6.3 of the distributed deployment docs: gateways generate with the same settings
    expect(textAt(am(c, 'gw-a'), `${AM}/JWTConfiguration/EnableJWTGeneration`)).toBe('true')
    expect(am(c, 'pub').has(`${AM}/JWTConfiguration/EnableJWTGeneration`)).toBe(false)
    expect(am(await renderApimFixture('26-single-node-resident'), 'apim').has(`${AM}/JWTConfiguration/EnableJWTGeneration`)).toBe(false)
  })

  it('store and publisher URLs point at the store and publisher nodes', async () => {
    const p = am(await renderApimFixture('26-cohosted-auto'), 'gw-mgr')
    expect(textAt(p, `${AM}/APIStore/URL`)).toBe('https://host-a.internal:9444/store')
    expect(textAt(p, `${AM}/APIStore/ServerURL`)).toBe('https://host-a.internal:9444/services/')
    expect(textAt(p, `${AM}/APIPublisher/URL`)).toBe('https://host-a.internal:9443/publisher')
  })

  it('gateways publish to the traffic manager at its effective ports (offset 5)', async () => {
    const c = await renderApimFixture('26-cohosted-auto')
    const gw = am(c, 'gw-worker')
    expect(textAt(gw, `${TH}/TrafficManager/ReceiverUrlGroup`)).toBe('{tcp://host-b.internal:9616}')
    expect(textAt(gw, `${TH}/TrafficManager/AuthUrlGroup`)).toBe('{ssl://host-b.internal:9716}')
    expect(textAt(gw, JMS)).toBe("amqp://${admin.username}:${admin.password}@clientid/carbon?brokerlist='tcp://host-b.internal:5677'")
    expect(textAt(am(c, 'pub'), `${TH}/PolicyDeployer/ServiceURL`)).toBe('https://host-b.internal:9448/services/')
  })

  it('throttling parts run where the role needs them', async () => {
    const c = await renderApimFixture('26-distributed-rsync')
    const parts = (node: string) => {
      const p = am(c, node)
      return ['DataPublisher', 'PolicyDeployer', 'BlockCondition', 'JMSConnectionDetails'].map((x) => textAt(p, `${TH}/${x}/Enabled`))
    }
    expect(parts('gw-1')).toEqual(['true', 'false', 'true', 'true'])
    expect(parts('gw-mgr')).toEqual(['true', 'false', 'true', 'true'])
    expect(parts('publisher')).toEqual(['false', 'true', 'false', 'false'])
    expect(parts('store')).toEqual(['false', 'false', 'false', 'false'])
    expect(parts('km')).toEqual(['false', 'false', 'false', 'false'])
    expect(parts('tm')).toEqual(['false', 'false', 'false', 'false'])
    expect(textAt(am(c, 'tm'), `${AM}/GatewayType`)).toBe('Synapse')
  })

  it('active-active nodes publish to every node, one receiver group each', async () => {
    const p = am(await renderApimFixture('26-active-active-is-km-ha'), 'apim-2')
    expect(textAt(p, `${TH}/TrafficManager/ReceiverUrlGroup`)).toBe('{tcp://10.0.0.11:9611},{tcp://10.0.0.12:9611}')
    expect(textAt(p, `${TH}/TrafficManager/AuthUrlGroup`)).toBe('{ssl://10.0.0.11:9711},{ssl://10.0.0.12:9711}')
  })

  it('the IS key manager keeps GatewayType None and its throttling off', async () => {
    const p = am(await renderApimFixture('26-distributed-shared-fs'), 'iskm')
    expect(textAt(p, `${AM}/GatewayType`)).toBe('None')
    expect(textAt(p, `${TH}/DataPublisher/Enabled`)).toBe('false')
  })
})

describe('api-manager.xml: third-party and Open Banking key managers', () => {
  it('S1.1: APIKeyManager carries the client class and sorted Configuration children; Thrift is off', async () => {
    const c = await renderApimFixture('26-third-party-okta')
    const p = am(c, 'apim')
    expect(textAt(p, `${AM}/APIKeyManager/KeyManagerClientImpl`)).toBe('org.wso2.okta.client.OktaOAuthClient')
    const children = [...p.keys()].filter((k) => k.startsWith(`${AM}/APIKeyManager/Configuration/`)).map((k) => k.split('/').pop())
    expect(children).toEqual(['apiKey', 'authorizationServerId', 'client_id', 'client_secret', 'oktaInstanceUrl'])
    expect(textAt(p, `${AM}/APIKeyManager/Configuration/oktaInstanceUrl`)).toBe('https://dev-123456.okta.com')
    expect(p.get(`${AM}/APIKeyManager/Configuration/apiKey`)).toMatchObject({ text: 'password', attrs: { 'svns:secretAlias': 'okta_api_key' } })
    expect(textAt(p, `${KV}/EnableThriftServer`)).toBe('false')
    expect(textAt(p, `${KV}/KeyValidationHandlerClassName`)).toBe('org.wso2.carbon.apimgt.keymgt.handlers.DefaultKeyValidationHandler')
    expect(c.nodes.get('apim')!.node.sections['legacy-apim']).toMatchObject({ secretAliases: ['okta_api_key', 'okta_client_secret'] })
  })

  it('S1.1: the validation handler comes from keyManager.thirdParty.validationHandler', () => {
    const spec: Spec = {
      name: 'custom-km',
      platform: 'apim-2.6.0',
      pattern: 'single-node',
      keyManager: {
        type: 'third-party',
        thirdParty: { clientImpl: 'com.acme.KeyManagerImpl', validationHandler: 'com.acme.Validation', properties: { z: '1', a: '2' } },
      },
      nodes: [{ name: 'apim', role: 'all-in-one', host: 'apim.acme' }],
    }
    const p = am(renderApimSpec(spec), 'apim')
    expect(textAt(p, `${KV}/KeyValidationHandlerClassName`)).toBe('com.acme.Validation')
    expect(textAt(p, `${AM}/APIKeyManager/KeyManagerClientImpl`)).toBe('com.acme.KeyManagerImpl')
    expect([...p.keys()].filter((k) => k.includes('/Configuration/'))).toEqual([`${AM}/APIKeyManager/Configuration/a`, `${AM}/APIKeyManager/Configuration/z`])
  })

  it('S3.9: API Manager in front of an Open Banking KM cluster names the KM balancer three times', async () => {
    const p = am(await renderApimFixture('26-ob-km-one-host'), 'obam')
    for (const path of [`${AM}/APIKeyManager/Configuration/ServerURL`, `${KV}/ServerURL`, `${AM}/AuthManager/ServerURL`]) {
      expect(textAt(p, path), path).toBe('https://obkm.bank.example:443/services/')
    }
    expect(textAt(p, `${AM}/APIKeyManager/KeyManagerClientImpl`)).toBe('org.wso2.carbon.apimgt.impl.AMDefaultKeyManagerImpl')
  })
})

describe('api-manager.xml: credentials', () => {
  it('a $secret{} admin password becomes a secure-vault alias, namespace declared on the root', async () => {
    const c = await renderApimFixture('26-distributed-rsync')
    const xml = c.nodes.get('gw-1')!.apiManager
    expect(xml.split('\n')[0]).toBe('<APIManager xmlns:svns="http://org.wso2.securevault/configuration">')
    const p = am(c, 'gw-1')
    for (const path of [`${AM}/AuthManager/Password`, `${ENV}/Password`, `${KV}/Password`, `${TH}/TrafficManager/Password`, `${TH}/PolicyDeployer/Password`]) {
      expect(p.get(path), path).toMatchObject({ text: 'password', attrs: { 'svns:secretAlias': 'admin_password' } })
    }
    expect(textAt(p, `${AM}/AuthManager/Username`)).toBe('apimadmin')
    expect(xml).not.toContain('$secret{')
  })

  it('without a spec admin the pack defaults admin/admin are written and no namespace is declared', async () => {
    const c = await renderApimFixture('26-single-node-resident')
    const p = am(c, 'apim')
    expect(textAt(p, `${AM}/AuthManager/Username`)).toBe('admin')
    expect(p.get(`${AM}/AuthManager/Password`)).toEqual({ text: 'admin', raw: 'admin', attrs: {} })
    expect(c.nodes.get('apim')!.apiManager).not.toContain('svns')
  })

  it('a hostile admin password and user name round-trip exactly', () => {
    const password = `<&>"' ]]> p&amp;w`
    const username = `a<d>m"i'n&`
    const spec: Spec = {
      name: 'hostile',
      platform: 'apim-2.6.0',
      pattern: 'single-node',
      keyManager: { type: 'is-km' },
      database: { type: 'postgresql', host: 'db.acme', username: 'wso2', password: 'db-pass' },
      admin: { username, password },
      nodes: [
        { name: 'apim', role: 'all-in-one', host: 'apim.acme' },
        { name: 'km', role: 'key-manager', host: 'km.acme' },
      ],
    }
    const c = renderApimSpec(spec)
    for (const node of ['apim', 'km']) {
      const p = am(c, node)
      for (const path of [`${AM}/AuthManager/Password`, `${KV}/Password`, `${AM}/APIStore/Password`, `${TH}/TrafficManager/Password`]) {
        expect(p.get(path)?.raw, `${node} ${path}`).toBe(password)
      }
      expect(p.get(`${AM}/AuthManager/Username`)?.raw).toBe(username)
    }
  })
})
