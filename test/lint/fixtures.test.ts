/**
 * Lint passes on what the tool renders: every fixture's golden output (and, for fixtures whose
 * goldens are not there yet, the tree rendered now) has no error-level finding.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatFinding, lint } from '../../src/lint/index.js'
import { caseTree, FIXTURES } from './helpers.js'

const cases = readdirSync(FIXTURES)
  .filter((c) => existsSync(join(FIXTURES, c, 'topology.yaml')))
  .sort()
const goldens = cases.filter((c) => existsSync(join(FIXTURES, c, 'expected')))

describe('lint on rendered output', () => {
  it('finds golden outputs to check', () => {
    expect(goldens.length, 'fixtures/*/expected').toBeGreaterThan(0)
  })

  for (const name of goldens) {
    it(`${name}: the golden output has no errors`, () => {
      const report = lint(join(FIXTURES, name, 'expected'))
      expect(report.layout).toBe('output')
      expect(report.nodes.length).toBeGreaterThan(0)
      expect(report.findings.filter((f) => f.severity === 'error').map(formatFinding)).toEqual([])
    })
  }

  for (const name of cases.filter((c) => !goldens.includes(c))) {
    it(`${name}: the rendered output has no errors`, async () => {
      const report = lint(await caseTree(name))
      expect(report.findings.filter((f) => f.severity === 'error').map(formatFinding)).toEqual([])
    })
  }
})
