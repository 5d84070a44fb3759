// Runs the CLI in this process and, on exit, writes this process's peak RSS (KiB) to the file named by
// the first argument. Used only by scripts/bench.mjs.
import { writeFileSync } from 'node:fs'

const [, , rssFile, ...args] = process.argv
process.on('exit', () => writeFileSync(rssFile, String(process.resourceUsage().maxRSS)))
const { run } = await import('../dist/bundle/main.js')
await run([process.argv[0], 'wso2cfg', ...args])
