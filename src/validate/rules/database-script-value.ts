import type { Finding } from '../../diagnostics/diagnostic.js'
import type { Rule } from './types.js'
import { isReference } from '../../util/secrets.js'
import { error } from './helpers.js'

const RULE = 'topology/database-script-value'

/** The first control character (C0, DEL, C1) of a value. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/

const codeOf = (c: string): string => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`

/**
 * The SQL Server and Oracle setup scripts are read line by line by their clients, which also
 * substitute variables in the statement text:
 * - a raw line break or other control character in a literal splits the statement (sqlcmd and
 *   SQL*Plus end commands at line ends; `GO` and `/` are recognised only on lines of their own);
 * - sqlcmd replaces `$(NAME)` anywhere in a batch, string literals and bracketed names included
 *   (Microsoft, "Use sqlcmd with scripting variables"); literals are split by the script's quoting,
 *   a login name is also an identifier ([…]) and cannot be;
 * - SQL*Plus replaces `&NAME` while SET DEFINE is ON (Oracle, SQL*Plus User's Guide, "SET DEFINE"); the
 *   script keeps it OFF except around statements that use a password variable, which also name
 *   the user.
 */
export const databaseScriptValue: Rule = (spec) => {
  const db = spec.database
  if (!db || (db.type !== 'mssql' && db.type !== 'oracle')) return []
  const client = db.type === 'mssql' ? 'sqlcmd' : 'SQL*Plus'
  const findings: Finding[] = []
  const values: [string, string | undefined, string][] = [
    ['username', db.username, 'user name'],
    ['password', db.password, 'password'],
  ]
  for (const [key, value, what] of values) {
    if (value === undefined || isReference(value)) continue
    const pointer = `/database/${key}`
    const control = CONTROL.exec(value)
    if (control) {
      findings.push(
        error(RULE, pointer, `this ${what} holds the control character ${codeOf(control[0])}; the ${client} setup script is read line by line and the value would break its statement`, `remove the character, or give the ${what} as a $secret{…} reference`),
      )
      continue
    }
    if (key !== 'username') continue
    if (db.type === 'mssql' && value.includes('$(')) {
      findings.push(error(RULE, pointer, 'this login name holds "$(", which sqlcmd replaces with a scripting variable even inside a name; the setup script would create another login', 'remove "$(" from the user name'))
    }
    if (db.type === 'oracle' && value.includes('&')) {
      findings.push(error(RULE, pointer, 'this user name holds "&", which SQL*Plus replaces with a substitution variable in the statements that set a password from a variable', 'remove "&" from the user name'))
    }
  }
  return findings
}
