/** Secure-vault references and hostile characters in the Carbon-level files. */
import { describe, expect, it } from 'vitest'
import type { Spec } from '../../src/model/spec.js'
import { LEGACY_CARBON, type LegacyCarbonSection } from '../../src/plan/legacy-carbon.js'
import { clusterParam, dsConfig, UM_DATASOURCE } from './helpers/paths.js'
import { nodeOf, renderFixture, renderSpecObject, renderUnvalidated, type CarbonFile } from './helpers/render.js'
import { at, elementPaths } from './helpers/xml-paths.js'

const SVNS = 'http://org.wso2.securevault/configuration'
const HOSTILE = `a<&>"'b]]>c{{x}}`

describe('secure vault', () => {
  it('a $secret{…} value becomes svns:secretAlias with the text "password", and the alias is listed', async () => {
    const c = await renderFixture('26-active-active-is-km-ha')
    const n = nodeOf(c, 'km-1')
    const ds = elementPaths(n.files.datasources)
    const pw = at(ds, dsConfig('WSO2UM_DB', 'password'))
    expect(pw).toMatchObject({ text: 'password', attrs: { 'svns:secretAlias': 'db_password' } })
    expect(at(ds, 'datasources-configuration').attrs['xmlns:svns']).toBe(SVNS)
    // local databases keep their literal pack credentials
    expect(at(ds, dsConfig('WSO2_CARBON_DB', 'password')).attrs['svns:secretAlias']).toBeUndefined()
    const section = n.node.sections[LEGACY_CARBON] as LegacyCarbonSection
    // RealmConfigXMLProcessor (carbon-kernel) reads the admin password only under its fixed alias
    expect(section.secretAliases).toEqual(['UserManager.AdminUser.Password', 'db_password'])
    expect(section.secretSources).toEqual([{ alias: 'UserManager.AdminUser.Password', holds: 'admin_password' }])
  })

  it('files without an alias do not declare the namespace', async () => {
    const c = await renderFixture('26-single-node-resident')
    const n = nodeOf(c, 'apim')
    expect(at(elementPaths(n.files.carbon), 'Server').attrs['xmlns:svns']).toBeUndefined()
    expect(at(elementPaths(n.files.userMgt), 'UserManager').attrs['xmlns:svns']).toBeUndefined()
    expect((n.node.sections[LEGACY_CARBON] as LegacyCarbonSection).secretAliases).toEqual([])
  })

  it('key store passwords given as $secret{…} are vaulted in carbon.xml and axis2.xml', () => {
    const c = renderSpecObject({
      name: 'vault',
      platform: 'apim-2.6.0',
      pattern: 'single-node',
      database: { type: 'h2' },
      keystore: { password: '$secret{ks_pass}', keyPassword: '$secret{key_pass}', truststorePassword: '$secret{trust_pass}' },
      nodes: [{ name: 'aio', role: 'all-in-one', host: 'aio.example' }],
    })
    const n = nodeOf(c, 'aio')
    const carbon = elementPaths(n.files.carbon)
    expect(at(carbon, 'Server').attrs['xmlns:svns']).toBe(SVNS)
    // carbon-kernel ServerConfiguration resolves carbon.xml values only as "Carbon." + element path
    expect(at(carbon, 'Server/Security/KeyStore/Password').attrs['svns:secretAlias']).toBe('Carbon.Security.KeyStore.Password')
    expect(at(carbon, 'Server/Security/InternalKeyStore/KeyPassword').attrs['svns:secretAlias']).toBe('Carbon.Security.InternalKeyStore.KeyPassword')
    const axis2 = elementPaths(n.files.axis2)
    expect(at(axis2, 'axisconfig').attrs['xmlns:svns']).toBe(SVNS)
    expect(at(axis2, "axisconfig/transportSender[@name='https']/parameter[@name='truststore']/TrustStore/Password").attrs['svns:secretAlias']).toBe('trust_pass')
    expect((n.node.sections[LEGACY_CARBON] as LegacyCarbonSection).secretAliases).toEqual([
      'Carbon.Security.InternalKeyStore.KeyPassword',
      'Carbon.Security.InternalKeyStore.Password',
      'Carbon.Security.KeyStore.KeyPassword',
      'Carbon.Security.KeyStore.Password',
      'Carbon.Security.TrustStore.Password',
      'key_pass',
      'ks_pass',
      'trust_pass',
    ])
  })
})

