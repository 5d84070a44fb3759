import type { Finding } from '../../diagnostics/diagnostic.js'
import type { Rule } from './types.js'
import { error } from './helpers.js'

const RULE = 'topology/database-host'

/** A database server needs a host; the embedded H2 database takes none. */
export const databaseHost: Rule = (spec) => {
  const db = spec.database
  if (!db) return []
  const findings: Finding[] = []
  if (db.type === 'h2') {
    for (const key of ['host', 'port'] as const) {
      if (db[key] !== undefined) {
        findings.push(error(RULE, `/database/${key}`, `database type h2 is embedded in each server and has no ${key}; remove ${key} or choose a database server type`))
      }
    }
  } else if (db.host === undefined) {
    findings.push(error(RULE, '/database', `database type ${db.type} needs host, the address of the database server`))
  }
  return findings
}
