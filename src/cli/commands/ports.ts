import type { Command } from 'commander'
import { json, out, printDiagnostics } from '../output.js'

export function addPorts(program: Command): void {
  program
    .command('ports')
    .description('print the effective ports per host and prove that none collide')
    .argument('[spec]', 'topology spec (.yaml, .json, .toml; - for stdin)', 'topology.yaml')
    .option('--json', 'print the table as JSON on stdout')
    .action(async (file: string, opts: { json?: boolean }) => {
      const [{ check }, { portTable, portTableText }] = await Promise.all([import('../../pipeline.js'), import('../../report/port-table.js')])
      const checked = await check(file, { resolveEnv: true })
      const table = portTable(checked.topology)
      printDiagnostics(checked.diagnostics)
      if (opts.json) json({ ok: table.collisions.length === 0, ...table, diagnostics: checked.diagnostics })
      else out(portTableText(table))
    })
}