describe('hostile values round-trip', () => {
  const spec = (): Spec => ({
    name: 'hostile',
    platform: 'apim-2.6.0',
    pattern: 'active-active',
    keyManager: { type: 'is-km', loadBalancer: { host: 'km.example' } },
    database: { type: 'mysql', host: 'db.example', username: `u${HOSTILE}`, password: `p${HOSTILE}` },
    admin: { username: `ad${HOSTILE}`, password: `pw${HOSTILE}` },
    keystore: { password: `ks${HOSTILE}`, alias: `al${HOSTILE}`, keyPassword: `kp${HOSTILE}`, truststorePassword: `tp${HOSTILE}` },
    loadBalancer: { host: 'apis.example' },
    nodes: [
      { name: 'aio-1', role: 'all-in-one', host: 'aio1.example' },
      { name: 'aio-2', role: 'all-in-one', host: 'aio2.example' },
      { name: 'km-1', role: 'key-manager', host: 'km1.example' },
      { name: 'km-2', role: 'key-manager', host: 'km2.example' },
    ],
  })

  const read = (files: Record<CarbonFile, string>, file: CarbonFile, path: string) => at(elementPaths(files[file]), path).raw

  it('database, administrator and key store values read back exactly', () => {
    const c = renderSpecObject(spec())
    for (const name of ['aio-1', 'km-2']) {
      const f = nodeOf(c, name).files
      expect(read(f, 'datasources', dsConfig('WSO2AM_DB', 'password'))).toBe(`p${HOSTILE}`)
      expect(read(f, 'datasources', dsConfig('WSO2REG_DB', 'username'))).toBe(`u${HOSTILE}`)
      expect(read(f, 'userMgt', 'UserManager/Realm/Configuration/AdminUser/UserName')).toBe(`ad${HOSTILE}`)
      expect(read(f, 'userMgt', 'UserManager/Realm/Configuration/AdminUser/Password')).toBe(`pw${HOSTILE}`)
      expect(read(f, 'carbon', 'Server/Security/KeyStore/Password')).toBe(`ks${HOSTILE}`)
      expect(read(f, 'carbon', 'Server/Security/KeyStore/KeyAlias')).toBe(`al${HOSTILE}`)
      expect(read(f, 'carbon', 'Server/Security/InternalKeyStore/KeyPassword')).toBe(`kp${HOSTILE}`)
      expect(read(f, 'carbon', 'Server/Security/TrustStore/Password')).toBe(`tp${HOSTILE}`)
      expect(read(f, 'registry', 'wso2registry/remoteInstance/cacheId')).toBe(`u${HOSTILE}@jdbc:mysql://db.example:3306/regdb`)
    }
    expect(read(nodeOf(c, 'aio-1').files, 'axis2', "axisconfig/transportReceiver[@name='https']/parameter[@name='keystore']/KeyStore/Password")).toBe(`ks${HOSTILE}`)
  })

  it('values the validator refuses are still escaped when planned directly', () => {
    const s = spec()
    s.database!.names = { apim: `am${HOSTILE}`, user: `um${HOSTILE}`, registry: `reg${HOSTILE}` }
    s.keystore!.file = `k${HOSTILE}.jks`
    s.clustering = { scheme: 'wka', domain: `dom${HOSTILE}` }
    const c = renderUnvalidated(s)
    const f = nodeOf(c, 'aio-2').files
    expect(read(f, 'datasources', dsConfig('WSO2UM_DB', 'url'))).toBe(`jdbc:mysql://db.example:3306/um${HOSTILE}?autoReconnect=true&useSSL=false&allowPublicKeyRetrieval=true`)
    expect(read(f, 'carbon', 'Server/Security/KeyStore/Location')).toBe(`\${carbon.home}/repository/resources/security/k${HOSTILE}.jks`)
    expect(read(f, 'axis2', clusterParam('domain'))).toBe(`dom${HOSTILE}`)
    expect(read(f, 'userMgt', UM_DATASOURCE)).toBe('jdbc/WSO2UM_DB')
  })
})
