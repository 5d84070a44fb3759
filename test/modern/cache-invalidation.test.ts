/**
 * `[apim.cache_invalidation]` on API Manager 4.7.0 publishing nodes in HA, and `clustering` fields
 * that change nothing on 4.7.0. Keys: enabled and domain of api-manager.xml.j2 (the key catalog of
 * the 4.7.0 templates); docs-apim "Configuring an Active-Active Deployment" and "Distributed
 * deployment with TM separated" enable it with one domain per HA group.
 */
import { describe, expect, it } from 'vitest'
import { checkLoaded } from '../../src/pipeline.js'
import { loadSpecText } from '../../src/spec/load.js'
import { positionOf } from '../helpers/spec-cli.js'
import { renderFixture, tomlOf } from './helpers.js'

const head = (clustering: string, nodes: string[]): string =>
  ['name: cache', 'platform: apim-4.7.0', `pattern: ${nodes.length > 1 ? 'active-active' : 'single-node'}`, 'database: { type: mysql, host: db.acme.io, username: u, password: p }', 'admin: { username: admin, password: pw }', ...(nodes.length > 1 ? ['loadBalancer: { host: apim.acme.io }'] : []), clustering, 'nodes:', ...nodes, ''].filter(Boolean).join('\n')

const warningsOf = (text: string) => checkLoaded(loadSpecText('topology.yaml', text)).diagnostics.filter((d) => d.rule === 'topology/clustering-unused')

describe('[apim.cache_invalidation] of HA control planes and all-in-one pairs', () => {
  it('an all-in-one pair enables it with the spec\'s clustering.domain (47-keycloak)', async () => {
    const c = await renderFixture('47-keycloak')
    for (const node of ['apim-1', 'apim-2']) expect(tomlOf(c, node).apim.cache_invalidation).toEqual({ enabled: true, domain: 'wso2.apim.domain' })
  })

  it('HA control planes enable it; gateways and traffic managers do not (47-distributed-ha)', async () => {
    const c = await renderFixture('47-distributed-ha')
    for (const n of c.topology.nodes) {
      const t = tomlOf(c, n.name).apim?.cache_invalidation
      if (n.role === 'control-plane') expect(t, n.name).toEqual({ enabled: true, domain: 'wso2.am.domain' })
      else expect(t, n.name).toBeUndefined()
    }
  })

  it('a single node has no peer to invalidate', async () => {
    const c = await renderFixture('47-all-in-one')
    expect(tomlOf(c, c.topology.nodes[0]!.name).apim?.cache_invalidation).toBeUndefined()
  })
})

describe('clustering fields without effect on 4.7.0 are located warnings', () => {
  it('clustering.scheme with no Identity Server 7 pair is a warning where it stands; its domain is used by the pair', () => {
    const text = head('clustering: { scheme: wka, domain: apim.cp }', ['  - { name: a, role: all-in-one, host: 10.0.0.1 }', '  - { name: b, role: all-in-one, host: 10.0.0.2 }'])
    const w = warningsOf(text)
    expect(w.map((d) => [d.severity, d.pointer])).toEqual([['warning', '/clustering/scheme']])
    expect(`${w[0]!.line}:${w[0]!.col}`).toBe(positionOf(text, 'scheme:'))
  })

  it('clustering.domain on a single node is a warning: no cache invalidation group, IS keeps its own domain', () => {
    const text = head('clustering:\n  scheme: none\n  domain: apim.cp', ['  - { name: a, role: all-in-one, host: 10.0.0.1 }'])
    const w = warningsOf(text)
    expect(w.map((d) => d.pointer)).toEqual(['/clustering/domain'])
    expect(`${w[0]!.line}:${w[0]!.col}`).toBe(positionOf(text, 'domain: apim.cp'))
  })
})
