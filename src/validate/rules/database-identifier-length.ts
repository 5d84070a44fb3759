import type { DatabaseType } from '../../model/spec.js'
import type { Finding } from '../../diagnostics/diagnostic.js'
import type { Rule } from './types.js'
import { isReference } from '../../util/secrets.js'
import { error } from './helpers.js'

const RULE = 'topology/database-identifier-length'

/** How a server measures a name, and how long it may be. */
interface Limit {
  max: number
  unit: 'bytes' | 'characters'
  measure: (s: string) => number
  server: string
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8')
const codePoints = (s: string): number => [...s].length
/** nvarchar counts UTF-16 code units. */
const utf16Units = (s: string): number => s.length

/**
 * Longest database name and account name per server; a longer name is cut (PostgreSQL, with only a
 * NOTICE) or refused by the server, and the setup script then creates something else than the
 * datasources reach.
 * - PostgreSQL: identifiers are at most NAMEDATALEN-1 = 63 bytes (PostgreSQL manual, "Identifiers and
 *   Key Words"; truncate_identifier in src/backend/parser/scansup.c).
 * - MySQL 8.0: user names at most 32 characters (MySQL manual, "Replication and User Name Length"),
 *   database names at most 64 characters ("Identifier Length Limits"); 32 is the limit both MySQL and
 *   MariaDB accept.
 * - SQL Server: identifiers are sysname, nvarchar(128) ("Database Identifiers").
 * - Oracle 12.2 and later: identifiers at most 128 bytes ("Database Object Names and Qualifiers").
 */
const LIMITS: Partial<Record<DatabaseType, { database: Limit; user: Limit }>> = {
  postgresql: {
    database: { max: 63, unit: 'bytes', measure: bytes, server: 'PostgreSQL' },
    user: { max: 63, unit: 'bytes', measure: bytes, server: 'PostgreSQL' },
  },
  mysql: {
    database: { max: 64, unit: 'characters', measure: codePoints, server: 'MySQL/MariaDB' },
    user: { max: 32, unit: 'characters', measure: codePoints, server: 'MySQL/MariaDB' },
  },
  mssql: {
    database: { max: 128, unit: 'characters', measure: utf16Units, server: 'SQL Server' },
    user: { max: 128, unit: 'characters', measure: utf16Units, server: 'SQL Server' },
  },
  oracle: {
    database: { max: 128, unit: 'bytes', measure: bytes, server: 'Oracle' },
    user: { max: 128, unit: 'bytes', measure: bytes, server: 'Oracle' },
  },
}

function tooLong(limit: Limit, value: string, pointer: string, what: string): Finding | undefined {
  // a reference has no value yet: --resolve-env checks the resolved value with this rule again
  if (isReference(value)) return undefined
  const length = limit.measure(value)
  if (length <= limit.max) return undefined
  return error(
    RULE,
    pointer,
    `this ${what} is ${length} ${limit.unit} long; ${limit.server} allows at most ${limit.max} ${limit.unit}, so the server would not create the name the datasources use`,
    `shorten the ${what} to ${limit.max} ${limit.unit} or fewer`,
  )
}

/** Database and account names fit the database server's identifier limits. */
export const databaseIdentifierLength: Rule = (spec) => {
  const db = spec.database
  const limits = db ? LIMITS[db.type] : undefined
  if (!db || !limits) return []
  const findings: Finding[] = []
  for (const [key, name] of Object.entries(db.names ?? {})) {
    if (typeof name !== 'string') continue
    const f = tooLong(limits.database, name, `/database/names/${key}`, 'database name')
    if (f) findings.push(f)
  }
  if (db.username !== undefined) {
    const f = tooLong(limits.user, db.username, '/database/username', 'user name')
    if (f) findings.push(f)
  }
  return findings
}
