import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { SpecError, errorsOf, formatDiagnostic, type Diagnostic } from '../../src/diagnostics/diagnostic.js'
import { checkLoaded } from '../../src/pipeline.js'
import { loadSpec } from '../../src/spec/load.js'

const DIR = fileURLToPath(new URL('./bad-specs/', import.meta.url))

/** Expectations of files that cannot carry a `# expect:` comment (no comments in JSON, no text at all). */
const SIDE_TABLE: Record<string, string> = {
  'empty.yaml': '1:1 load/empty',
  'binary.yaml': '1:1 load/binary',
  'json-trailing-comma.json': '7:3 load/json-syntax',
  'json-duplicate-key.json': '6:67 load/duplicate-key',
  'json-negative-offset.json': '6:67 schema/any-of',
}

function expectationOf(file: string): string {
  const side = SIDE_TABLE[file]
  if (side) return side
  const first = readFileSync(join(DIR, file), 'latin1').split('\n')[0] ?? ''
  const m = /^# expect: (\d+:\d+ \S+)\s*$/.exec(first)
  if (!m?.[1]) throw new Error(`${file} has no "# expect: <line>:<col> <rule>" first line and no side-table entry`)
  return m[1]
}

async function diagnosticsOf(file: string): Promise<Diagnostic[]> {
  try {
    // the whole pipeline up to the plan, so that port collisions count too
    checkLoaded(await loadSpec(join(DIR, file)))
  } catch (err) {
    if (err instanceof SpecError) return err.diagnostics
    throw err
  }
  return []
}

const files = readdirSync(DIR).sort()

describe('bad-spec corpus', () => {
  it('has at least 24 cases in YAML, JSON and TOML', () => {
    expect(files.length).toBeGreaterThanOrEqual(24)
    for (const ext of ['.yaml', '.json', '.toml']) expect(files.some((f) => f.endsWith(ext))).toBe(true)
  })

  it.each(files)('%s', async (file) => {
    const diagnostics = await diagnosticsOf(file)
    const first = errorsOf(diagnostics)[0]
    expect(first, 'the spec must be rejected').toBeDefined()
    if (!first) return
    expect(`${first.line ?? '?'}:${first.col ?? '?'} ${first.rule}`, formatDiagnostic(first)).toBe(expectationOf(file))
    // Every diagnostic is a located, plain sentence with no stack trace in it.
    for (const d of diagnostics) {
      expect(d.line, formatDiagnostic(d)).toBeGreaterThan(0)
      expect(d.message).not.toMatch(/\n|\bat \S+ \(|Error:/)
      expect(d.file.endsWith(file)).toBe(true)
    }
  })
})
