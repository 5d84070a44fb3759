/** Accepting one warning: the spec's `allow` list and `validate --allow`, with `--strict` still on. */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SPEC_RULES } from '../../src/validate/rule-ids.js'
import { runOnSpec } from '../helpers/spec-cli.js'

/** Four networked nodes with a MySQL database and the products' default passwords: two warnings. */
const SPEC = `name: acme
platform: apim-4.7.0
pattern: active-active
database: { type: mysql, host: db.acme.io }
loadBalancer: { host: apim.acme.io }
nodes:
  - { name: apim-1, role: all-in-one, host: 10.0.0.11 }
  - { name: apim-2, role: all-in-one, host: 10.0.0.12 }
`

describe('allow', () => {
  it('without it, --strict fails on the default-credentials warnings', () => {
    const r = runOnSpec('validate', SPEC, 'yaml', ['--strict'])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('[topology/default-credentials]')
  })

  it('--allow <rule-id> drops that rule\'s warnings, so --strict passes', () => {
    const r = runOnSpec('validate', SPEC, 'yaml', ['--strict', '--allow', 'topology/default-credentials'])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^valid: acme \(apim-4\.7\.0, active-active, 2 nodes\)$/m)
  })

  it('the spec\'s allow list does the same for every command', () => {
    const spec = SPEC.replace('nodes:', 'allow: [topology/default-credentials]\nnodes:')
    expect(runOnSpec('validate', spec, 'yaml', ['--strict']).status).toBe(0)
    expect(runOnSpec('plan', spec).stderr).not.toContain('default-credentials')
  })

  it('--allow with a rule that does not exist: exit 2 with a did-you-mean', () => {
    const r = runOnSpec('validate', SPEC, 'yaml', ['--allow', 'topology/default-credential'])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('--allow topology/default-credential: no such rule; did you mean "topology/default-credentials"?')
  })

  it('an unknown id in the spec is a located error with a did-you-mean', () => {
    const spec = SPEC.replace('nodes:', 'allow:\n  - topology/defualt-credentials\nnodes:')
    const r = runOnSpec('validate', spec)
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/topology\.yaml:7:5 error \/allow\/0: allow names no rule "topology\/defualt-credentials" \[spec\/unknown-allowed-rule\]\n {2}did you mean "topology\/default-credentials"\?/)
  })

  it('knows every rule id the spec checks use', () => {
    const ids = new Set<string>()
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir)) {
        const full = join(dir, e)
        if (statSync(full).isDirectory()) walk(full)
        else if (full.endsWith('.ts') && !full.includes('/generated/') && !full.includes('/lint/')) {
          for (const m of readFileSync(full, 'utf8').matchAll(/['"`]((?:topology|loadbalancer|spec)\/[a-z0-9-]+)['"`]/g)) ids.add(m[1]!)
        }
      }
    }
    walk(new URL('../../src/', import.meta.url).pathname)
    ids.delete('spec/unknown-allowed-rule')
    expect([...ids].sort()).toEqual([...SPEC_RULES].sort())
  })
})
