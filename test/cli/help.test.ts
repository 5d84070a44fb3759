/** Help that teaches: examples in every command's --help, `explain <field>`, ./topology.yaml by default. */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = new URL('../../', import.meta.url)
const CLI = new URL('bin/wso2cfg.js', root).pathname
const work = mkdtempSync(join(tmpdir(), 'wso2cfg-help-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const cli = (args: string[], cwd = work) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('--help', () => {
  const commands = ['init', 'validate', 'plan', 'render', 'ports', 'diagram', 'lint', 'schema', 'explain']
  for (const c of commands) {
    it(`${c} --help ends with examples of ${c}`, () => {
      const r = cli([c, '--help'])
      expect(r.code).toBe(0)
      const examples = r.stdout.slice(r.stdout.indexOf('\nExamples:\n'))
      expect(examples).toMatch(new RegExp(`^  \\$ wso2cfg ${c}\\b`, 'm'))
    })
  }
  it('every example uses options its command has', () => {
    for (const c of commands) {
      const help = cli([c, '--help']).stdout
      const [options, examples] = help.split('\nExamples:\n') as [string, string]
      for (const flag of examples.matchAll(/ (--[a-z-]+)/g)) expect(options, `${c}: ${flag[1]}`).toContain(flag[1]!)
    }
  })
})

describe('wso2cfg explain', () => {
  const schema = JSON.parse(readFileSync(new URL('schemas/topology.schema.json', root), 'utf8')) as { definitions: { portOffset: { description: string } } }

  it('nodes.portOffset: description, type, default and example from the schema', () => {
    const r = cli(['explain', 'nodes.portOffset'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(schema.definitions.portOffset.description)
    expect(r.stdout).toMatch(/^ {2}type: +integer from 0 to 1000, or "auto"$/m)
    // An omitted offset is planned like auto (src/plan/offsets.ts).
    expect(r.stdout).toMatch(/^ {2}default: +auto$/m)
    expect(r.stdout).toMatch(/^ {2}example: +portOffset: 1$/m)
  })

  it('reads a default out of the description, and lists sub-fields of a mapping', () => {
    expect(cli(['explain', 'loadBalancer.port']).stdout).toMatch(/^ {2}default: +443$/m)
    expect(cli(['explain', 'database']).stdout).toMatch(/^ {2}fields: +database\.type, database\.host/m)
  })

  it('an unknown field: exit 2 with a did-you-mean', () => {
    const r = cli(['explain', 'nodes.portOfset'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('nodes has no field "portOfset"; did you mean "nodes.portOffset"?')
    expect(r.stdout).toBe('')
  })

  it('without a field, lists every field path', () => {
    const r = cli(['explain'])
    expect(r.code).toBe(0)
    expect(r.stdout.split('\n')).toEqual(expect.arrayContaining(['name', 'nodes.portOffset', 'keyManager.thirdParty.connector', 'allow']))
  })
})

describe('default spec path', () => {
  it('validate, plan and ports read ./topology.yaml when no spec is given', () => {
    copyFileSync(new URL('fixtures/47-all-in-one/topology.yaml', root), join(work, 'topology.yaml'))
    const r = cli(['validate'])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toMatch(/^valid: /)
    expect(cli(['plan']).code).toBe(0)
    expect(cli(['ports']).code).toBe(0)
  })

  it('and says which file it looked for when there is none', () => {
    const empty = mkdtempSync(join(work, 'empty-'))
    const r = cli(['validate'], empty)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('"topology.yaml" does not exist')
  })
})
