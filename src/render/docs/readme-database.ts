/** README: create the databases and accounts, run the products' table scripts, install JDBC drivers. */
import type { DatabaseSetup, DeploymentSection } from '../../plan/deployment.js'
import type { TopologyPlan } from '../../plan/types.js'
import { accountsOf, passwordVariables, shownPassword } from '../database/variables.js'
import { code, fence, table, type Part } from './markdown.js'
import { remote, shellCommand, shellWord } from './shell.js'
import { hostPort, sqlcmdServer } from '../../plan/address.js'

type ServerType = DatabaseSetup['type']

/** Admin session that runs the setup script, with the variables the script needs. */
function adminCommands(type: ServerType, host: string, port: number, vars: readonly string[], databases: readonly string[]): string[] {
  const file = `database/${type}-setup.sql`
  switch (type) {
    case 'mysql': {
      // Variable names are plain identifiers; the operator puts the value in place of <value>.
      const init = vars.length ? ` --init-command="${vars.map((v) => `SET @${v} = '<value>';`).join(' ')}"` : ''
      return [`${shellCommand('mysql', '-h', host, '-P', String(port), '-u', 'root', '-p')}${init} < ${file}`]
    }
    case 'postgresql':
      return [`${shellCommand('psql', '-h', host, '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1')}${vars.map((v) => ` -v ${v}='<value>'`).join('')} -f ${file}`]
    case 'mssql':
      return [`${shellCommand('sqlcmd', '-S', sqlcmdServer(host, port), '-U', 'sa', '-b')}${vars.map((v) => ` -v ${v}="<value>"`).join('')} -i ${file}`]
    case 'oracle':
      // Each JDBC URL names its database as a service: the accounts are created in every one.
      return databases.map((db) => `${shellCommand('sqlplus', `system@//${hostPort(host, port)}/${db}`)} @${file}`)
  }
}

/** A table script run as the account the nodes use, so the tables belong to it. */
function scriptCommand(db: DatabaseSetup, username: string, path: string): string {
  const { type, host, port, database } = db
  switch (type) {
    case 'mysql':
      return `${shellCommand('mysql', '-h', host, '-P', String(port), '-u', username, '-p', database)} < ${shellWord(path)}`
    case 'postgresql':
      return shellCommand('psql', '-h', host, '-p', String(port), '-U', username, '-d', database, '-v', 'ON_ERROR_STOP=1', '-f', path)
    case 'mssql':
      return shellCommand('sqlcmd', '-S', sqlcmdServer(host, port), '-U', username, '-d', database, '-b', '-i', path)
    case 'oracle':
      return `${shellCommand('sqlplus', `${username}@//${hostPort(host, port)}/${database}`)} @${shellWord(path)}`
  }
}

const VARIABLE_HOW: Record<ServerType, string> = {
  mysql: 'as a user variable set in --init-command (or uncomment the SET line at the top of the script)',
  postgresql: 'as a psql variable (-v)',
  mssql: 'as a sqlcmd variable (-v)',
  oracle: 'as a SQL*Plus substitution variable (DEFINE it first, or SQL*Plus asks for it)',
}

export function databasePart(t: TopologyPlan, d: DeploymentSection): Part {
  if (d.databases.length === 0) {
    return { title: 'Databases', body: ['Every datasource uses the embedded H2 database inside its node: there is nothing to set up.', ''] }
  }
  const type = d.databases[0]!.type
  const { host, port } = d.databases[0]!
  const vars = passwordVariables(d.databases)
  const accounts = accountsOf(d.databases)
  const out = [
    `Run ${code(`database/${type}-setup.sql`)} as an administrator of the ${type} server at ${code(hostPort(host, port))}. ` +
      (type === 'oracle'
        ? 'The datasources name each database as an Oracle service: run it in each one; it creates the account below there and lets it create tables. '
        : 'It creates every database and account below and grants each account full rights on its databases. ') +
      'Running it again changes nothing.',
    '',
    ...fence(adminCommands(type, host, port, [...vars.values()], d.databases.map((x) => x.database))),
    '',
    ...table(
      ['account', 'password', 'passed as'],
      accounts.map((a) => [code(a.username), code(shownPassword(a.password)), vars.has(a.password) ? `${code(vars.get(a.password)!)} ${VARIABLE_HOW[type]}` : 'written into the script']),
    ),
    '',
    ...table(
      ['database', 'datasources', 'nodes'],
      d.databases.map((db) => [code(db.database), db.datasources.join(', '), db.nodes.join(', ')]),
    ),
    '',
    "Then create each database's tables with the product's own scripts (shipped in the pack under `dbscripts/`), " +
      'as the account the nodes use so that it owns the tables; each command asks for that password:',
    '',
  ]
  const lines: string[] = []
  const notes: string[] = []
  for (const db of d.databases) {
    const user = db.users[0]!.username
    for (const s of db.scripts) {
      const home = d.nodes.find((n) => n.node === s.node)!.home
      lines.push(`# ${db.database}: from the ${s.pack} pack (on ${s.node}: ${home})`, `cd ${shellWord(home)}`)
      for (const p of s.paths) lines.push(scriptCommand(db, user, p))
      if (s.note && !notes.includes(s.note)) notes.push(s.note)
    }
  }
  out.push(...fence(lines), '')
  for (const n of notes) out.push(`- ${n[0]!.toUpperCase()}${n.slice(1)}.`)
  if (notes.length) out.push('')
  return { title: 'Databases', body: out }
}

export function driversPart(t: TopologyPlan, d: DeploymentSection): Part | undefined {
  const withDriver = d.nodes.filter((n) => n.jdbcDriver)
  if (withDriver.length === 0) return undefined
  const jars = [...new Set(withDriver.map((n) => n.jdbcDriver!.jar))]
  const lines: string[] = []
  for (const jar of jars) {
    const driver = withDriver.find((n) => n.jdbcDriver!.jar === jar)!.jdbcDriver!
    lines.push(`# ${driver.coordinates}`, shellCommand('curl', '-fLO', driver.url))
    for (const n of withDriver.filter((x) => x.jdbcDriver!.jar === jar)) {
      lines.push(shellCommand('scp', jar, remote(n.host, `${n.home}/repository/components/lib/`)))
    }
  }
  return {
    title: 'JDBC drivers',
    body: [
    `The packs ship no ${t.database.type} driver. Put the driver jar into ${code('repository/components/lib')} of every node that connects to the database:`,
    '',
    ...fence(lines),
    '',
    ],
  }
}
