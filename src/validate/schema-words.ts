/** Words for the schema's patterns and safe renderings of offending values. */

const PATTERNS: readonly [pattern: string, words: string][] = [
  ['^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$', 'use 1 to 63 lowercase letters, digits or hyphens, starting and ending with a letter or digit'],
  ['^(([A-Za-z0-9]', 'expected a DNS name (letters, digits, hyphens, dots) or an IP address'],
  ['^[A-Za-z_$][A-Za-z0-9_$]*', 'expected a fully qualified Java class name such as com.example.KeyManagerImpl'],
  ['^[A-Za-z_][A-Za-z0-9_.-]*$', 'a key starts with a letter or underscore and holds only letters, digits, "_", "." and "-"'],
  ['^[A-Za-z0-9_][A-Za-z0-9_.-]*$', 'expected a plain file name (letters, digits, "_", "." and "-"), not a path'],
  ['^[^\\s;{}#', 'a path must not contain spaces, quotes or the characters ; { } #'],
  ['^https?://', 'expected an http:// or https:// URL without spaces'],
  ['^[A-Za-z0-9_]+$', 'a database name holds only letters, digits and underscores'],
  ['^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$', 'start with a letter or digit and use only letters, digits, "_", "." and "-" (at most 64)'],
  ['^[A-Za-z0-9_.-]+$', 'use only letters, digits, "_", "." and "-"'],
  ['^[A-Za-z0-9_./-]*$', 'use only letters, digits, "_", ".", "/" and "-"'],
  ['^\\$env\\{', 'expected an $env{NAME} reference'],
  ['^[a-z0-9-]+/[a-z0-9-]+$', 'expected a rule id such as topology/default-credentials'],
  ['^[^\\s"]+$', 'a claim name holds no spaces or quotes'],
  ['^[A-Za-z0-9_.:-]+$', 'use only letters, digits, "_", ".", ":" and "-"'],
]

/** A sentence explaining a schema pattern; patterns are matched by their start. */
export function patternWords(pattern: string): string {
  const exact = PATTERNS.find(([p]) => p === pattern)
  const prefix = exact ?? PATTERNS.find(([p]) => pattern.startsWith(p))
  return prefix ? prefix[1] : `it must match ${pattern}`
}

/** Keys whose values are never shown in messages. */
const SECRET = /(password|secret|accesstoken|refreshtoken)$/i

/** A short, printable rendering of a value for a message; secrets are not shown. */
export function describeValue(value: unknown, pointer: string): string {
  if (SECRET.test(pointer)) return 'a value that is not shown because it is a secret'
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)
  }
  if (value === null || value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return String(value)
}
