/** database/<type>-setup.sql: one file per database type in use, idempotent statements, hostile values quoted. */
import { describe, expect, it } from 'vitest'
import { renderDatabaseSetup } from '../../src/render/database/setup-sql.js'
import { mysqlGrantDb, mysqlIdent, mysqlString, mssqlIdent, mssqlString, pgIdent, pgString, commentText } from '../../src/render/database/quote.js'
import { fixturePlan, textPlan } from '../helpers/plan-of.js'

const USER = `o'ha"ra\\x; DROP`
const PASSWORD = `p'a"s\\s$$;--\n\`x\`%_`

const spec = (db: string, platform = 'apim-4.7.0') => `name: hostile
platform: ${platform}
pattern: active-active
database:
  type: ${db}
  host: db.example.com
  username: ${JSON.stringify(USER)}
  password: ${JSON.stringify(PASSWORD)}
  names: { apim: apim_db }
admin: { username: admin, password: "$secret{admin_password}" }
loadBalancer: { host: apim.example.com }
nodes:
  - { name: apim-1, role: all-in-one, host: 10.0.0.1 }
  - { name: apim-2, role: all-in-one, host: 10.0.0.2 }
`

describe('quoting', () => {
  it('MySQL: backticks doubled, string escapes, GRANT wildcards escaped', () => {
    expect(mysqlIdent('a`b')).toBe('`a``b`')
    expect(mysqlString(`a'b\\c\0d\ne\x1a`)).toBe(`'a''b\\\\c\\0d\\ne\\Z'`)
    expect(mysqlGrantDb('apim_db%')).toBe('`apim\\_db\\%`')
  })
  it('PostgreSQL: double quotes doubled, single quotes doubled, backslash literal', () => {
    expect(pgIdent('a"b')).toBe('"a""b"')
    expect(pgString(`a'b\\c`)).toBe(`'a''b\\c'`)
  })
  it('SQL Server: brackets and N literals', () => {
    expect(mssqlIdent('a]b')).toBe('[a]]b]')
    expect(mssqlString("a'b")).toBe("N'a''b'")
  })
  it('comments cannot be ended by a value', () => expect(commentText('a\nb\r;c')).toBe('a?b??c'))
})

describe('setup scripts', () => {
  it('one file per database type in use; none for H2', async () => {
    expect(Object.keys(renderDatabaseSetup(await fixturePlan('26-single-node-resident')))).toEqual([])
    expect(Object.keys(renderDatabaseSetup(await fixturePlan('26-distributed-rsync')))).toEqual(['database/postgresql-setup.sql'])
    expect(Object.keys(renderDatabaseSetup(await fixturePlan('26-cohosted-auto')))).toEqual(['database/oracle-setup.sql'])
    expect(Object.keys(renderDatabaseSetup(await fixturePlan('26-distributed-shared-fs')))).toEqual(['database/mssql-setup.sql'])
  })

  it('MySQL: create-if-absent, password set again, grants per database, hostile values quoted', () => {
    const sql = renderDatabaseSetup(textPlan(spec('mysql')))['database/mysql-setup.sql']!
    const account = `'o''ha"ra\\\\x; DROP'@'%'`
    const pw = `'p''a"s\\\\s$$;--\\n\`x\`%_'`
    expect(sql).toContain('CREATE DATABASE IF NOT EXISTS `apim_db` CHARACTER SET latin1;')
    expect(sql).toContain('CREATE DATABASE IF NOT EXISTS `shareddb` CHARACTER SET latin1;')
    expect(sql).toContain(`CREATE USER IF NOT EXISTS ${account} IDENTIFIED BY ${pw};`)
    expect(sql).toContain(`ALTER USER ${account} IDENTIFIED BY ${pw};`)
    expect(sql).toContain(`GRANT ALL PRIVILEGES ON \`apim\\_db\`.* TO ${account};`)
    expect(sql).toContain("SET SESSION sql_mode = REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', '');")
    // the hostile text never leaves a literal: no line ends inside one
    for (const line of sql.split('\n')) if (!line.startsWith('--')) expect((line.match(/(?<!\\)'/g) ?? []).length % 2).toBe(0)
  })

  it('PostgreSQL: \\gexec create-if-absent, owner and grant, hostile values quoted', () => {
    const sql = renderDatabaseSetup(textPlan(spec('postgresql')))['database/postgresql-setup.sql']!
    expect(sql).toContain(`SELECT format('CREATE ROLE %I LOGIN', 'o''ha"ra\\x; DROP') WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'o''ha"ra\\x; DROP') \\gexec`)
    expect(sql).toContain(`ALTER ROLE "o'ha""ra\\x; DROP" WITH LOGIN PASSWORD 'p''a"s\\s$$;--\n\`x\`%_';`)
    expect(sql).toContain(`SELECT format('CREATE DATABASE %I OWNER %I', 'apim_db', 'o''ha"ra\\x; DROP') WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_database WHERE datname = 'apim_db') \\gexec`)
    expect(sql).toContain(`ALTER DATABASE "apim_db" OWNER TO "o'ha""ra\\x; DROP";`)
    expect(sql).toContain(`GRANT ALL PRIVILEGES ON DATABASE "shareddb" TO "o'ha""ra\\x; DROP";`)
  })

  it('a referenced password becomes a client variable with a guard, never a literal', async () => {
    const pg = renderDatabaseSetup(await fixturePlan('47-is7-apim-to-is'))['database/postgresql-setup.sql']!
    expect(pg).toContain(`ALTER ROLE "wso2" WITH LOGIN PASSWORD :'db_password';`)
    expect(pg).toContain('\\if :{?db_password}')
    expect(pg).not.toContain('$secret')
    const my = renderDatabaseSetup(await fixturePlan('47-all-in-one'))['database/mysql-setup.sql']!
    expect(my).toContain(`CONCAT('CREATE USER IF NOT EXISTS ''apim''@''%'' IDENTIFIED BY ', QUOTE(@APIM_DB_PASSWORD))`)
    expect(my).toContain(`-- SET @APIM_DB_PASSWORD = '<value>';`)
  })

  it('SQL Server and Oracle: guarded creation, hostile values quoted', () => {
    // sqlcmd and SQL*Plus read line by line: a line break in a literal is rejected for them (script-clients.test.ts)
    const oneLine = (db: string) => spec(db).replace(JSON.stringify(PASSWORD), () => JSON.stringify(PASSWORD.replace('\n', ' ')))
    const ms = renderDatabaseSetup(textPlan(oneLine('mssql')))['database/mssql-setup.sql']!
    expect(ms).toContain(`IF DB_ID(N'apim_db') IS NULL EXEC(N'CREATE DATABASE [apim_db]');`)
    expect(ms).toContain(`DECLARE @wso2cfg_password nvarchar(128) = N'p''a"s\\s$$;-- \`x\`%_';`)
    expect(ms).toContain(`EXEC(N'CREATE LOGIN [o''ha"ra\\x; DROP] WITH PASSWORD = ' + N'N' + QUOTENAME(@wso2cfg_password, N''''));`)
    const ora = renderDatabaseSetup(textPlan(oneLine('oracle')))['database/oracle-setup.sql']!
    // Oracle cannot hold a double quote in a name: the script stops with a message instead
    expect(ora).toContain('RAISE_APPLICATION_ERROR(-20001')
    expect(ora).not.toContain('CREATE USER')
  })
})
