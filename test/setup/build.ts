/**
 * Build the CLI once before any test spawns it (tests that run bin/wso2cfg.js need dist/), as
 * `npm run build` does: the generated modules (the ahead-of-time schema validator and the
 * precompiled templates, which the sources import too), tsc, then the bundle bin/wso2cfg.js loads.
 * tsc emits even when it reports type errors; test/typecheck.test.ts is the test that fails on those.
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

export default function setup(): void {
  const root = new URL('../../', import.meta.url).pathname
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  for (const script of ['scripts/build-validator.mjs', 'scripts/build-templates.mjs']) {
    const r = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr}`)
  }
  spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: root, stdio: 'ignore' })
  const bundled = spawnSync(process.execPath, ['scripts/bundle-cli.mjs'], { cwd: root, encoding: 'utf8' })
  if (bundled.status !== 0) throw new Error(`scripts/bundle-cli.mjs failed: ${bundled.stderr}`)
}
