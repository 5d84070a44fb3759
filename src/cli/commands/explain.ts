import type { Command } from 'commander'
import { json, out } from '../output.js'

export function addExplain(program: Command): void {
  program
    .command('explain')
    .description('describe one field of the topology spec from its schema: meaning, type, default, example; without a field, list them all')
    .argument('[field]', 'dotted path of the field, e.g. nodes.portOffset or database.type')
    .option('--json', 'print the explanation as JSON on stdout')
    .action(async (field: string | undefined, opts: { json?: boolean }) => {
      const [{ loadSchema }, { explain, explainText, fieldPaths }] = await Promise.all([import('../../validate/schema.js'), import('../../report/explain.js')])
      const schema = loadSchema()
      if (field === undefined) {
        const fields = fieldPaths(schema)
        if (opts.json) json({ ok: true, fields })
        else out(fields.join('\n'))
        return
      }
      const e = explain(schema, field)
      if (opts.json) json({ ok: true, ...e })
      else out(explainText(e))
    })
}
