/** Command-line entry: commander wiring and the one place exit codes are decided. */
import { Command, CommanderError } from 'commander'
import { errorsFirst, FindingsError, MissingRendererError, SpecError, UsageError, type Diagnostic } from '../diagnostics/diagnostic.js'
import { TOOL_VERSION } from '../util/version.js'
import { COMMANDS } from './commands/index.js'
import { examplesHelp } from './examples.js'
import { fromDiagnostics } from '../report/findings.js'
import { formatInArgv, formatted } from '../report/formats.js'
import { err as writeErr, json, out, printDiagnostics } from './output.js'

/**
 * Exit codes: 0 ok, 1 differences or findings, 2 invalid input or usage or a file system that refuses
 * (a folder that cannot be read or written, a full disk), 70 internal error.
 */
export const EXIT = { ok: 0, findings: 1, invalid: 2, internal: 70 } as const

export function buildProgram(): Command {
  const program = new Command('wso2cfg')
    .description('Render every node configuration of a WSO2 API Manager deployment from one topology spec')
    .version(TOOL_VERSION)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeErr })
    .option('--debug', 'print the stack trace of any error')
  for (const add of COMMANDS) add(program)
  for (const c of program.commands) c.addHelpText('after', examplesHelp(c.name()))
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
    process.exitCode = exitCodeFor(err, formatInArgv(argv), argv.includes('--debug'))
  }
}

/**
 * The one place that maps an outcome to an exit code. With --json, every failure also prints one
 * JSON document on stdout (`{ ok: false, error, diagnostics }`); the human text always goes to stderr.
 */
function exitCodeFor(err: unknown, format: string | undefined, debug = false): number {
  const asJson = format === 'json'
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
    // The spec's errors, where CI shows them (github annotations, a SARIF log).
    if (format === 'github' || format === 'sarif') out(formatted(format, fromDiagnostics(err.diagnostics), { version: TOOL_VERSION }))
    printDiagnostics(err.diagnostics)
    return EXIT.invalid
  }
  if (err instanceof UsageError || err instanceof MissingRendererError) {
    fail(err.message)
    writeErr(`wso2cfg: ${err.message}\n`)
    return EXIT.invalid
  }
  const sys = systemError(err)
  if (sys) {
    fail(sys)
    writeErr(`wso2cfg: ${sys}\n${debug ? `${(err as Error).stack}\n` : ''}`)
    return EXIT.invalid
  }
  fail(`internal error: ${(err as Error)?.message ?? String(err)}`)
  writeErr(`wso2cfg: internal error, please report it with the spec that caused it:\n${(err as Error)?.stack ?? String(err)}\n`)
  return EXIT.internal
}

/** What the common errno codes mean, in the words of a one-line message. */
const CAUSES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EBUSY: 'busy (a mount point or in use)',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'is a folder',
  ENOENT: 'no such file or folder',
  EEXIST: 'already exists',
  ENOTEMPTY: 'folder not empty',
  EXDEV: 'on another file system',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'name too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error',
}

/** `cannot <what> <path>: <cause> (<CODE>)` for an error of the operating system, or undefined. */
function systemError(err: unknown): string | undefined {
  const e = err as NodeJS.ErrnoException | undefined
  if (!e || typeof e.code !== 'string' || !(e.code in CAUSES) || typeof e.syscall !== 'string') return undefined
  const what = /write|open|mkdir|link|symlink|copy|chmod|utime/.test(e.syscall) ? 'write' : /rename|unlink|rmdir|rm/.test(e.syscall) ? 'replace' : 'read'
  const path = e.path ?? '(unknown path)'
  return `cannot ${what} ${path}: ${CAUSES[e.code]} (${e.code})`
}
