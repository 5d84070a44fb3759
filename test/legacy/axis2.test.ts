/** axis2.xml Hazelcast clustering: who clusters with whom, on which host and member port (S3.5). */
import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Spec } from '../../src/model/spec.js'
import { FIXTURES } from '../helpers/golden.js'
import { CLUSTERING, clusterParam } from './helpers/paths.js'
import { nodeOf, renderFixture, renderSpecObject, type RenderedCase } from './helpers/render.js'
import { at, elementPaths, type ElementInfo } from './helpers/xml-paths.js'

type Paths = Map<string, ElementInfo>
const axis2 = (c: RenderedCase, node: string): Paths => elementPaths(nodeOf(c, node).files.axis2)
const param = (p: Paths, name: string) => at(p, clusterParam(name)).text

/** `host:port` of every member, in file order. */
function members(p: Paths): string[] {
  const out: string[] = []
  for (let i = 1; ; i++) {
    const step = `${CLUSTERING}/members/member${i > 1 ? `[${i}]` : ''}`
    if (!p.has(step)) return out
    out.push(`${at(p, `${step}/hostName`).text}:${at(p, `${step}/port`).text}`)
  }
}

describe('axis2.xml clustering', () => {
  it('S3.5: the key managers of an HA pair form one WKA cluster with symmetric members', async () => {
    const c = await renderFixture('26-active-active-is-km-ha')
    const km1 = axis2(c, 'km-1')
    const km2 = axis2(c, 'km-2')
    for (const [name, p] of [['km-1', km1], ['km-2', km2]] as const) {
      expect(at(p, CLUSTERING).attrs.class).toBe('org.wso2.carbon.core.clustering.hazelcast.HazelcastClusteringAgent')
      expect(at(p, CLUSTERING).attrs.enable).toBe('true')
      expect(param(p, 'membershipScheme')).toBe('wka')
      expect(param(p, 'domain')).toBe('wso2.km.domain')
      expect(param(p, 'localMemberHost')).toBe(nodeOf(c, name).node.host)
    }
    expect(members(km1)).toEqual(['10.0.0.21:4000', '10.0.0.22:4000'])
    expect(members(km2)).toEqual(members(km1))
    // the API Manager nodes are a cluster of their own, in the spec's domain
    expect(param(axis2(c, 'apim-1'), 'domain')).toBe('wso2.apim.domain')
    expect(members(axis2(c, 'apim-1'))).toEqual(['10.0.0.11:4000', '10.0.0.12:4000'])
  })

  it('S3.5: co-hosted peers get distinct localMemberPorts, and each member port is that peer\'s', async () => {
    const c = await renderFixture('26-cohosted-auto')
    const mgr = axis2(c, 'gw-mgr')
    const worker = axis2(c, 'gw-worker')
    expect(nodeOf(c, 'gw-mgr').node.host).toBe(nodeOf(c, 'gw-worker').node.host)
    expect(param(mgr, 'localMemberPort')).not.toBe(param(worker, 'localMemberPort'))
    const expected = [`host-b.internal:${param(mgr, 'localMemberPort')}`, `host-b.internal:${param(worker, 'localMemberPort')}`]
    expect(members(mgr)).toEqual(expected)
    expect(members(worker)).toEqual(expected)
    // gateway manager and workers tell themselves apart by sub-domain
    expect(at(mgr, `${clusterParam('properties')}/property[@name='subDomain']`).attrs.value).toBe('mgt')
    expect(at(worker, `${clusterParam('properties')}/property[@name='subDomain']`).attrs.value).toBe('worker')
    // nodes outside any cluster keep it disabled
    expect(at(axis2(c, 'pub'), CLUSTERING).attrs.enable).toBe('false')
  })

  it('S3.5: no member or local member host is a loopback address, in any fixture', async () => {
    const loopback = /^(127\.|localhost$|::1$)/
    for (const f of readdirSync(FIXTURES).filter((x) => x.startsWith('26-'))) {
      const c = await renderFixture(f)
      for (const name of c.nodes.keys()) {
        const p = axis2(c, name)
        expect(param(p, 'localMemberHost'), `${f}/${name}`).not.toMatch(loopback)
        for (const m of members(p)) expect(m, `${f}/${name}`).not.toMatch(loopback)
      }
    }
  })

  it('kubernetes membership adds the scheme class and where to find the pods', () => {
    const spec: Spec = {
      name: 'k8s',
      platform: 'apim-2.6.0',
      pattern: 'active-active',
      database: { type: 'postgresql', host: 'pg.example', username: 'wso2', password: 'pg-secret-1' },
      admin: { username: 'boss', password: 'boss-secret-1' },
      loadBalancer: { host: 'apis.example' },
      clustering: { scheme: 'kubernetes' },
      nodes: [
        { name: 'aio-1', role: 'all-in-one', host: 'aio-1.example' },
        { name: 'aio-2', role: 'all-in-one', host: 'aio-2.example' },
      ],
    }
    const p = axis2(renderSpecObject(spec), 'aio-1')
    expect(param(p, 'membershipScheme')).toBe('kubernetes')
    expect(param(p, 'membershipSchemeClassName')).toBe('org.wso2.carbon.membership.scheme.kubernetes.KubernetesMembershipScheme')
    expect(param(p, 'KUBERNETES_SERVICES')).toBe('aio-1,aio-2')
    expect(p.has(clusterParam('KUBERNETES_NAMESPACE'))).toBe(true)
  })
})
