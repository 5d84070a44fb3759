/** registry.xml: JDBC mounts of the shared registry database (S3.4, PITFALL 12). */
import { describe, expect, it } from 'vitest'
import { dsConfig } from './helpers/paths.js'
import { OB_PAIR_ONE_HOST } from './helpers/corpus.js'
import { nodeOf, renderFixture, renderSpecObject, type RenderedCase } from './helpers/render.js'
import { at, elementPaths, type ElementInfo } from './helpers/xml-paths.js'

type Paths = Map<string, ElementInfo>
const registry = (c: RenderedCase, node: string): Paths => elementPaths(nodeOf(c, node).files.registry)
const CONFIG = "wso2registry/mount[@path='/_system/config']"
const GOVERNANCE = "wso2registry/mount[@path='/_system/governance']"

/** The remote instances of a registry file, by id. */
function instances(p: Paths): Map<string, { dbConfig: string; cacheId: string; readOnly: string }> {
  const out = new Map<string, { dbConfig: string; cacheId: string; readOnly: string }>()
  for (let i = 1; p.has(`wso2registry/remoteInstance${i > 1 ? `[${i}]` : ''}`); i++) {
    const base = `wso2registry/remoteInstance${i > 1 ? `[${i}]` : ''}`
    out.set(at(p, `${base}/id`).text, {
      dbConfig: at(p, `${base}/dbConfig`).text,
      cacheId: at(p, `${base}/cacheId`).text,
      readOnly: at(p, `${base}/readOnly`).text,
    })
  }
  return out
}

describe('registry.xml', () => {
  it('S3.4: config and governance mounts with cacheId = user@JDBC URL without parameters', async () => {
    const c = await renderFixture('26-active-active-is-km-ha')
    for (const node of ['apim-1', 'apim-2', 'km-1', 'km-2']) {
      const p = registry(c, node)
      const ds = elementPaths(nodeOf(c, node).files.datasources)
      expect(at(ds, dsConfig('WSO2REG_DB', 'url')).text).toBe('jdbc:mysql://db.acme.io:3306/regdb?autoReconnect=true&useSSL=false&allowPublicKeyRetrieval=true')
      expect(at(p, "wso2registry/dbConfig[@name='govregistry']/dataSource").text).toBe('jdbc/WSO2REG_DB')
      expect(instances(p)).toEqual(new Map([['gov', { dbConfig: 'govregistry', cacheId: 'wso2@jdbc:mysql://db.acme.io:3306/regdb', readOnly: 'false' }]]))
      for (const m of [CONFIG, GOVERNANCE]) {
        expect(at(p, m).attrs.overwrite).toBe('true')
        expect(at(p, `${m}/instanceId`).text).toBe('gov')
      }
      expect(at(p, `${GOVERNANCE}/targetPath`).text).toBe('/_system/governance')
      // the local registry stays on the node's own database
      expect(at(p, 'wso2registry/currentDBConfig').text).toBe('wso2registry')
      expect(at(p, "wso2registry/dbConfig[@name='wso2registry']/dataSource").text).toBe('jdbc/WSO2CarbonDB')
      expect(at(p, 'wso2registry/versionResourcesOnChange').text).toBe('false')
    }
  })

  it('PITFALL 12: API Manager and key manager keep their configuration collections apart', async () => {
    const c = await renderFixture('26-active-active-is-km-ha')
    expect(at(registry(c, 'apim-1'), `${CONFIG}/targetPath`).text).toBe('/_system/config/apim')
    expect(at(registry(c, 'km-1'), `${CONFIG}/targetPath`).text).toBe('/_system/config/km')
    const resident = await renderFixture('26-distributed-rsync')
    // the resident key manager is an API Manager node: it shares API Manager's configuration
    expect(at(registry(resident, 'km'), `${CONFIG}/targetPath`).text).toBe('/_system/config/apim')
  })

  it('S3.4: cacheId keeps the database of an MS SQL Server URL and drops its other properties', async () => {
    const c = await renderFixture('26-distributed-shared-fs')
    const id = instances(registry(c, 'pub')).get('gov')!.cacheId
    expect(id).toBe('wso2@jdbc:sqlserver://sql.internal:1433;databaseName=regdb')
  })

  it('S3.4: Open Banking KM mounts its configuration from WSO2CONFIG_DB and governance from WSO2REG_DB', async () => {
    const c = renderSpecObject(OB_PAIR_ONE_HOST)
    const p = registry(c, 'obkm-1')
    expect(at(p, "wso2registry/dbConfig[@name='configRegistry']/dataSource").text).toBe('jdbc/WSO2Config_DB')
    expect(at(p, "wso2registry/dbConfig[@name='governanceRegistry']/dataSource").text).toBe('jdbc/WSO2REG_DB')
    const inst = instances(p)
    expect(inst.get('configInstance')).toEqual({ dbConfig: 'configRegistry', cacheId: 'ob@jdbc:mysql://db.example:3306/ob_configdb', readOnly: 'false' })
    expect(inst.get('governanceInstance')?.cacheId).toBe('ob@jdbc:mysql://db.example:3306/ob_govdb')
    expect(at(p, `${CONFIG}/instanceId`).text).toBe('configInstance')
    expect(at(p, `${GOVERNANCE}/instanceId`).text).toBe('governanceInstance')
  })

  it('a single node on H2 mounts nothing', async () => {
    const c = await renderFixture('26-single-node-resident')
    const p = registry(c, 'apim')
    expect([...p.keys()].filter((k) => /remoteInstance|mount|govregistry/.test(k))).toEqual([])
  })

  it('every mount names a remote instance, whose dbConfig exists and is not the local one', async () => {
    const cases: [string, RenderedCase][] = [['ob', renderSpecObject(OB_PAIR_ONE_HOST)]]
    for (const f of ['26-active-active-is-km-ha', '26-distributed-rsync', '26-cohosted-auto']) cases.push([f, await renderFixture(f)])
    for (const [f, c] of cases) {
      for (const name of c.nodes.keys()) {
        const p = registry(c, name)
        const inst = instances(p)
        for (const m of [CONFIG, GOVERNANCE]) {
          if (!p.has(m)) continue
          const ref = inst.get(at(p, `${m}/instanceId`).text)
          expect(ref, `${f}/${name} ${m}`).toBeDefined()
          expect(p.has(`wso2registry/dbConfig[@name='${ref!.dbConfig}']`)).toBe(true)
          expect(ref!.dbConfig).not.toBe(at(p, 'wso2registry/currentDBConfig').text)
        }
      }
    }
  })
})
