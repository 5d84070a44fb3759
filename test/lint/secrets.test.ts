import { describe, expect, it } from 'vitest'
import { broken, edit, lineOf } from './helpers.js'

const TOML = 'nodes/apim/repository/conf/deployment.toml'

describe('lint: secure vault', () => {
  it('toml/secret-undefined: a $secret{} alias without an entry under [secrets]', async () => {
    const { dir, found } = await broken('47-all-in-one', 'toml/secret-undefined', (d) => edit(d, TOML, 'password = "$secret{admin_password}"', 'password = "$secret{admin_pasword}"'))
    expect(found).toEqual([expect.objectContaining({ severity: 'error', line: lineOf(dir, TOML, 'admin_pasword'), hint: 'did you mean $secret{admin_password}?' })])
  })

  it('toml/secrets-not-last: a table after [secrets]', async () => {
    const { dir, found } = await broken('47-all-in-one', 'toml/secrets-not-last', (d) => edit(d, TOML, /\n$/, '\n\n[late_table]\nkey = "*"\n'))
    expect(found).toEqual([expect.objectContaining({ severity: 'error', line: lineOf(dir, TOML, '[late_table]'), message: expect.stringContaining('follows [secrets]') })])
  })

  it('toml/secrets-comment: a comment inside [secrets]', async () => {
    const { dir, found } = await broken('47-all-in-one', 'toml/secrets-comment', (d) => edit(d, TOML, '[secrets]\n', '[secrets]\n# encrypted with the cipher tool\n'))
    expect(found).toEqual([expect.objectContaining({ line: lineOf(dir, TOML, '# encrypted'), col: 1 })])
  })

  it('toml/secret-unused (warning): an entry nobody refers to', async () => {
    const { found } = await broken('47-all-in-one', 'toml/secret-unused', (d) => edit(d, TOML, '[secrets]\n', '[secrets]\nold_password = "x"\n'))
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', message: '[secrets] defines old_password, but no $secret{old_password} uses it' })])
  })
})
