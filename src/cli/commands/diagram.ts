import type { Command } from 'commander'
import { out, printDiagnostics } from '../output.js'

export function addDiagram(program: Command): void {
  program
    .command('diagram')
    .description(
      'print the topology as a Mermaid flowchart (the topology.mmd of render) on stdout. ' +
        'No --format svg: Mermaid needs a browser DOM to draw, so render the text with a Mermaid viewer or mermaid-cli',
    )
    .argument('[spec]', 'topology spec (.yaml, .json, .toml; - for stdin)', 'topology.yaml')
    .option('--resolve-env', 'allow $env{…} in the legacy XML model (substituted at render time)')
    .action(async (file: string, opts: { resolveEnv?: boolean }) => {
      const [{ check }, { renderDiagram }] = await Promise.all([import('../../pipeline.js'), import('../../render/docs/diagram.js')])
      const checked = await check(file, { resolveEnv: opts.resolveEnv ?? false })
      printDiagnostics(checked.diagnostics)
      out(renderDiagram(checked.topology))
    })
}
