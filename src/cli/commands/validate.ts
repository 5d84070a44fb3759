import type { Command } from 'commander'
import { SpecError } from '../../diagnostics/diagnostic.js'
import { TOOL_VERSION } from '../../util/version.js'
import { json, out, printDiagnostics } from '../output.js'

export function addValidate(program: Command): void {
  program
    .command('validate')
    .description('check a topology spec: schema, semantic rules, ports; exit 2 on errors')
    .argument('[spec]', 'topology spec (.yaml, .json, .toml; - for stdin)', 'topology.yaml')
    .option('--strict', 'treat warnings as errors')
    .option('--allow <rule-id>', 'accept the warnings of this rule (repeatable), as the spec\'s allow list does', (id: string, ids: string[]) => [...ids, id], [] as string[])
    .option('--resolve-env', 'allow $env{…} in the legacy XML model (substituted at render time)')
    .option('--json', 'print the result as JSON on stdout (--format json)')
    .option('--format <format>', 'text, json, github (workflow commands) or sarif (SARIF 2.1.0) on stdout')
    .action(async (file: string, opts: { strict?: boolean; allow: string[]; resolveEnv?: boolean; json?: boolean; format?: string }) => {
      const [{ check }, { checkAllowOption }, { formatOf, formatted }, { fromDiagnostics }] = await Promise.all([
        import('../../pipeline.js'),
        import('../../validate/rule-ids.js'),
        import('../../report/formats.js'),
        import('../../report/findings.js'),
      ])
      const format = formatOf(opts)
      checkAllowOption(opts.allow)
      const checked = await check(file, { resolveEnv: opts.resolveEnv ?? false, allow: opts.allow })
      const warnings = checked.diagnostics
      if (opts.strict && warnings.length > 0) throw new SpecError(warnings.map((w) => ({ ...w, severity: 'error' })))
      const t = checked.topology
      printDiagnostics(warnings)
      if (format === 'github' || format === 'sarif') {
        if (warnings.length > 0 || format === 'sarif') out(formatted(format, fromDiagnostics(warnings), { version: TOOL_VERSION }))
        return
      }
      if (format === 'json') {
        json({ ok: true, name: t.name, platform: t.platform, pattern: t.pattern, nodes: t.nodes.length, diagnostics: warnings })
        return
      }
      out(`valid: ${t.name} (${t.platform}, ${t.pattern}, ${t.nodes.length} nodes${warnings.length ? `, ${warnings.length} warnings` : ''})`)
    })
}
