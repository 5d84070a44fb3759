/**
 * Answers → a validated topology file: built, checked exactly as `wso2cfg validate` checks a file,
 * and only then written (never over an existing file unless forced).
 */
import { writeFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { UsageError, type Diagnostic } from '../diagnostics/diagnostic.js'
import { checkLoaded, type Checked } from '../pipeline.js'
import { loadSpecText } from '../spec/load.js'
import { PACKAGE_ROOT } from '../util/version.js'
import { buildSpec } from './build-spec.js'
import type { InitAnswers } from './types.js'

/** The schema shipped with this package, relative to the folder the spec is written to. */
export function schemaReference(output: string): string {
  const schema = fileURLToPath(new URL('schemas/topology.schema.json', PACKAGE_ROOT))
  const rel = relative(dirname(resolve(output)), schema).split('\\').join('/')
  return rel.startsWith('.') ? rel : `./${rel}`
}

/** The spec text for the answers, validated; throws SpecError (nothing written) when it is invalid. */
export function validatedSpec(answers: InitAnswers, output: string): { text: string; checked: Checked; warnings: Diagnostic[] } {
  const text = buildSpec(answers, { schema: schemaReference(output) })
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
