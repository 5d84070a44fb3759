import type { Command } from 'commander'
import { check } from '../../pipeline.js'
import { json, out } from '../output.js'
import { portTable, portTableText } from '../../report/port-table.js'

export function addPorts(program: Command): void {
  program
    .command('ports')
    .description('print the effective ports per host and prove that none collide')
    .argument('<spec>', 'topology spec (.yaml, .json, .toml; - for stdin)')
    .option('--json', 'print the table as JSON on stdout')
    .action(async (file: string, opts: { json?: boolean }) => {
      const checked = await check(file, { resolveEnv: true })
      const table = portTable(checked.topology)
      if (opts.json) json(table)
      else out(portTableText(table))
    })
}
