// `prepare` script: builds the package after `npm install` / `npm ci` in a clone and when npm installs
// it from a git URL. `npm pack` and `npm publish` run `prepack` (which builds) and then `prepare`
// as well; there the second build is skipped.
import { spawnSync } from 'node:child_process'

const command = process.env.npm_command ?? ''
if (command === 'pack' || command === 'publish') process.exit(0)
const npm = process.env.npm_execpath
const r = npm
  ? spawnSync(process.execPath, [npm, 'run', 'build'], { stdio: 'inherit' })
  : spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' })
process.exit(r.status ?? 1)
