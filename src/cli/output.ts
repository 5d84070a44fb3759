/** Where text goes: data to stdout, diagnostics and progress to stderr; colour only on a TTY without NO_COLOR. */
import { errorsFirst, formatDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js'
import { redact } from '../util/secrets.js'

export const useColor = (stream: NodeJS.WriteStream): boolean =>
  Boolean(stream.isTTY) && process.env.NO_COLOR === undefined && process.env.TERM !== 'dumb'

const paint = (code: number, text: string, on: boolean) => (on ? `\u001b[${code}m${text}\u001b[0m` : text)

export function printDiagnostics(ds: readonly Diagnostic[]): void {
  const color = useColor(process.stderr)
  for (const d of errorsFirst(ds)) {
    const line = redact(formatDiagnostic(d))
    process.stderr.write(paint(d.severity === 'error' ? 31 : 33, line, color) + '\n')
  }
}

/** Data on stdout, every secret value of the spec masked. */
export const out = (text: string): void => {
  const safe = redact(text)
  process.stdout.write(safe.endsWith('\n') ? safe : safe + '\n')
}

export const note = (text: string): void => {
  process.stderr.write(paint(2, redact(text), useColor(process.stderr)) + '\n')
}

/** Raw text on stderr (messages, commander's usage errors), every secret value masked. */
export const err = (text: string): void => {
  process.stderr.write(redact(text))
}

export const json = (value: unknown): void => out(JSON.stringify(value, null, 2))
