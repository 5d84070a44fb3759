/**
 * topology.mmd: every fixture's diagram passes the grammar check of the Mermaid subset the renderer
 * uses (Mermaid's own parser needs a browser DOM), and the check itself rejects what Mermaid rejects.
 */
import { describe, expect, it } from 'vitest'
import { renderDiagram } from '../../src/render/docs/diagram.js'
import { checkMermaid } from '../../src/render/docs/mermaid-check.js'
import { mermaidLabel } from '../../src/render/docs/mermaid.js'
import { fixtureCases } from '../helpers/golden.js'
import { fixturePlan } from '../helpers/plan-of.js'

const edges = (mmd: string) => mmd.split('\n').filter((l) => /\|"/.test(l)).map((l) => l.trim())

describe('topology.mmd of every fixture', () => {
  for (const name of fixtureCases()) {
    it(`${name}: parses, one box per node inside its host, every load balancer`, async () => {
      const t = await fixturePlan(name)
      const mmd = renderDiagram(t)
      expect(checkMermaid(mmd)).toEqual([])
      for (const n of t.nodes) expect(mmd).toContain(`n_${n.name.replace(/-/g, '_')}["${n.name}<br/>`)
      for (const host of new Set(t.nodes.map((n) => n.host))) expect(mmd).toContain(`["${host}"]`)
      for (const lb of t.loadBalancers) expect(mmd).toContain(`lb_${lb.id.replace(/-/g, '_')}{{"${lb.host}<br/>`)
      expect(renderDiagram(t)).toBe(mmd)
    })
  }

  it('the calls: key validation to the KM load balancer, token revoke, throttling, artifact sync, cluster', async () => {
    const e = edges(renderDiagram(await fixturePlan('26-distributed-rsync')))
    expect(e).toContain('n_gw_1 -->|"key validation"| n_km')
    expect(e).toContain('n_km -->|"token revoke"| lb_apim')
    expect(e).toContain('n_gw_2 -->|"throttling events"| n_tm')
    expect(e).toContain('n_gw_mgr -.->|"artifact sync (rsync)"| n_gw_2')
    expect(e).toContain('n_gw_mgr <-.->|"cluster wso2.am.domain"| n_gw_1')
    expect(e).toContain('n_publisher -.->|"JDBC"| db')
    const ha = edges(renderDiagram(await fixturePlan('26-active-active-is-km-ha')))
    expect(ha).toContain('n_apim_1 -->|"key validation"| lb_key_manager')
    expect(ha).toContain('n_km_1 <-.->|"cluster wso2.km.domain"| n_km_2')
  })

  it('4.7.0: gateways and traffic managers on the event hub of the control plane', async () => {
    const e = edges(renderDiagram(await fixturePlan('47-distributed-ha')))
    expect(e).toContain('n_gw_1 -->|"event hub"| lb_apim')
    expect(e).toContain('n_tm_2 -->|"event hub"| lb_apim')
    expect(e).toContain('n_gw_2 -->|"throttling events"| n_tm_1')
  })
})

describe('Mermaid grammar check', () => {
  const ok = 'flowchart LR\n  subgraph h_a["a"]\n    direction TB\n    n_a["x"]\n  end\n  db[("y")]\n  n_a -->|"z"| db\n'
  it('accepts the subset', () => expect(checkMermaid(ok)).toEqual([]))
  it.each([
    ['a raw quote in a label', ok.replace('["x"]', '["x"y"]')],
    ['a stray #', ok.replace('["x"]', '["x # y"]')],
    ['an unclosed subgraph', ok.replace('  end\n', '')],
    ['an edge to an undeclared node', ok.replace('| db', '| nope')],
    ['a keyword as id', ok.replace(/n_a/g, 'end')],
    ['a missing header', ok.replace('flowchart LR\n', '')],
    ['a node declared twice', ok + '  db[("again")]\n'],
  ])('rejects %s', (_what, text) => expect(checkMermaid(text).length).toBeGreaterThan(0))

  it('labels escape quotes, #, markup and pipes so that any text stays one label', () => {
    const label = mermaidLabel('a "b" #c <d> & e | f\ng')
    expect(label).toBe('a #quot;b#quot; #35;c #lt;d#gt; #amp; e #124; f g')
    expect(checkMermaid(`flowchart LR\n  x["${label}"]\n  y["y"]\n  x -->|"${label}"| y\n`)).toEqual([])
  })
})
