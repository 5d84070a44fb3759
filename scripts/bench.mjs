// npm run bench: times the CLI against a bare `node -e 0` start on the same machine.
// Reports median and spread (p10–p90) as ratios to bare Node, and peak RSS, for each case.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { synthetic } from './synthetic-topology.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'wso2cfg-bench-'))
const reps = Number(process.env.BENCH_REPS ?? 15)
const child = join(root, 'scripts', 'bench-child.mjs')
const rssFile = join(work, 'rss')

function time(argv, n) {
  const ms = []
  let rss = 0
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint()
    const r = spawnSync(process.execPath, argv, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] })
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6)
    if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`)
    try {
      rss = Math.max(rss, Number(readFileSync(rssFile, 'utf8')))
    } catch {
      /* bare node writes no RSS file */
    }
  }
  ms.sort((a, b) => a - b)
  const q = (p) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]
  return { median: q(0.5), p10: q(0.1), p90: q(0.9), rssMiB: rss / 1024 }
}

const cli = (...args) => [child, rssFile, ...args]
const largest = join(root, 'fixtures', '26-distributed-rsync', 'topology.yaml')
const cases = [
  ['--help', cli('--help')],
  ['validate (fixture)', cli('validate', largest)],
  ['plan (fixture)', cli('plan', largest, '--json')],
  ['render (8-node fixture)', cli('render', largest, '-o', join(work, 'out-fixture'), '--force')],
]
for (const n of [10, 50, 200, 500]) {
  const file = join(work, `synthetic-${n}.json`)
  writeFileSync(file, JSON.stringify(synthetic(n)))
  cases.push([`render ${n} nodes`, cli('render', file, '-o', join(work, `out-${n}`), '--force'), n])
}

const bare = time(['-e', '0'], reps)
const rows = [['bare node -e 0', bare]]
for (const [name, argv, n] of cases) rows.push([name, time(argv, n && n >= 200 ? Math.max(3, Math.floor(reps / 3)) : reps)])

const pad = (s, w) => String(s).padEnd(w)
console.log(`${pad('case', 26)} ${pad('median ms', 10)} ${pad('× node', 8)} ${pad('p10–p90 ×', 13)} peak RSS MiB`)
for (const [name, r] of rows) {
  const ratio = (x) => (x / bare.median).toFixed(2)
  console.log(`${pad(name, 26)} ${pad(r.median.toFixed(1), 10)} ${pad(ratio(r.median), 8)} ${pad(`${ratio(r.p10)}–${ratio(r.p90)}`, 13)} ${r.rssMiB ? r.rssMiB.toFixed(1) : '-'}`)
}
const t = Object.fromEntries(rows)
const t50 = t['render 50 nodes'].median
const t500 = t['render 500 nodes'].median
console.log(`\nbudgets: validate ≤ 1.5× → ${(t['validate (fixture)'].median / bare.median).toFixed(2)}×; ` +
  `render 8-node ≤ 2× → ${(t['render (8-node fixture)'].median / bare.median).toFixed(2)}×; ` +
  `500 nodes ≤ 3000 ms → ${t500.toFixed(0)} ms, ≤ 300 MiB → ${t['render 500 nodes'].rssMiB.toFixed(0)} MiB; ` +
  `t(500)/t(50) ≤ 12 → ${(t500 / t50).toFixed(1)}`)
rmSync(work, { recursive: true, force: true })
