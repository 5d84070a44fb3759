import { describe, expect, it } from 'vitest'
import { broken, edit, lineOf } from './helpers.js'

const KM = 'nodes/km-1/repository/conf'

describe('lint: datasources', () => {
  it('legacy/jndi-undefined: user-mgt.xml dataSource not in master-datasources.xml, with a did-you-mean', async () => {
    const { dir, found } = await broken('26-active-active-is-km-ha', 'legacy/jndi-undefined', (d) => edit(d, `${KM}/user-mgt.xml`, '>jdbc/WSO2UM_DB<', '>jdbc/WSO2_UM_DB<'))
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ severity: 'error', file: `${dir}/${KM}/user-mgt.xml`, line: lineOf(dir, `${KM}/user-mgt.xml`, 'jdbc/WSO2_UM_DB') })
    expect(found[0]!.message).toContain('jdbc/WSO2_UM_DB')
    expect(found[0]!.hint).toContain('did you mean jdbc/WSO2UM_DB?')
  })

  it('legacy/jndi-undefined: identity.xml persistence manager', async () => {
    const { dir, found } = await broken('26-active-active-is-km-ha', 'legacy/jndi-undefined', (d) => edit(d, `${KM}/identity/identity.xml`, '<Name>jdbc/WSO2AM_DB</Name>', '<Name>jdbc/WSO2IdentityDB</Name>'))
    expect(found).toEqual([expect.objectContaining({ line: lineOf(dir, `${KM}/identity/identity.xml`, 'jdbc/WSO2IdentityDB'), message: expect.stringContaining('identity persistence manager') })])
  })

  it('legacy/jndi-undefined: registry.xml dbConfig, found when the datasource is removed instead', async () => {
    const { dir, found } = await broken('26-active-active-is-km-ha', 'legacy/jndi-undefined', (d) => edit(d, `${KM}/datasources/master-datasources.xml`, '<name>jdbc/WSO2REG_DB</name>', '<name>jdbc/WSO2REGISTRY_DB</name>'))
    expect(found).toEqual([expect.objectContaining({ file: `${dir}/${KM}/registry.xml`, line: lineOf(dir, `${KM}/registry.xml`, 'jdbc/WSO2REG_DB') })])
  })

  it('legacy/jndi-undefined: open-banking.xml', async () => {
    const OB = 'nodes/obkm-1/repository/conf'
    const { dir, found } = await broken('26-ob-km-two-hosts', 'legacy/jndi-undefined', (d) => edit(d, `${OB}/finance/open-banking.xml`, 'jdbc/WSO2OpenBankingDB', 'jdbc/WSO2OpenBankDB'))
    expect(found).toEqual([expect.objectContaining({ file: `${dir}/${OB}/finance/open-banking.xml`, hint: expect.stringContaining('did you mean jdbc/WSO2OpenBankingDB?') })])
  })

  it('legacy/jndi-duplicate: two datasources with one JNDI name', async () => {
    const { dir, found } = await broken('26-active-active-is-km-ha', 'legacy/jndi-duplicate', (d) => edit(d, `${KM}/datasources/master-datasources.xml`, '<name>jdbc/WSO2AM_STATS_DB</name>', '<name>jdbc/WSO2AM_DB</name>'))
    expect(found).toEqual([expect.objectContaining({ severity: 'error', line: lineOf(dir, `${KM}/datasources/master-datasources.xml`, '<name>WSO2AM_STATS_DB</name>') + 3 })])
  })

  it('datasource/h2-clustered: a shared datasource on H2 in a clustered node', async () => {
    const { dir, found } = await broken('26-active-active-is-km-ha', 'datasource/h2-clustered', (d) =>
      edit(d, `${KM}/datasources/master-datasources.xml`, /<url>jdbc:mysql:\/\/db\.acme\.io:3306\/userdb[^<]*<\/url>/, '<url>jdbc:h2:./repository/database/WSO2UM_DB</url>'),
    )
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ severity: 'error', line: lineOf(dir, `${KM}/datasources/master-datasources.xml`, 'jdbc:h2:./repository/database/WSO2UM_DB') })
    expect(found[0]!.message).toMatch(/jdbc\/WSO2UM_DB.*node km-1 is clustered \(wka, domain wso2\.km\.domain\)/)
  })

  it('datasource/h2-clustered: an H2 [database.shared_db] in deployment.toml of a node with peers', async () => {
    const T = 'nodes/apim-1/repository/conf/deployment.toml'
    const { dir, found } = await broken('47-active-active-one-host', 'datasource/h2-clustered', (d) => edit(d, T, /url = "jdbc:postgresql:[^"]*shareddb[^"]*"/, 'url = "jdbc:h2:./repository/database/SHARED_DB"'))
    expect(found).toEqual([expect.objectContaining({ line: lineOf(dir, T, 'SHARED_DB"'), message: expect.stringContaining('[database.shared_db] is an H2 database') })])
  })
})
