/** Command-line entry: commander wiring and the one place exit codes are decided. */
import { Command, CommanderError } from 'commander'
import { errorsFirst, FindingsError, MissingRendererError, SpecError, UsageError, type Diagnostic } from '../diagnostics/diagnostic.js'
import { TOOL_VERSION } from '../util/version.js'
import { COMMANDS } from './commands/index.js'
import { err as writeErr, json, printDiagnostics } from './output.js'

/** Exit codes: 0 ok, 1 differences or findings, 2 invalid input or usage, 70 internal error. */
export const EXIT = { ok: 0, findings: 1, invalid: 2, internal: 70 } as const

export function buildProgram(): Command {
  const program = new Command('wso2cfg')
    .description('Render every node configuration of a WSO2 API Manager deployment from one topology spec')
    .version(TOOL_VERSION)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeErr })
  for (const add of COMMANDS) add(program)
  return program
}

/**
 * A reader that has gone away (`wso2cfg validate bad.yaml | head -1`) ends the output, not the
 * verdict: a write to a closed pipe is dropped and the exit code stays the command's own.
 */
function survivePipeClose(stream: NodeJS.WriteStream): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err
  })
}

export async function run(argv: readonly string[]): Promise<void> {
  survivePipeClose(process.stdout)
  survivePipeClose(process.stderr)
  const program = buildProgram()
  try {
    await program.parseAsync([...argv])
  } catch (err) {
    process.exitCode = exitCodeFor(err, argv.includes('--json'))
  }
}

/**
 * The one place that maps an outcome to an exit code. With --json, every failure also prints one
 * JSON document on stdout (`{ ok: false, error, diagnostics }`); the human text always goes to stderr.
 */
function exitCodeFor(err: unknown, asJson: boolean): number {
  const fail = (error: string, diagnostics: readonly Diagnostic[] = []): void => {
    if (asJson) json({ ok: false, error, diagnostics: errorsFirst(diagnostics) })
  }
  if (err instanceof FindingsError) return EXIT.findings // the command printed its findings itself
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok
    fail(err.message.replace(/^error:\s*/, '')) // commander has written its message to stderr
    return EXIT.invalid
  }
  if (err instanceof SpecError) {
    fail(err.message, err.diagnostics)
    printDiagnostics(err.diagnostics)
    return EXIT.invalid
  }
  if (err instanceof UsageError || err instanceof MissingRendererError) {
    fail(err.message)
    writeErr(`wso2cfg: ${err.message}\n`)
    return EXIT.invalid
  }
  fail(`internal error: ${(err as Error)?.message ?? String(err)}`)
  writeErr(`wso2cfg: internal error, please report it with the spec that caused it:\n${(err as Error)?.stack ?? String(err)}\n`)
  return EXIT.internal
}
