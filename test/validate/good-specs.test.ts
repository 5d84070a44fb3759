import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js'
import { loadSpec } from '../../src/spec/load.js'
import { validateLoaded } from '../../src/validate/index.js'

const DIR = fileURLToPath(new URL('./good-specs/', import.meta.url))

describe('good specs', () => {
  it.each(readdirSync(DIR).sort())('%s validates without findings', async (file) => {
    const { spec, diagnostics } = validateLoaded(await loadSpec(join(DIR, file)))
    // A microgateway beside 2.6.0 or 4.7.0 always draws the pairing warning (test/microgateway/pairing.test.ts).
    expect(diagnostics.filter((d) => d.rule !== 'topology/microgateway-pairing').map(formatDiagnostic)).toEqual([])
    expect(spec.nodes.length).toBeGreaterThan(0)
  })
})
