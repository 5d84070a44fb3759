/** Command-line entry: commander wiring and the one place exit codes are decided. */
import { Command, CommanderError } from 'commander'
import { FindingsError, MissingRendererError, SpecError, UsageError, type Diagnostic } from '../diagnostics/diagnostic.js'
import { TOOL_VERSION } from '../util/version.js'
import { COMMANDS } from './commands/index.js'
import { examplesHelp } from './examples.js'
import { fromDiagnostics } from '../report/findings.js'
import { formatInArgv, formatted } from '../report/formats.js'
import { json, out, printDiagnostics } from './output.js'

/** Exit codes: 0 ok, 1 differences or findings, 2 invalid input or usage, 70 internal error. */
export const EXIT = { ok: 0, findings: 1, invalid: 2, internal: 70 } as const

export function buildProgram(): Command {
  const program = new Command('wso2cfg')
    .description('Render every node configuration of a WSO2 API Manager deployment from one topology spec')
    .version(TOOL_VERSION)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
  for (const add of COMMANDS) add(program)
  for (const c of program.commands) c.addHelpText('after', examplesHelp(c.name()))
  return program
}

export async function run(argv: readonly string[]): Promise<void> {
  const program = buildProgram()
  try {
    await program.parseAsync([...argv])
  } catch (err) {
    process.exitCode = exitCodeFor(err, formatInArgv(argv))
  }
}

/**
 * The one place that maps an outcome to an exit code. With --json, every failure also prints one
 * JSON document on stdout (`{ ok: false, error, diagnostics }`); the human text always goes to stderr.
 */
function exitCodeFor(err: unknown, format: string | undefined): number {
  const asJson = format === 'json'
  const fail = (error: string, diagnostics: readonly Diagnostic[] = []): void => {
    if (asJson) json({ ok: false, error, diagnostics })
  }
  if (err instanceof FindingsError) return EXIT.findings // the command printed its findings itself
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok
    fail(err.message.replace(/^error:\s*/, '')) // commander has written its message to stderr
    return EXIT.invalid
  }
  if (err instanceof SpecError) {
    fail(err.message, err.diagnostics)
    // The spec's errors, where CI shows them (github annotations, a SARIF log).
    if (format === 'github' || format === 'sarif') out(formatted(format, fromDiagnostics(err.diagnostics), { version: TOOL_VERSION }))
    printDiagnostics(err.diagnostics)
    return EXIT.invalid
  }
  if (err instanceof UsageError || err instanceof MissingRendererError) {
    fail(err.message)
    process.stderr.write(`wso2cfg: ${err.message}\n`)
    return EXIT.invalid
  }
  fail(`internal error: ${(err as Error)?.message ?? String(err)}`)
  process.stderr.write(`wso2cfg: internal error, please report it with the spec that caused it:\n${(err as Error)?.stack ?? String(err)}\n`)
  return EXIT.internal
}
