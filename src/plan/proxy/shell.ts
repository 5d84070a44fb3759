/** Shell words for the manual-step commands: spec strings are quoted so a command stays one command. */

const SAFE = /^[A-Za-z0-9_.,:=@%+/-]+$/

/** A POSIX shell word for `s`: bare when it is plain, else single-quoted. */
export function shellWord(s: string): string {
  if (s !== '' && SAFE.test(s)) return s
  return `'${s.replace(/'/g, `'\\''`)}'`
}

/** The words of one command, each quoted as needed. */
export const shellCommand = (...words: string[]): string => words.map(shellWord).join(' ')
