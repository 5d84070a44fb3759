// `prepare` script: builds the package after `npm install` / `npm ci` in a clone and when npm installs
// it from a git URL. Two runs are skipped, as another run of the same command follows each:
// - `npm pack` and `npm publish` run `prepack` (which builds) and then `prepare`;
// - installing from git, npm first installs the clone's dependencies with `npm install` (marked by
//   _PACOTE_NO_PREPARE_ in its environment) and then runs `prepare` itself.
import { spawnSync } from 'node:child_process'

const command = process.env.npm_command ?? ''
if (command === 'pack' || command === 'publish' || process.env._PACOTE_NO_PREPARE_) process.exit(0)
const npm = process.env.npm_execpath
const r = npm
  ? spawnSync(process.execPath, [npm, 'run', 'build'], { stdio: 'inherit' })
  : spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' })
process.exit(r.status ?? 1)
