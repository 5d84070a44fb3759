// Bundles the compiled CLI (dist/cli/main.js, the modules and packages it imports; commands' lazy
// imports become separate chunks) into dist/bundle/: loading a few files instead of ~200 small
// modules is most of what a short run costs. The prompt library of `init` stays an ordinary import.
// Whitespace and comments are removed (names are kept, so an internal error's stack stays readable):
// the package stays small. Run by `npm run build` and by the test set-up, after tsc. dist/bundle/ sits two folders below the
// package root, as dist/<area>/ does, so the modules' `new URL('../../…', import.meta.url)` paths
// (schemas/, data/, package.json) still hold.
import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'rolldown'

const root = new URL('..', import.meta.url)
const dir = fileURLToPath(new URL('dist/bundle', root))
rmSync(dir, { recursive: true, force: true })
await build({
  input: { main: fileURLToPath(new URL('dist/cli/main.js', root)) },
  platform: 'node',
  external: [/^@inquirer\//],
  output: { dir, format: 'esm', minify: { compress: false, mangle: false, codegen: { removeWhitespace: true } } },
  logLevel: 'warn',
})
