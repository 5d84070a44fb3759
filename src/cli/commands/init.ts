import { existsSync } from 'node:fs'
import type { Command } from 'commander'
import { UsageError } from '../../diagnostics/diagnostic.js'
import { PATTERNS, PLATFORMS, type Pattern, type Platform } from '../../model/spec.js'
import { note, printDiagnostics } from '../output.js'

interface InitOptions {
  output: string
  platform?: string
  pattern?: string
  yes?: boolean
  force?: boolean
}

function oneOf<T extends string>(what: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${what} must be one of ${allowed.join(', ')}; got "${value}"`)
  return value as T
}

export function addInit(program: Command): void {
  program
    .command('init')
    .description('write a commented, validated topology spec: answer the questions, or take the defaults with --yes')
    .option('-o, --output <file>', 'the spec file to write', 'topology.yaml')
    .option('--platform <platform>', `platform (${PLATFORMS.join(', ')}); with --yes the default is apim-4.7.0`)
    .option('--pattern <pattern>', `pattern (${PATTERNS.join(', ')}); with --yes the default is single-node`)
    .option('-y, --yes', 'ask nothing: write the defaults for --platform and --pattern (for scripts)')
    .option('--force', 'replace an existing file')
    .action(async (opts: InitOptions) => {
      const platform = oneOf<Platform>('platform', opts.platform, PLATFORMS)
      const pattern = oneOf<Pattern>('pattern', opts.pattern, PATTERNS)
      if (existsSync(opts.output) && !opts.force) throw new UsageError(`${opts.output} exists; use --force to replace it`)
      let answers
      if (opts.yes) answers = (await import('../../init/defaults.js')).defaultAnswers(platform ?? 'apim-4.7.0', pattern ?? 'single-node')
      else {
        if (!process.stdin.isTTY) throw new UsageError('init asks questions and needs a terminal; for scripts use --yes with --platform and --pattern')
        // Loaded here only: the other commands never pay for the prompt library.
        const { loadPrompts, runWizard } = await import('../../init/wizard.js')
        try {
          answers = await runWizard(await loadPrompts(), { ...(platform ? { platform } : {}), ...(pattern ? { pattern } : {}) })
        } catch (err) {
          if ((err as Error)?.name === 'ExitPromptError') throw new UsageError('init cancelled; nothing written')
          throw err
        }
      }
      const { validatedSpec, writeSpec } = await import('../../init/write-spec.js')
      const { text, checked, warnings } = validatedSpec(answers, opts.output)
      writeSpec(opts.output, text, opts.force ?? false)
      printDiagnostics(warnings)
      const t = checked.topology
      note(`wrote ${opts.output}: ${t.platform} ${t.pattern}, ${t.nodes.length} node${t.nodes.length === 1 ? '' : 's'}; next: wso2cfg render ${opts.output} -o out`)
    })
}
