/**
 * Run load → validate → plan → render → write in this process, the way `wso2cfg render` does, and
 * classify the outcome by the exit code the CLI would give.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SpecError, UsageError } from '../../src/diagnostics/diagnostic.js'
import { renderSpec } from '../../src/pipeline.js'
import { outputTree } from '../../src/write/manifest.js'
import { writeTree } from '../../src/write/writer.js'

export interface Outcome {
  code: 0 | 2 | 70
  error?: unknown
  files?: ReadonlyMap<string, string>
  /** True when the output folder exists after the run. */
  wrote: boolean
}

export async function renderInProcess(specFile: string): Promise<Outcome> {
  const root = mkdtempSync(join(tmpdir(), 'wso2cfg-run-'))
  const out = join(root, 'out')
  try {
    const r = await renderSpec(specFile)
    const files = outputTree(r.topology, r.loaded.data, r.files)
    await writeTree(out, files)
    return { code: 0, files, wrote: existsSync(out) }
  } catch (error) {
    const code = error instanceof SpecError || error instanceof UsageError ? 2 : 70
    return { code, error, wrote: existsSync(out) }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
