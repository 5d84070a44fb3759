import { describe, expect, it } from 'vitest'
import { broken, cli, edit, lineOf } from './helpers.js'

const TOML = 'nodes/apim/repository/conf/deployment.toml'

describe('lint: deployment.toml keys', () => {
  it('toml/unknown-key: [apim.key_manger] and servce_url name the intended keys (issue example)', async () => {
    const { dir, found } = await broken('47-all-in-one', 'toml/unknown-key', (d) => {
      edit(d, TOML, '[apim.key_manager]\nservice_url', '[apim.key_manger]\nservice_url')
      edit(d, TOML, /(\[\[apim\.gateway\.environment\]\][^[]*?)service_url/, '$1servce_url')
    })
    expect(found).toHaveLength(2)
    const [table, key] = found
    expect(table).toMatchObject({ severity: 'error', line: lineOf(dir, TOML, '[apim.key_manger]'), col: 7 })
    expect(table!.message).toContain('table [apim.key_manger] is not one API Manager 4.7.0 reads')
    expect(table!.message).toContain('did you mean apim.key_manager?')
    expect(key).toMatchObject({ line: lineOf(dir, TOML, 'servce_url'), col: 1 })
    expect(key!.message).toContain('did you mean apim.gateway.environment[].service_url?')
  })

  it('toml/unknown-key: the CLI exits 1 and prints the finding with file:line:col', async () => {
    const { dir } = await broken('47-all-in-one', 'toml/unknown-key', (d) => edit(d, TOML, '[apim.key_manager]\nservice_url', '[apim.key_manager]\nservce_url'))
    const r = cli('lint', dir)
    expect(r.status, r.stderr).toBe(1)
    expect(r.stdout).toContain(`${dir}/${TOML}:${lineOf(dir, TOML, 'servce_url')}:1 error: key apim.key_manager.servce_url is not one API Manager 4.7.0 reads`)
    expect(r.stdout).toContain('did you mean apim.key_manager.service_url?')
    expect(r.stdout).toContain('[toml/unknown-key]')
  })

  it('toml/table-shape: [x] where the product reads [[x]]', async () => {
    const { dir, found } = await broken('47-all-in-one', 'toml/table-shape', (d) => edit(d, TOML, '[[apim.gateway.environment]]', '[apim.gateway.environment]'))
    expect(found).toEqual([expect.objectContaining({ line: lineOf(dir, TOML, '[apim.gateway.environment]'), message: expect.stringContaining('write [[apim.gateway.environment]]') })])
  })

  it('toml/table-shape: [[x]] where the product reads [x]', async () => {
    const { found } = await broken('47-all-in-one', 'toml/table-shape', (d) => edit(d, TOML, '[apim.key_manager]', '[[apim.key_manager]]'))
    expect(found).toEqual([expect.objectContaining({ message: expect.stringContaining('write [apim.key_manager], not [[apim.key_manager]]') })])
  })
})
