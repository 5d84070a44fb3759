/** Identifier and literal quoting per SQL dialect, safe for any text. */

/** MySQL/MariaDB identifier: backticks, inner backticks doubled. */
export const mysqlIdent = (s: string): string => '`' + s.replace(/`/g, '``') + '`'

/**
 * MySQL/MariaDB string literal (the script turns NO_BACKSLASH_ESCAPES off first): backslash and
 * quote escaped, control characters that the client would mangle written as escapes.
 */
export function mysqlString(s: string): string {
  const body = s
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "''")
    .replace(/\0/g, '\\0')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\x1a/g, '\\Z')
  return `'${body}'`
}

/** A database name as a GRANT pattern: `_` and `%` are wildcards there, so they are escaped. */
export const mysqlGrantDb = (s: string): string => mysqlIdent(s.replace(/\\/g, '\\\\').replace(/([_%])/g, '\\$1'))

/** PostgreSQL identifier: double quotes, inner quotes doubled. */
export const pgIdent = (s: string): string => `"${s.replace(/"/g, '""')}"`

/** PostgreSQL string literal with standard_conforming_strings on: quotes doubled, backslashes literal. */
export const pgString = (s: string): string => `'${s.replace(/'/g, "''")}'`

/** SQL Server identifier: brackets, inner closing brackets doubled. */
export const mssqlIdent = (s: string): string => `[${s.replace(/]/g, ']]')}]`

/**
 * SQL Server Unicode string literal for a sqlcmd script. sqlcmd replaces `$(NAME)` anywhere in a
 * batch, literals included, so a literal holding `$(` is written as two literals joined with `+`,
 * split between the `$` and the `(`; the server sees the same text, with or without `sqlcmd -x`.
 */
export const mssqlString = (s: string): string =>
  s
    .split('$(')
    .map((part) => part.replace(/'/g, "''"))
    .join(`$' + N'(`)
    .replace(/^/, "N'")
    .concat("'")

/** Oracle identifier: double quotes; callers reject names with a double quote, which Oracle cannot hold. */
export const oracleIdent = (s: string): string => `"${s}"`

/** Oracle string literal. */
export const oracleString = (s: string): string => `'${s.replace(/'/g, "''")}'`

/** Text for a `--` comment line: anything but plain characters becomes `?`, so no value can end the comment. */
export const commentText = (s: string): string => s.replace(/[^A-Za-z0-9_.@$%{}:+=,/ -]/g, '?')
