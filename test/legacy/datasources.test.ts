/** master-datasources.xml: shared databases, pool settings, JDBC facts per database type (S0.2, S3.2). */
import { describe, expect, it } from 'vitest'
import type { DatabaseType, Spec } from '../../src/model/spec.js'
import { CORPUS, OB_PAIR_ONE_HOST } from './helpers/corpus.js'
import { datasource, dsConfig, jndiOf, UM_DATASOURCE } from './helpers/paths.js'
import { nodeOf, renderFixture, renderSpecObject, type RenderedCase } from './helpers/render.js'
import { at, elementPaths, type ElementInfo } from './helpers/xml-paths.js'

type Paths = Map<string, ElementInfo>
const datasources = (c: RenderedCase, node: string): Paths => elementPaths(nodeOf(c, node).files.datasources)
const cfg = (p: Paths, id: string, field: string) => at(p, dsConfig(id, field)).text

/** Every JNDI name master-datasources.xml defines. */
function jndiNames(p: Paths): Set<string> {
  return new Set([...p.entries()].filter(([k]) => k.includes('/jndiConfig[') && k.endsWith('/name')).map(([, e]) => e.text))
}

const SHARED = [
  ['WSO2AM_DB', 'jdbc/WSO2AM_DB'],
  ['WSO2UM_DB', 'jdbc/WSO2UM_DB'],
  ['WSO2REG_DB', 'jdbc/WSO2REG_DB'],
] as const

