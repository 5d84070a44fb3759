/** init --yes defaults for every pattern and platform, and the text the spec builder writes. */
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { buildSpec } from '../../src/init/build-spec.js'
import { defaultAnswers } from '../../src/init/defaults.js'
import { PATTERNS, PLATFORMS } from '../../src/model/spec.js'
import { checkLoaded } from '../../src/pipeline.js'
import { renderDatabaseSetup } from '../../src/render/database/setup-sql.js'
import { renderDiagram } from '../../src/render/docs/diagram.js'
import { renderReadme } from '../../src/render/docs/readme.js'
import { loadSpecText } from '../../src/spec/load.js'

const validate = (text: string) => checkLoaded(loadSpecText('topology.yaml', text, 'yaml'))

describe('init defaults', () => {
  for (const platform of PLATFORMS) {
    for (const pattern of PATTERNS) {
      it(`${platform} ${pattern}: the spec validates, without warnings, and plans the pattern`, () => {
        const text = buildSpec(defaultAnswers(platform, pattern), { schema: '../schemas/topology.schema.json' })
        const checked = validate(text)
        expect(checked.diagnostics).toEqual([])
        expect(checked.topology.platform).toBe(platform)
        expect(checked.topology.pattern).toBe(pattern)
        expect(renderReadme(checked.topology)).toContain('## Nodes')
        expect(renderDiagram(checked.topology)).toContain('flowchart LR')
        renderDatabaseSetup(checked.topology)
      })
    }
  }
})

describe('spec text', () => {
  it('starts with the yaml-language-server schema line and explains each section in a comment', () => {
    const text = buildSpec(defaultAnswers('apim-2.6.0', 'distributed'), { schema: '../schemas/topology.schema.json' })
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/topology.schema.json')
    for (const key of ['name', 'platform', 'pattern', 'keyManager', 'database', 'loadBalancer', 'gatewayArtifactSync', 'nodes']) {
      expect(text, key).toMatch(new RegExp(`# [^\\n]+\\n${key}:`))
    }
    expect(text).toContain('  - { name: pub, role: publisher, host: 10.0.0.11 }')
  })

  it('hostile answers stay single values', () => {
    const a = defaultAnswers('apim-4.7.0', 'active-active')
    a.database.username = 'x: y\n# z'
    a.database.password = '$env{DB}" }, injected: [1'
    a.nodes[0]!.portOffset = 'auto'
    const text = buildSpec(a, { schema: 'a\nb' })
    const data = parse(text)
    expect(data.database.username).toBe('x: y\n# z')
    expect(data.database.password).toBe('$env{DB}" }, injected: [1')
    expect(data.injected).toBeUndefined()
    expect(data.nodes[0].portOffset).toBe('auto')
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=ab')
  })
})
