/**
 * Golden fixtures: fixtures/<case>/topology.yaml → plan.json (masked plan) and expected/** (the
 * rendered tree, MANIFEST.json included). Refresh with UPDATE_GOLDEN=1 npm test and review the diff.
 */
import { join } from 'node:path'
import { describe, it } from 'vitest'
import { check } from '../src/pipeline.js'
import { render } from '../src/render/index.js'
import { maskSecrets } from '../src/util/secrets.js'
import { outputTree } from '../src/write/manifest.js'
import { expectFile, expectTree, fixtureCases, FIXTURES } from './helpers/golden.js'

describe('golden fixtures', () => {
  for (const name of fixtureCases()) {
    const dir = join(FIXTURES, name)
    it(`${name}: plan`, async () => {
      const checked = await check(join(dir, 'topology.yaml'))
      expectFile(join(dir, 'plan.json'), JSON.stringify(maskSecrets(checked.topology), null, 2) + '\n')
    })
    it(`${name}: rendered tree`, async () => {
      const checked = await check(join(dir, 'topology.yaml'))
      const files = outputTree(checked.topology, checked.loaded.data, render(checked.topology))
      expectTree(join(dir, 'expected'), files)
    })
  }
})
