import { describe, expect, it } from 'vitest'
import { broken, edit, lineOf } from './helpers.js'

const KM = 'nodes/km-1/repository/conf'
const TOML = 'nodes/apim/repository/conf/deployment.toml'

describe('lint: syntax', () => {
  it('xml/well-formed: a closing tag removed from registry.xml is found at the first end tag that no longer matches', async () => {
    const { dir, found } = await broken('26-active-active-is-km-ha', 'xml/well-formed', (d) => edit(d, `${KM}/registry.xml`, '</remoteInstance>', ''))
    expect(found).toHaveLength(1)
    // <mount> elements now nest inside the open <remoteInstance>: the root's end tag is the first that does not match.
    expect(found[0]).toMatchObject({ severity: 'error', file: `${dir}/${KM}/registry.xml`, line: lineOf(dir, `${KM}/registry.xml`, '</wso2registry>'), col: 1 })
    expect(found[0]!.message).toBe(`not well-formed XML: end tag </wso2registry> does not match start tag <remoteInstance> at line ${lineOf(dir, `${KM}/registry.xml`, '<remoteInstance')}, column 5`)
  })

  it('xml/well-formed: an unescaped & in a value', async () => {
    const { dir, found } = await broken('26-active-active-is-km-ha', 'xml/well-formed', (d) => edit(d, `${KM}/carbon.xml`, '<Offset>0</Offset>', '<Offset>0 & 1</Offset>'))
    expect(found).toEqual([expect.objectContaining({ line: lineOf(dir, `${KM}/carbon.xml`, '<Offset>'), message: expect.stringContaining('&amp;') })])
  })

  it('toml/valid: a table defined twice names both places', async () => {
    const { dir, found } = await broken('47-all-in-one', 'toml/valid', (d) => edit(d, TOML, '[apim.devportal]', '[apim.key_manager]\nenable = true\n\n[apim.devportal]'))
    const second = lineOf(dir, TOML, 'enable = true') - 1
    expect(found).toEqual([expect.objectContaining({ severity: 'error', line: second })])
    expect(found[0]!.message).toContain(`[apim.key_manager] is defined a second time (first at line ${lineOf(dir, TOML, '[apim.key_manager]')}`)
  })

  it('toml/valid: [x] where [[x]] is used', async () => {
    const { dir, found } = await broken('47-all-in-one', 'toml/valid', (d) => edit(d, TOML, '[apim.devportal]', '[apim.gateway.environment]\nname = "Second"\n\n[apim.devportal]'))
    expect(found).toEqual([expect.objectContaining({ line: lineOf(dir, TOML, 'name = "Second"') - 1 })])
    expect(found[0]!.message).toMatch(/\[apim\.gateway\.environment\] clashes with \[\[apim\.gateway\.environment\]\]/)
  })
})
