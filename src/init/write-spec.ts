/**
 * Answers → a validated topology file: built, checked exactly as `wso2cfg validate` checks a file,
 * and only then written (never over an existing file unless forced).
 */
import { writeFileSync } from 'node:fs'
import { UsageError, type Diagnostic } from '../diagnostics/diagnostic.js'
import { checkLoaded, type Checked } from '../pipeline.js'
import { loadSpecText } from '../spec/load.js'
import { loadSchema } from '../validate/schema.js'
import { buildSpec } from './build-spec.js'
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
  const text = buildSpec(answers, { schema: schemaReference() })
  const checked = checkLoaded(loadSpecText(output, text, 'yaml'))
  return { text, checked, warnings: checked.diagnostics }
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
