/**
 * Answers → a validated topology file: built in the format the file name says (.json, .toml, else
 * YAML), checked exactly as `wso2cfg validate` checks a file, and only then written (never over an
 * existing file unless forced).
 */
import { writeFileSync } from 'node:fs'
import { stringify as stringifyToml } from 'smol-toml'
import { UsageError, type Diagnostic } from '../diagnostics/diagnostic.js'
import { checkLoaded, type Checked } from '../pipeline.js'
import { formatOf, loadSpecText, type SpecFormat } from '../spec/load.js'
import { loadSchema } from '../validate/schema.js'
import { buildSpec, specOf } from './build-spec.js'
import type { InitAnswers } from './types.js'

/**
 * The schema's published URL (its `$id`): it resolves the same for everyone who checks the spec out,
 * wherever wso2cfg is installed. `wso2cfg schema --write` puts a copy beside the spec for offline use.
 */
export function schemaReference(): string {
  return (loadSchema() as { $id: string }).$id
}

/** The spec text for the answers, validated; throws SpecError (nothing written) when it is invalid. */
export function validatedSpec(answers: InitAnswers, output: string): { text: string; checked: Checked; warnings: Diagnostic[] } {
  const format = formatOf(output)
  const text = specText(answers, schemaReference(), format)
  const checked = checkLoaded(loadSpecText(output, text, format))
  return { text, checked, warnings: checked.diagnostics }
}

/** The spec in one format: YAML with comments, JSON with its `$schema`, TOML with a `#:schema` line. */
function specText(answers: InitAnswers, schema: string, format: SpecFormat): string {
  if (format === 'yaml') return buildSpec(answers, { schema })
  // A JSON round trip drops keys left undefined, which neither JSON nor TOML can hold.
  const spec = JSON.parse(JSON.stringify(specOf(answers))) as Record<string, unknown>
  if (format === 'json') return `${JSON.stringify({ $schema: schema, ...spec }, null, 2)}\n`
  const head = [`#:schema ${schema.replace(/[\r\n]/g, '')}`, `# ${answers.name}: written by wso2cfg init. Check it with: wso2cfg validate <this file>`]
  return `${head.join('\n')}\n${stringifyToml(spec)}\n`
}

export function writeSpec(output: string, text: string, force: boolean): void {
  try {
    writeFileSync(output, text, { flag: force ? 'w' : 'wx' })
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'EEXIST') throw new UsageError(`${output} exists; use --force to replace it`)
    if (code === 'ENOENT') throw new UsageError(`cannot write ${output}: its folder does not exist`)
    throw new UsageError(`cannot write ${output}: ${(err as Error).message}`)
  }
}
