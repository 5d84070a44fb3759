import type { Command } from 'commander'
import { out } from '../output.js'

export function addSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of the topology spec')
    .action(async () => {
      const { loadSchema } = await import('../../validate/schema.js')
      out(JSON.stringify(loadSchema(), null, 2))
    })
}
