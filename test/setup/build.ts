/**
 * Build the CLI once before any test spawns it (tests that run bin/wso2cfg.js need dist/).
 * tsc emits even when it reports type errors; test/typecheck.test.ts is the test that fails on those.
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

export default function setup(): void {
  const root = new URL('../../', import.meta.url).pathname
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: root, stdio: 'ignore' })
}