describe('master-datasources.xml', () => {
  it('S0.2: key manager and API Manager nodes define the same three shared datasources', async () => {
    for (const f of ['26-single-is-km-same-host', '26-active-active-is-km-ha']) {
      const c = await renderFixture(f)
      const urls = new Map<string, Set<string>>()
      for (const name of c.nodes.keys()) {
        const p = datasources(c, name)
        for (const [id, jndi] of SHARED) {
          expect(jndiOf(p, id), `${f}/${name} ${id}`).toBe(jndi)
          urls.set(id, (urls.get(id) ?? new Set()).add(cfg(p, id, 'url')))
        }
      }
      for (const [id, set] of urls) {
        expect(set.size, `${f} ${id}: one URL on every node`).toBe(1)
        expect([...set][0]).toMatch(/^jdbc:mysql:\/\//)
      }
    }
  })

  it('S3.2: shared databases get the pool settings and no auto-commit; WSO2_CARBON_DB stays local H2', async () => {
    const c = await renderFixture('26-active-active-is-km-ha')
    for (const name of ['apim-1', 'km-2']) {
      const p = datasources(c, name)
      for (const [id] of SHARED) {
        expect(cfg(p, id, 'maxActive')).toBe('100')
        expect(cfg(p, id, 'maxWait')).toBe('60000')
        expect(cfg(p, id, 'testOnBorrow')).toBe('true')
        expect(cfg(p, id, 'validationQuery')).toBe('SELECT 1')
        expect(cfg(p, id, 'validationInterval')).toBe('30000')
        expect(cfg(p, id, 'defaultAutoCommit')).toBe('false')
      }
      expect(cfg(p, 'WSO2_CARBON_DB', 'url')).toMatch(/^jdbc:h2:/)
      expect(cfg(p, 'WSO2_CARBON_DB', 'driverClassName')).toBe('org.h2.Driver')
      expect(cfg(p, 'WSO2_CARBON_DB', 'maxActive')).toBe('50')
      expect(jndiOf(p, 'WSO2_CARBON_DB')).toBe('jdbc/WSO2CarbonDB')
    }
  })

  it('every node keeps the pack entries; Open Banking KM adds its config and Open Banking databases', () => {
    const c = renderSpecObject(OB_PAIR_ONE_HOST)
    const p = datasources(c, 'obkm-2')
    expect([...p.keys()].filter((k) => /^datasources-configuration\/datasources\/datasource\[name='[^']+'\]$/.test(k))).toEqual(
      ['WSO2_CARBON_DB', 'WSO2AM_DB', 'WSO2AM_STATS_DB', 'WSO2_MB_STORE_DB', 'WSO2UM_DB', 'WSO2REG_DB', 'WSO2CONFIG_DB', 'WSO2_OPEN_BANKING_DB'].map(datasource),
    )
    expect(jndiOf(p, 'WSO2CONFIG_DB')).toBe('jdbc/WSO2Config_DB')
    expect(cfg(p, 'WSO2CONFIG_DB', 'url')).toBe('jdbc:mysql://db.example:3306/ob_configdb?autoReconnect=true&useSSL=false&allowPublicKeyRetrieval=true')
    expect(jndiOf(p, 'WSO2_OPEN_BANKING_DB')).toBe('jdbc/WSO2OpenBankingDB')
  })

  const TYPES: [DatabaseType, string, RegExp, string][] = [
    ['mysql', 'com.mysql.jdbc.Driver', /^jdbc:mysql:\/\/db\.example:3306\/userdb(\?|$)/, 'SELECT 1'],
    ['postgresql', 'org.postgresql.Driver', /^jdbc:postgresql:\/\/db\.example:5432\/userdb$/, 'SELECT 1; COMMIT'],
    ['mssql', 'com.microsoft.sqlserver.jdbc.SQLServerDriver', /^jdbc:sqlserver:\/\/db\.example:1433;databaseName=userdb(;|$)/, 'SELECT 1'],
    ['oracle', 'oracle.jdbc.OracleDriver', /^jdbc:oracle:thin:@db\.example:1521\/userdb$/, 'SELECT 1 FROM DUAL'],
  ]
  for (const [type, driver, url, query] of TYPES) {
    it(`PITFALL 22: ${type} gets its driver, URL form and validation query`, () => {
      const spec: Spec = {
        name: `db-${type}`,
        platform: 'apim-2.6.0',
        pattern: 'single-node',
        keyManager: { type: 'is-km' },
        database: { type, host: 'db.example', username: 'wso2', password: 'db-secret-1' },
        admin: { username: 'boss', password: 'boss-secret-1' },
        nodes: [
          { name: 'aio', role: 'all-in-one', host: 'aio.example' },
          { name: 'km', role: 'key-manager', host: 'km.example' },
        ],
      }
      const c = renderSpecObject(spec)
      for (const name of ['aio', 'km']) {
        const p = datasources(c, name)
        expect(cfg(p, 'WSO2UM_DB', 'driverClassName')).toBe(driver)
        expect(cfg(p, 'WSO2UM_DB', 'url')).toMatch(url)
        expect(cfg(p, 'WSO2UM_DB', 'validationQuery')).toBe(query)
        expect(cfg(p, 'WSO2UM_DB', 'username')).toBe('wso2')
        expect(cfg(p, 'WSO2UM_DB', 'password')).toBe('db-secret-1')
      }
    })
  }

  it('PITFALL 10: every JNDI name user-mgt.xml and registry.xml reference is defined', async () => {
    const cases: [string, RenderedCase][] = CORPUS.map((s: Spec) => [s.name, renderSpecObject(s)])
    for (const f of ['26-single-node-resident', '26-single-is-km-same-host', '26-active-active-is-km-ha', '26-distributed-rsync', '26-distributed-shared-fs', '26-cohosted-auto', '26-shared-ldap']) {
      cases.push([f, await renderFixture(f)])
    }
    let checked = 0
    for (const [name, c] of cases) {
      for (const { node, files } of c.nodes.values()) {
        const defined = jndiNames(elementPaths(files.datasources))
        const referenced = [at(elementPaths(files.userMgt), UM_DATASOURCE).text]
        for (const [k, e] of elementPaths(files.registry)) if (/^wso2registry\/dbConfig\[@name='[^']+'\]\/dataSource$/.test(k)) referenced.push(e.text)
        for (const jndi of referenced) {
          expect(defined.has(jndi), `${name}/${node.name}: ${jndi}`).toBe(true)
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(100)
  })
})
