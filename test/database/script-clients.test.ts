/**
 * The SQL Server and Oracle setup scripts hold up against what their clients do to the text before
 * the server sees it:
 * - sqlcmd replaces `$(NAME)` anywhere in a batch, string literals included, unless run with -x
 *   (Microsoft Learn, "Use sqlcmd with scripting variables"; sqlcmd utility, option -x);
 * - SQL*Plus replaces `&NAME` / `&&NAME` while SET DEFINE is ON, and SET DEFINE OFF turns that off
 *   (Oracle SQL*Plus User's Guide and Reference, "SET DEFINE");
 * - both read the script line by line: a raw line break inside a literal splits the statement.
 * Neither client is packaged for Debian or npm, so the scripts are checked against these rules.
 */
import { describe, expect, it } from 'vitest'
import { SpecError } from '../../src/diagnostics/diagnostic.js'
import { renderDatabaseSetup } from '../../src/render/database/setup-sql.js'
import { mssqlString } from '../../src/render/database/quote.js'
import { textPlan } from '../helpers/plan-of.js'
import { runOnSpec } from '../helpers/spec-cli.js'

const spec = (type: string, username: string, password: string) => `name: clients
platform: apim-2.6.0
pattern: active-active
database:
  type: ${type}
  host: db.example.com
  username: ${JSON.stringify(username)}
  password: ${JSON.stringify(password)}
admin: { username: admin, password: admin-pw }
loadBalancer: { host: apim.example.com }
nodes:
  - { name: apim-1, role: all-in-one, host: 10.0.0.1 }
  - { name: apim-2, role: all-in-one, host: 10.0.0.2 }
`

const script = (type: string, username: string, password: string): string =>
  renderDatabaseSetup(textPlan(spec(type, username, password)))[`database/${type}-setup.sql`]!

/** The value of a T-SQL expression made of N'…' literals joined with `+`. */
function tsqlValue(expr: string): string {
  let out = ''
  const re = /\s*N'((?:[^']|'')*)'\s*(\+)?/y
  let m: RegExpExecArray | null
  let last = 0
  while ((m = re.exec(expr)) !== null) {
    out += m[1]!.replace(/''/g, "'")
    last = re.lastIndex
    if (!m[2]) break
  }
  expect(expr.slice(last).trim(), 'the expression is only literals').toBe('')
  return out
}

/** Names sqlcmd would substitute: every `$(NAME)` in the text. */
const sqlcmdVariables = (text: string): string[] => [...text.matchAll(/\$\(([^)]*)\)/g)].map((m) => m[1]!)

/** Text SQL*Plus reads with substitution on (between SET DEFINE ON and SET DEFINE OFF; off at the start, as the header sets). */
function substitutedLines(text: string): string[] {
  let on = false
  const out: string[] = []
  for (const line of text.split('\n')) {
    if (/^SET DEFINE ON$/i.test(line)) on = true
    else if (/^SET DEFINE OFF$/i.test(line)) on = false
    else if (on) out.push(line)
  }
  return out
}

describe('SQL Server script and sqlcmd', () => {
  it('a literal password holding $(NAME) reaches the server unchanged and names no variable', () => {
    const password = "p$(PATH)a'$(x"
    const sql = script('mssql', 'wso2', password)
    expect(sqlcmdVariables(sql)).toEqual([])
    const declare = /^DECLARE @wso2cfg_password nvarchar\(128\) = (.*);$/m.exec(sql)
    expect(declare).not.toBeNull()
    expect(tsqlValue(declare![1]!)).toBe(password)
    expect(sql).toContain('sqlcmd -x')
  })

  it('the quote helper splits every $( and keeps the value', () => {
    for (const s of ['$(', 'a$(b$(c', "$('$(", 'plain', '$ (x)']) {
      const q = mssqlString(s)
      expect(q).not.toContain('$(')
      expect(tsqlValue(q)).toBe(s)
    }
  })

  it('a referenced password is the only scripting variable, and the header names it', () => {
    const sql = renderDatabaseSetup(textPlan(spec('mssql', 'wso2', 'x').replace('platform: apim-2.6.0', 'platform: apim-4.7.0').replace('"x"', '"$env{DB_PW}"')))['database/mssql-setup.sql']!
    expect(new Set(sqlcmdVariables(sql))).toEqual(new Set(['DB_PW']))
    expect(sql).toMatch(/-v DB_PW="<value>"/)
  })
})

describe('Oracle script and SQL*Plus', () => {
  it('substitution is off in the header, and a literal & stays text', () => {
    const sql = script('oracle', 'wso2', 'p&x&&y')
    expect(sql.split('\n').find((l) => /^SET DEFINE/.test(l))).toBe('SET DEFINE OFF')
    expect(sql).toContain('p&x&&y')
    expect(substitutedLines(sql).join('\n')).not.toContain('&')
  })

  it('with a password variable, substitution is on only where the variable is used', () => {
    const sql = renderDatabaseSetup(textPlan(spec('oracle', 'wso2', 'x').replace('platform: apim-2.6.0', 'platform: apim-4.7.0').replace('"x"', '"$env{DB_PW}"')))['database/oracle-setup.sql']!
    const on = substitutedLines(sql)
    expect(on.length).toBeGreaterThan(0)
    const refs = on.join('\n').match(/&+[A-Za-z0-9_]*/g) ?? []
    expect(new Set(refs)).toEqual(new Set(['&&DB_PW']))
    expect(sql.trimEnd().split('\n').filter((l) => /^SET DEFINE/.test(l)).at(-1)).toBe('SET DEFINE OFF')
  })
})

describe('values the clients would break are rejected before anything is written', () => {
  const rejected = (type: string, username: string, password: string): string[] => {
    try {
      textPlan(spec(type, username, password))
    } catch (err) {
      if (err instanceof SpecError) return err.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule} ${d.pointer}`)
      throw err
    }
    return []
  }

  it.each([
    ['mssql', 'wso2', 'line1\nline2', 'topology/database-script-value /database/password'],
    ['mssql', 'wso2', 'tab\there', 'topology/database-script-value /database/password'],
    ['mssql', 'wso2$(x)', 'pw', 'topology/database-script-value /database/username'],
    ['oracle', 'wso2', 'cr\rhere', 'topology/database-script-value /database/password'],
    ['oracle', 'a&b', 'pw', 'topology/database-script-value /database/username'],
    ['oracle', 'wso2\u007f', 'pw', 'topology/database-script-value /database/username'],
  ])('%s user %j password %j', (type, username, password, expected) => {
    expect(rejected(type, username, password)).toEqual([expected])
  })

  it.each([
    ['mssql', 'a&b', 'p$(x)&y'],
    ['oracle', 'a$(b)', 'p&x'],
    ['postgresql', 'a$(b)&c', 'line1\nline2'],
  ])('%s accepts user %j password %j', (type, username, password) => {
    expect(rejected(type, username, password)).toEqual([])
  })

  it('through the CLI: a line break in a SQL Server password is exit 2 at the password', () => {
    const text = spec('mssql', 'wso2', 'a\nb')
    const r = runOnSpec('validate', text)
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/topology\.yaml:8:3 error \/database\/password: .*U\+000A.*\[topology\/database-script-value\]/)
    expect(r.stderr).not.toMatch(/\bat \S+ \(/)
  })
})
