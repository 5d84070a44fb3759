/** --format text|json|github|sarif on validate, render --check and lint, through the built CLI. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { afterAll, describe, expect, it } from 'vitest'
import { githubCommands } from '../../src/report/formats.js'

const root = new URL('../../', import.meta.url)
const CLI = new URL('bin/wso2cfg.js', root).pathname
const work = mkdtempSync(join(tmpdir(), 'wso2cfg-format-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/**
 * The structure the SARIF 2.1.0 schema requires of what wso2cfg emits, derived from the OASIS
 * schema (docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json): sarifLog
 * needs version "2.1.0" and runs; run needs tool; tool needs driver; toolComponent needs name;
 * reportingDescriptor needs id; result needs message (text or id); level is one of none, note,
 * warning, error; ruleIndex is an integer ≥ -1; region lines and columns are integers ≥ 1.
 */
const SARIF_REQUIRED = {
  type: 'object',
  required: ['version', 'runs'],
  properties: {
    version: { enum: ['2.1.0'] },
    runs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['tool'],
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name'],
                properties: { name: { type: 'string' }, version: { type: 'string' }, rules: { type: 'array', items: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } } },
              },
            },
          },
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['message'],
              properties: {
                ruleId: { type: 'string' },
                ruleIndex: { type: 'integer', minimum: -1 },
                level: { enum: ['none', 'note', 'warning', 'error'] },
                message: { type: 'object', anyOf: [{ required: ['text'] }, { required: ['id'] }], properties: { text: { type: 'string' } } },
                locations: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      physicalLocation: {
                        type: 'object',
                        anyOf: [{ required: ['address'] }, { required: ['artifactLocation'] }],
                        properties: {
                          artifactLocation: { type: 'object', properties: { uri: { type: 'string' } } },
                          region: { type: 'object', properties: { startLine: { type: 'integer', minimum: 1 }, startColumn: { type: 'integer', minimum: 1 } } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
}
const checkSarif = new Ajv({ allErrors: true }).compile(SARIF_REQUIRED)

interface Sarif {
  runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations?: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn?: number } } }[] }[] }[]
}
function sarif(stdout: string): Sarif {
  const log = JSON.parse(stdout) as Sarif
  expect(checkSarif(log), JSON.stringify(checkSarif.errors)).toBe(true)
  const run = log.runs[0]!
  for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId)
  return log
}

/** Two networked nodes with a MySQL database and default passwords: two default-credentials warnings. */
const SPEC = `name: acme
platform: apim-4.7.0
pattern: active-active
database: { type: mysql, host: db.acme.io }
loadBalancer: { host: apim.acme.io }
nodes:
  - { name: apim-1, role: all-in-one, host: 10.0.0.11 }
  - { name: apim-2, role: all-in-one, host: 10.0.0.12 }
`
writeFileSync(join(work, 'topology.yaml'), SPEC)

describe('validate --format', () => {
  it('sarif: a valid SARIF 2.1.0 log with rule ids, levels and regions', () => {
    const r = cli('validate', '--format', 'sarif')
    expect(r.code).toBe(0)
    const results = sarif(r.stdout).runs[0]!.results
    expect(results.length).toBe(2)
    for (const x of results) {
      expect(x.ruleId).toBe('topology/default-credentials')
      expect(x.level).toBe('warning')
      expect(x.locations?.[0]?.physicalLocation.artifactLocation.uri).toBe('topology.yaml')
    }
    // The database mapping is on line 4 (database has no password).
    expect(results.map((x) => x.locations?.[0]?.physicalLocation.region?.startLine)).toContain(4)
  })

  it('github: one workflow command per finding; --strict makes them errors and exits 2', () => {
    const r = cli('validate', '--format', 'github')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^::warning file=topology\.yaml,line=4,col=\d+,title=topology\/default-credentials::the database account keeps the default password of the product%0Aset database\.password/m)
    const strict = cli('validate', '--strict', '--format', 'github')
    expect(strict.code).toBe(2)
    expect(strict.stdout.split('\n').filter((l) => l.startsWith('::error file=topology.yaml,line='))).toHaveLength(2)
  })

  it('--json is --format json; an unknown format or a contradiction exits 2', () => {
    expect(cli('validate', '--json').stdout).toBe(cli('validate', '--format', 'json').stdout)
    const bad = cli('validate', '--format', 'xml')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--format must be one of text, json, github, sarif; got "xml"')
    expect(cli('validate', '--json', '--format', 'sarif').code).toBe(2)
  })
})

