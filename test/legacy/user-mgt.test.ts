/** user-mgt.xml: realm database, administrator and user store (S0.6, S0.10, S3.1). */
import { describe, expect, it } from 'vitest'
import type { Spec } from '../../src/model/spec.js'
import { JDBC_STORE, LDAP_STORE, UM_DATASOURCE } from './helpers/paths.js'
import { nodeOf, renderFixture, renderSpecObject, type RenderedCase } from './helpers/render.js'
import { at, elementPaths, type ElementInfo } from './helpers/xml-paths.js'

type Paths = Map<string, ElementInfo>
const userMgt = (c: RenderedCase, node: string): Paths => elementPaths(nodeOf(c, node).files.userMgt)
const CONNECTION_URL = `${LDAP_STORE}/Property[@name='ConnectionURL']`

describe('user-mgt.xml', () => {
  it('S0.6: the IS key manager keeps its realm in jdbc/WSO2UM_DB', async () => {
    const c = await renderFixture('26-single-is-km-same-host')
    expect(at(userMgt(c, 'km'), UM_DATASOURCE).text).toBe('jdbc/WSO2UM_DB')
    expect(at(userMgt(c, 'apim'), UM_DATASOURCE).text).toBe('jdbc/WSO2UM_DB')
  })

  it('S3.1: every key manager and API Manager node shares one JDBC user store', async () => {
    const c = await renderFixture('26-active-active-is-km-ha')
    for (const name of ['apim-1', 'apim-2', 'km-1', 'km-2']) {
      const p = userMgt(c, name)
      expect(at(p, UM_DATASOURCE).text).toBe('jdbc/WSO2UM_DB')
      expect(p.has(JDBC_STORE), name).toBe(true)
      expect(p.has(LDAP_STORE), name).toBe(false)
      expect(at(p, `${JDBC_STORE}/Property[@name='CaseInsensitiveUsername']`).text).toBe('true')
    }
  })

  it("S0.10: with sharedLdap, API Manager reads the key manager's embedded LDAP at its effective port", async () => {
    const c = await renderFixture('26-shared-ldap')
    const apim = userMgt(c, 'apim')
    expect(nodeOf(c, 'iskm').node.portOffset).toBe(2)
    expect(at(apim, CONNECTION_URL).text).toBe('ldap://10.3.0.20:10391')
    expect(at(apim, `${LDAP_STORE}/Property[@name='TenantManager']`).text).toBe('org.wso2.carbon.user.core.tenant.CommonHybridLDAPTenantManager')
    expect(apim.has(JDBC_STORE)).toBe(false)
    // permissions and roles stay in the shared database
    expect(at(apim, UM_DATASOURCE).text).toBe('jdbc/WSO2UM_DB')
    // the key manager keeps its own embedded LDAP, addressed through its own port setting
    const km = userMgt(c, 'iskm')
    expect(at(km, CONNECTION_URL).text).toBe('ldap://localhost:${Ports.EmbeddedLDAP.LDAPServerPort}')
    expect(km.has(JDBC_STORE)).toBe(false)
  })

  it('a single node on H2 keeps the realm in its carbon database', async () => {
    const c = await renderFixture('26-single-node-resident')
    const p = userMgt(c, 'apim')
    expect(at(p, UM_DATASOURCE).text).toBe('jdbc/WSO2CarbonDB')
    expect(at(p, 'UserManager/Realm/Configuration/AdminUser/UserName').text).toBe('admin')
    expect(at(p, 'UserManager/Realm/Configuration/AdminUser/Password').text).toBe('admin')
  })

  it('the administrator comes from spec.admin; a $secret password becomes a secure-vault reference', async () => {
    const c = await renderFixture('26-distributed-rsync')
    const p = userMgt(c, 'publisher')
    expect(at(p, 'UserManager/Realm/Configuration/AdminUser/UserName').text).toBe('apimadmin')
    const pw = at(p, 'UserManager/Realm/Configuration/AdminUser/Password')
    expect(pw.text).toBe('password')
    // carbon-kernel RealmConfigXMLProcessor resolves the admin password only under this fixed alias
    expect(pw.attrs['svns:secretAlias']).toBe('UserManager.AdminUser.Password')
    expect(at(p, 'UserManager').attrs['xmlns:svns']).toBe('http://org.wso2.securevault/configuration')
  })

  const ldapSpec = (type: 'resident' | 'is-km', kms: number): Spec => ({
    name: 'ldap',
    platform: 'apim-2.6.0',
    pattern: 'single-node',
    keyManager: { type, sharedLdap: true, ...(kms > 1 ? { loadBalancer: { host: 'km.example' } } : {}) },
    database: { type: 'mysql', host: 'db.example', username: 'wso2', password: 'db-secret-1' },
    admin: { username: 'boss', password: 'boss-secret-1' },
    nodes: [
      { name: 'aio', role: 'all-in-one', host: 'aio.example' },
      ...Array.from({ length: kms }, (_, i) => ({ name: `km-${i + 1}`, role: 'key-manager' as const, host: `km${i + 1}.example` })),
    ],
  })

  it('sharedLdap without an IS key manager warns and keeps the JDBC store', () => {
    const c = renderSpecObject(ldapSpec('resident', 1))
    expect(c.diagnostics.map((d) => d.rule)).toContain('topology/shared-ldap-unavailable')
    expect(userMgt(c, 'aio').has(JDBC_STORE)).toBe(true)
  })

  it('sharedLdap with several key managers warns that only the first LDAP is read', () => {
    const c = renderSpecObject(ldapSpec('is-km', 2))
    expect(c.diagnostics.map((d) => d.rule)).toContain('topology/shared-ldap-ha')
    expect(at(userMgt(c, 'aio'), CONNECTION_URL).text).toBe('ldap://km1.example:10389')
  })
})
