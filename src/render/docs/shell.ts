/** Shell words for README commands: spec strings are quoted so that a command stays one command. */
import { bracketHost } from '../../plan/address.js'

const SAFE = /^[A-Za-z0-9_.,:=@%+/-]+$/
const ENV = /^\$env\{([A-Za-z_][A-Za-z0-9_]*)\}$/

/** A POSIX shell word: bare when plain, `"$NAME"` for an `$env{NAME}` reference, else single-quoted. */
export function shellWord(s: string): string {
  const env = ENV.exec(s)
  if (env) return `"$${env[1]!}"`
  if (s !== '' && SAFE.test(s)) return s
  return `'${s.replace(/'/g, `'\\''`)}'`
}

export const shellCommand = (...words: readonly string[]): string => words.map(shellWord).join(' ')

/** `host:path` for scp and rsync (IPv6 addresses in brackets). */
export const remote = (host: string, path: string): string => `${bracketHost(host)}:${path}`