describe('render --check --format', () => {
  const out = join(work, 'out')
  it('reports a changed file at its first changed line, and missing files, in SARIF and as annotations', () => {
    expect(cli('render', '-o', out).code).toBe(0)
    const toml = join('nodes', 'apim-1', 'repository', 'conf', 'deployment.toml')
    const lines = readFileSync(join(out, toml), 'utf8').split('\n')
    lines[9] = '# changed by hand'
    writeFileSync(join(out, toml), lines.join('\n'))
    rmSync(join(out, 'topology.mmd'))
    const r = cli('render', '-o', out, '--check', '--format', 'sarif')
    expect(r.code).toBe(1)
    const results = sarif(r.stdout).runs[0]!.results
    const changed = results.find((x) => x.ruleId === 'check/changed')!
    expect(changed.locations?.[0]?.physicalLocation).toEqual({ artifactLocation: { uri: `out/${toml}` }, region: { startLine: 10, startColumn: 1 } })
    expect(results.find((x) => x.ruleId === 'check/missing')?.locations?.[0]?.physicalLocation.artifactLocation.uri).toBe('out/topology.mmd')
    const gh = cli('render', '-o', out, '--check', '--format', 'github')
    expect(gh.code).toBe(1)
    expect(gh.stdout).toContain(`::error file=out/${toml},line=10,col=1,title=check/changed::`)
    expect(gh.stdout).toContain('::error file=out/topology.mmd,title=check/missing::')
  })

  it('github and sarif are for --check only', () => {
    const r = cli('render', '-o', join(work, 'other'), '--format', 'sarif')
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('applies to render --check')
  })
})

describe('lint --format', () => {
  it('a broken XML file: an error annotation and a SARIF error with its region; exit 1', () => {
    const dir = join(work, 'lint')
    expect(cli('render', '-o', dir).code).toBe(0)
    const conf = join(dir, 'nodes', 'apim-1', 'repository', 'conf')
    const xml = readdirSync(conf).find((f) => f.endsWith('.xml'))
    const file = xml ? join(conf, xml) : join(conf, 'broken.xml')
    writeFileSync(file, '<a>\n  <b>\n</a>\n')
    const gh = cli('lint', dir, '--format', 'github')
    expect(gh.code).toBe(1)
    expect(gh.stdout).toMatch(/^::error file=lint\/nodes\/apim-1\/repository\/conf\/[^,]+\.xml,line=3,col=\d+,title=[a-z]+\/[a-z-]+::/m)
    const s = cli('lint', dir, '--format', 'sarif')
    expect(s.code).toBe(1)
    const log = sarif(s.stdout)
    const error = log.runs[0]!.results.find((x) => x.level === 'error')!
    expect(error.locations?.[0]?.physicalLocation.region?.startLine).toBe(3)
  })
})

describe('workflow command escaping', () => {
  // actions/toolkit packages/core/src/command.ts: data escapes %, CR, LF; properties also ':' and ','.
  it('escapes %, CR and LF in the message and also : and , in properties', () => {
    const line = githubCommands([{ file: 'a,b:c.yaml', line: 1, col: 2, severity: 'error', rule: 'x/y', message: '100% done\r\nnext' }])
    expect(line).toBe('::error file=a%2Cb%3Ac.yaml,line=1,col=2,title=x/y::100%25 done%0D%0Anext')
  })
})
