/**
 * The published package: `npm pack` of the built tree (the test set-up has built it), installed into
 * a temporary prefix without devDependencies, renders a fixture byte for byte like the goldens.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = new URL('../../', import.meta.url).pathname
const tmp = mkdtempSync(join(tmpdir(), 'wso2cfg-pack-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const npm = (args: readonly string[], cwd = root) => {
  const r = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  return r.stdout
}

const tree = (dir: string, base = ''): string[] =>
  readdirSync(join(dir, base), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? tree(dir, join(base, e.name)) : [join(base, e.name)]))
    .sort()

describe('npm pack', () => {
  // --ignore-scripts: prepack would rebuild what the test set-up has just built.
  const packed = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', tmp])) as [
    { filename: string; unpackedSize: number; files: { path: string }[] },
  ]
  const info = packed[0]
  const files = info.files.map((f) => f.path)

  it('ships the bundle, the schema, the data read at run time, README, LICENSE and the docs the README links', () => {
    expect(files).toContain('bin/wso2cfg.js')
    expect(files).toContain('dist/bundle/main.js')
    expect(files).toContain('schemas/topology.schema.json')
    expect(files).toContain('data/toml-keys/apim-4.7.0.json')
    expect(files).toContain('LICENSE')
    expect(files).toContain('README.md')
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const linked = [...readme.matchAll(/\]\((docs\/[^)#]+)/g)].map((m) => m[1]!)
    expect(linked.length).toBeGreaterThan(0)
    for (const doc of linked) expect(files).toContain(doc)
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/Apache License\s+Version 2\.0, January 2004/)
  })

  it('leaves out the unbundled compiler output, the templates the bundle holds and test-only data', () => {
    const stray = files.filter((f) => (f.startsWith('dist/') && !f.startsWith('dist/bundle/')) || f.startsWith('templates/') || f.startsWith('src/') || f.startsWith('test/') || f.startsWith('fixtures/') || f.startsWith('data/stock-differences/') || f === 'data/micro-gw-keys.json')
    expect(stray).toEqual([])
    expect(info.unpackedSize).toBeLessThanOrEqual(1_500_000)
  })

  it('installs without devDependencies and renders a fixture identical to its goldens', () => {
    const prefix = join(tmp, 'prefix')
    npm(['install', '--global', '--prefix', prefix, '--omit=dev', '--prefer-offline', join(tmp, info.filename)], tmp)
    const installed = join(prefix, 'lib', 'node_modules', 'wso2cfg')
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }
    // Only the lazily loaded prompt library of `init` stays outside the bundle.
    expect(Object.keys(manifest.dependencies ?? {})).toEqual(['@inquirer/prompts'])
    const out = join(tmp, 'out')
    const fixture = join(root, 'fixtures', '26-distributed-rsync')
    const r = spawnSync(join(prefix, 'bin', 'wso2cfg'), ['render', join(fixture, 'topology.yaml'), '-o', out], { cwd: tmp, encoding: 'utf8' })
    expect(r.stderr).toMatch(/^rendered \d+ nodes/m)
    expect(r.status).toBe(0)
    const expected = join(fixture, 'expected')
    expect(tree(out)).toEqual(tree(expected))
    for (const f of tree(expected)) expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(expected, f), 'utf8'))
  })
})
