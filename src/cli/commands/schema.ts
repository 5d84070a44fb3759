import type { Command } from 'commander'
import { note, out } from '../output.js'

export function addSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of the topology spec, or write a copy of it with --write')
    .option('--write <path>', 'write the schema to <path> (replaces only an earlier copy written by wso2cfg)')
    .action(async (opts: { write?: string }) => {
      const [{ loadSchema }, { schemaText, writeSchemaCopy }] = await Promise.all([import('../../validate/schema.js'), import('../../write/schema-copy.js')])
      if (opts.write === undefined) {
        out(schemaText(loadSchema()))
        return
      }
      const outcome = writeSchemaCopy(opts.write, loadSchema())
      note(outcome === 'unchanged' ? `${opts.write} is up to date` : `${outcome} ${opts.write}`)
    })
}
