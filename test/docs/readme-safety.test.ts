/**
 * The generated README as a reader and a shell see it: every `sh`/`bash` block of every fixture's
 * README is valid shell (`bash -n`), and spec values in prose cannot open Markdown or HTML syntax
 * (CommonMark: a backslash before ASCII punctuation makes it literal; a code span's fence outgrows
 * any backtick run inside it).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderReadme } from '../../src/render/docs/readme.js'
import { fixtureCases } from '../helpers/golden.js'
import { fixturePlan } from '../helpers/plan-of.js'

const ROOT = new URL('../../', import.meta.url).pathname

/** The shell blocks of a Markdown text, indentation of list items removed. */
function shellBlocks(markdown: string): { line: number; body: string }[] {
  const lines = markdown.split('\n')
  const out: { line: number; body: string }[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^( *)(`{3,})(sh|bash)\s*$/.exec(lines[i]!)
    if (!open) continue
    const [, indent, fence] = open
    const body: string[] = []
    let j = i + 1
    for (; j < lines.length && lines[j] !== `${indent}${fence}`; j++) body.push(lines[j]!.startsWith(indent!) ? lines[j]!.slice(indent!.length) : lines[j]!)
    expect(j, `block at line ${i + 1} is closed`).toBeLessThan(lines.length)
    out.push({ line: i + 1, body: `${body.join('\n')}\n` })
    i = j
  }
  return out
}

describe('README shell blocks pass bash -n', () => {
  for (const name of fixtureCases()) {
    it(name, async () => {
      const readme = renderReadme(await fixturePlan(name))
      const blocks = shellBlocks(readme)
      expect(blocks.length).toBeGreaterThan(0)
      for (const b of blocks) {
        const r = spawnSync('bash', ['-n'], { input: b.body, encoding: 'utf8' })
        expect(r.status, `README.md line ${b.line}: ${r.stderr}\n${b.body}`).toBe(0)
      }
    })
  }

  it('a block that is not valid shell is caught', () => {
    const r = spawnSync('bash', ['-n'], { input: shellBlocks('```sh\nbash bin/gateway <path to the API project .jar>\n```\n')[0]!.body, encoding: 'utf8' })
    expect(r.status).not.toBe(0)
  })
})

describe('README prose escapes spec values', () => {
  const HOSTILE = '<img src=x onerror=alert(1)>*x*_y_'

  /** README of a spec rendered by the built CLI. */
  function readmeOf(text: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'wso2cfg-readme-'))
    try {
      writeFileSync(join(dir, 'topology.yaml'), text)
      const out = spawnSync(process.execPath, [join(ROOT, 'bin/wso2cfg.js'), 'render', join(dir, 'topology.yaml'), '-o', join(dir, 'out')], { encoding: 'utf8' })
      expect(out.status, out.stderr).toBe(0)
      return readFileSync(join(dir, 'out', 'README.md'), 'utf8')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  it('an account name with HTML and emphasis in a further step is shown literally', () => {
    const spec = readFileSync(join(ROOT, 'fixtures/47-is7-apim-to-is/topology.yaml'), 'utf8').replace(/(tenantSharing:\n  direction: apim-to-is\n  username: )admin/, `$1${JSON.stringify(HOSTILE)}`)
    expect(spec).toContain(HOSTILE)
    const readme = readmeOf(spec)
    expect(readme).toContain('the Identity Server user "\\<img src=x onerror=alert(1)\\>\\*x\\*\\_y\\_" may create')
    const prose = readme.replace(/^( *)(`{3,})[^\n]*\n[\s\S]*?^\1\2$/gm, '').replace(/(`+)[^`][\s\S]*?\1/g, '')
    expect(prose).not.toMatch(/(?<!\\)<img|(?<!\\)\*x/)
  })

  it('a database account with backticks stays one code span', () => {
    const spec = readFileSync(join(ROOT, 'fixtures/26-distributed-rsync/topology.yaml'), 'utf8').replace('username: apim', 'username: "ap`i``m"')
    const readme = readmeOf(spec)
    expect(readme).toContain('| ```ap`i``m``` |')
  })
})
