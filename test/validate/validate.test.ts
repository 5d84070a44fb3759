import { describe, expect, it } from 'vitest'
import { SpecError, type Diagnostic } from '../../src/diagnostics/diagnostic.js'
import { loadSpecText } from '../../src/spec/load.js'
import { validateLoaded } from '../../src/validate/index.js'

const rejected = (text: string, file = 'topology.yaml', opts = {}): Diagnostic[] => {
  try {
    validateLoaded(loadSpecText(file, text), opts)
  } catch (err) {
    if (err instanceof SpecError) return err.diagnostics
    throw err
  }
  throw new Error('expected a SpecError')
}

const brief = (d: Diagnostic): string => `${d.line ?? '?'}:${d.col ?? '?'} ${d.severity} ${d.rule}`

const TWO_NODES = `name: acme
platform: apim-2.6.0
pattern: active-active
database:
  type: mysql
  host: db.acme.io
  password: wso2carbon
nodes:
  - { name: apim-1, role: all-in-one, host: 10.0.0.1 }
  - { name: apim-2, role: all-in-one, host: 10.0.0.2 }
`

describe('validateLoaded', () => {
  it('returns the spec and its warnings when there is no error', () => {
    const { spec, diagnostics } = validateLoaded(loadSpecText('t.yaml', TWO_NODES))
    expect(spec.name).toBe('acme')
    expect(diagnostics.map(brief)).toEqual(['1:1 warning topology/default-credentials', '7:3 warning topology/default-credentials'])
    expect(diagnostics.every((d) => d.file === 't.yaml')).toBe(true)
  })

  it('throws every diagnostic, warnings included, sorted by position', () => {
    const text = TWO_NODES.replace('10.0.0.2 }', '10.0.0.2 }\n  - { name: apim-1, role: all-in-one, host: 10.0.0.3 }').replace('pattern: active-active', 'pattern: single-node')
    expect(rejected(text).map(brief)).toEqual([
      '1:1 warning topology/default-credentials',
      '7:3 warning topology/default-credentials',
      '10:21 error topology/pattern-roles',
      '11:7 error topology/duplicate-node-name',
    ])
  })

  it('does not run the rules when the schema fails', () => {
    const text = TWO_NODES.replace('host: 10.0.0.2', 'host: 10.0.0.2, extra: 1').replace('name: apim-2', 'name: apim-1')
    expect(rejected(text).map(brief)).toEqual(['10:55 error schema/unknown-key'])
  })

  it('reports every schema problem at once, in file order', () => {
    const text = 'name: Acme\nplatform: apim-4.7\npattern: single-node\nnodes:\n  - { name: a, role: all-in-one }\n'
    expect(rejected(text).map(brief)).toEqual(['1:1 error schema/pattern', '2:1 error schema/enum', '5:5 error schema/required'])
  })

  it('passes resolveEnv to the rules', () => {
    const text = TWO_NODES.replace('password: wso2carbon', 'password: $env{DB_PASSWORD}')
    expect(rejected(text).map((d) => d.rule)).toContain('topology/env-unsupported')
    expect(validateLoaded(loadSpecText('t.yaml', text), { resolveEnv: true }).diagnostics.map((d) => d.rule)).not.toContain('topology/env-unsupported')
  })

  it('locates findings in JSON and TOML too', () => {
    const json = JSON.stringify({ name: 'acme', platform: 'apim-2.6.0', pattern: 'single-node', nodes: [{ name: 'a', role: 'gateway-wroker', host: 'h' }] }, null, 2)
    const [enumError, ...rest] = rejected(json, 't.json')
    expect(rest).toEqual([])
    expect(enumError && brief(enumError)).toBe('8:7 error schema/enum')
    expect(enumError?.hint).toBe('did you mean "gateway-worker"?')
    const toml = 'name = "acme"\nplatform = "apim-2.6.0"\npattern = "single-node"\n\n[[nodes]]\nname = "con"\nrole = "all-in-one"\nhost = "h"\n'
    expect(rejected(toml, 't.toml').map(brief)).toEqual(['6:1 error topology/unsafe-node-name'])
  })
})
