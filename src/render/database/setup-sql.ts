/**
 * database/<type>-setup.sql: creates every database and account the datasources reference on the
 * topology's database server, with the rights the products need; idempotent. One file per database
 * type in use (none for H2). Formats `topology.sections.deployment.databases`.
 */
import { deploymentOf, type DatabaseSetup } from '../../plan/deployment.js'
import type { TopologyPlan } from '../../plan/types.js'
import type { TopologyRenderer } from '../types.js'
import { mssqlSetup } from './mssql.js'
import { mysqlSetup } from './mysql.js'
import { oracleSetup } from './oracle.js'
import { postgresqlSetup } from './postgresql.js'
import type { SetupInput } from './types.js'
import { accountsOf, passwordVariables } from './variables.js'

const DIALECTS: Record<DatabaseSetup['type'], (input: SetupInput) => string> = {
  mysql: mysqlSetup,
  postgresql: postgresqlSetup,
  mssql: mssqlSetup,
  oracle: oracleSetup,
}

export function renderDatabaseSetup(t: TopologyPlan): Record<string, string> {
  const databases = deploymentOf(t).databases
  const out: Record<string, string> = {}
  for (const type of [...new Set(databases.map((d) => d.type))].sort()) {
    const mine = databases.filter((d) => d.type === type)
    out[`database/${type}-setup.sql`] = DIALECTS[type]({
      name: t.name,
      host: mine[0]!.host,
      port: mine[0]!.port,
      databases: mine,
      accounts: accountsOf(mine),
      variables: passwordVariables(mine),
    })
  }
  return out
}

export const databaseSetupRenderer: TopologyRenderer = {
  id: 'database-setup',
  render: renderDatabaseSetup,
}
