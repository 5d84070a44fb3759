import type { Command } from 'commander'
import { json, out, printDiagnostics } from '../output.js'

export function addPlan(program: Command): void {
  program
    .command('plan')
    .description('print every decision for every node: products, ports, targets, datasources, clusters, files')
    .argument('[spec]', 'topology spec (.yaml, .json, .toml; - for stdin)', 'topology.yaml')
    .option('--resolve-env', 'allow $env{…} in the legacy XML model')
    .option('--json', 'print the plan as JSON on stdout (secrets masked)')
    .action(async (file: string, opts: { resolveEnv?: boolean; json?: boolean }) => {
      const [{ check }, { maskSecrets }, { describePlan }] = await Promise.all([import('../../pipeline.js'), import('../../util/secrets.js'), import('../describe.js')])
      const checked = await check(file, { resolveEnv: opts.resolveEnv ?? false })
      printDiagnostics(checked.diagnostics)
      if (opts.json) {
        json({ ok: true, diagnostics: checked.diagnostics, plan: maskSecrets(checked.topology) })
        return
      }
      out(describePlan(checked.topology))
    })
}
