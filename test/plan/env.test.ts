import { describe, expect, it } from 'vitest'
import { resolveEnvRefs } from '../../src/spec/env.js'

describe('--resolve-env', () => {
  it('substitutes $env{…} from the environment and reports unset variables with their pointer', () => {
    const spec = { database: { password: '$env{DB_PW}', username: 'x-$env{WHO}' }, nodes: [{ name: 'a' }] }
    const r = resolveEnvRefs(spec, { DB_PW: 's3cr<et>' })
    expect(r.value.database.password).toBe('s3cr<et>')
    expect(r.findings).toHaveLength(1)
    expect(r.findings[0]).toMatchObject({ pointer: '/database/username', rule: 'spec/env-unset' })
    expect(r.findings[0]!.message).toContain('WHO')
  })
  it('leaves microgateway values alone: the microgateway resolves them itself', () => {
    const spec = { nodes: [{ name: 'm', microgateway: { security: { basic: { password: '$env{MGW_PW}' } } } }] }
    const r = resolveEnvRefs(spec, {})
    expect(r.findings).toEqual([])
    expect(r.value.nodes[0]!.microgateway.security.basic.password).toBe('$env{MGW_PW}')
  })
})
