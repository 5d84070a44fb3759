/** carbon.xml: port offset, host names, local caches and key stores. */
import { describe, expect, it } from 'vitest'
import { nodeOf, renderFixture, renderSpecObject } from './helpers/render.js'
import { OB_PAIR_ONE_HOST } from './helpers/corpus.js'
import { clusterParam } from './helpers/paths.js'
import { at, elementPaths } from './helpers/xml-paths.js'

const carbon = (c: Awaited<ReturnType<typeof renderFixture>>, node: string) => elementPaths(nodeOf(c, node).files.carbon)
const text = (paths: ReturnType<typeof elementPaths>, p: string) => at(paths, p).text

describe('carbon.xml', () => {
  it('S0.1: a key manager on the API Manager host gets its own Ports/Offset', async () => {
    const c = await renderFixture('26-single-is-km-same-host')
    const apim = nodeOf(c, 'apim')
    const km = nodeOf(c, 'km')
    expect(km.node.host).toBe(apim.node.host)
    const apimOffset = Number(text(carbon(c, 'apim'), 'Server/Ports/Offset'))
    const kmOffset = Number(text(carbon(c, 'km'), 'Server/Ports/Offset'))
    expect(apimOffset).toBe(0)
    expect(kmOffset).not.toBe(apimOffset)
    expect(kmOffset).toBe(km.node.portOffset)
    // the one port Carbon does not shift follows by plan
    expect(text(elementPaths(km.files.axis2), clusterParam('localMemberPort'))).toBe(String(4000 + kmOffset))
  })

  it('S3.11: HostName and MgtHostName name the load balancer in front of the node', async () => {
    const c = await renderFixture('26-active-active-is-km-ha')
    for (const km of ['km-1', 'km-2']) {
      expect(text(carbon(c, km), 'Server/HostName')).toBe('km.acme.io')
      expect(text(carbon(c, km), 'Server/MgtHostName')).toBe('km.acme.io')
    }
    for (const apim of ['apim-1', 'apim-2']) expect(text(carbon(c, apim), 'Server/HostName')).toBe('apim.acme.io')
  })

  it('S3.11: gateway workers announce the gateway name; nodes outside a balancer their own host', async () => {
    const c = await renderFixture('26-distributed-rsync')
    expect(text(carbon(c, 'gw-1'), 'Server/HostName')).toBe('gw.example.com')
    expect(text(carbon(c, 'publisher'), 'Server/HostName')).toBe('api.example.com')
    expect(text(carbon(c, 'km'), 'Server/HostName')).toBe('10.1.0.31')
    expect(text(carbon(c, 'tm'), 'Server/MgtHostName')).toBe('10.1.0.41')
  })

  it('S3.6: ForceLocalCache is true exactly on clustered nodes', async () => {
    const ha = await renderFixture('26-active-active-is-km-ha')
    for (const n of ['apim-1', 'apim-2', 'km-1', 'km-2']) expect(text(carbon(ha, n), 'Server/Cache/ForceLocalCache')).toBe('true')
    const single = await renderFixture('26-single-node-resident')
    expect(text(carbon(single, 'apim'), 'Server/Cache/ForceLocalCache')).toBe('false')
    const rsync = await renderFixture('26-distributed-rsync')
    expect(text(carbon(rsync, 'gw-mgr'), 'Server/Cache/ForceLocalCache')).toBe('true')
    expect(text(carbon(rsync, 'publisher'), 'Server/Cache/ForceLocalCache')).toBe('false')
  })

  it('S3.13: Open Banking key managers start at offset 3; a second one on the host gets 4', () => {
    const c = renderSpecObject(OB_PAIR_ONE_HOST)
    expect(text(elementPaths(nodeOf(c, 'obkm-1').files.carbon), 'Server/Ports/Offset')).toBe('3')
    expect(text(elementPaths(nodeOf(c, 'obkm-2').files.carbon), 'Server/Ports/Offset')).toBe('4')
    expect(text(elementPaths(nodeOf(c, 'obam').files.carbon), 'Server/Ports/Offset')).toBe('0')
    expect(text(elementPaths(nodeOf(c, 'obkm-1').files.carbon), 'Server/Name')).toBe('WSO2 Identity Server')
  })

  it('key stores keep the pack defaults unless the spec names others', async () => {
    const c = await renderFixture('26-single-node-resident')
    const p = carbon(c, 'apim')
    expect(text(p, 'Server/Security/KeyStore/Location')).toBe('${carbon.home}/repository/resources/security/wso2carbon.jks')
    expect(text(p, 'Server/Security/KeyStore/Password')).toBe('wso2carbon')
    expect(text(p, 'Server/Security/TrustStore/Location')).toBe('${carbon.home}/repository/resources/security/client-truststore.jks')
    const custom = renderSpecObject({
      name: 'ks',
      platform: 'apim-2.6.0',
      pattern: 'single-node',
      database: { type: 'h2' },
      keystore: { file: 'corp.jks', password: 'store-pass', alias: 'corp', truststoreFile: 'trust.jks', truststorePassword: '$secret{trust}' },
      nodes: [{ name: 'aio', role: 'all-in-one', host: 'aio.example' }],
    })
    const q = elementPaths(nodeOf(custom, 'aio').files.carbon)
    expect(text(q, 'Server/Security/KeyStore/Location')).toBe('${carbon.home}/repository/resources/security/corp.jks')
    expect(text(q, 'Server/Security/InternalKeyStore/KeyAlias')).toBe('corp')
    // the key password defaults to the store password
    expect(text(q, 'Server/Security/KeyStore/KeyPassword')).toBe('store-pass')
    // carbon-kernel ServerConfiguration resolves only "Carbon." + the element path
    expect(at(q, 'Server/Security/TrustStore/Password').attrs['svns:secretAlias']).toBe('Carbon.Security.TrustStore.Password')
    const axis2 = elementPaths(nodeOf(custom, 'aio').files.axis2)
    expect(text(axis2, "axisconfig/transportReceiver[@name='https']/parameter[@name='keystore']/KeyStore/Location")).toBe('repository/resources/security/corp.jks')
  })
})
