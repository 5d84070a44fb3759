/**
 * repository/conf/tomcat/catalina-server.xml: the stock Tomcat configuration with `proxyPort` on the
 * 9443 and 9763 connectors when a balancer fronts the node (S3.10), the key store from the spec.
 */
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import type { Spec } from '../../src/model/spec.js'
import { PROXY } from '../../src/plan/proxy.js'
import type { ProxyTopologySection } from '../../src/plan/proxy/types.js'
import type { TopologyPlan } from '../../src/plan/types.js'
import { catalinaServerXml } from '../../src/render/legacy/catalina-server.js'
import { planFixture, planSpec } from './helpers.js'

const CATALINA = 'repository/conf/tomcat/catalina-server.xml'
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, isArray: (n) => n === 'Connector' || n === 'Valve' })

interface Connector {
  port: string
  proxyPort?: string
  clientAuth?: string
  keystoreFile?: string
  keystorePass?: string
}

function catalinaOf(topology: TopologyPlan, node: string): { connectors: Map<string, Connector>; valves: number } {
  const n = topology.nodes.find((x) => x.name === node)!
  expect(n.files).toContain(`nodes/${node}/${CATALINA}`)
  expect(catalinaServerXml.matches(CATALINA, n)).toBe(true)
  const doc = parser.parse(catalinaServerXml.render(n, topology, CATALINA)) as {
    Server: { Service: { Connector: Connector[]; Engine: { Host: { Valve: unknown[] } } } }
  }
  const connectors = new Map(doc.Server.Service.Connector.map((c) => [c.port, c]))
  return { connectors, valves: doc.Server.Service.Engine.Host.Valve.length }
}

const base = (extra: Partial<Spec>, nodes: Spec['nodes']): Spec => ({
  name: 'catalina-case',
  platform: 'apim-2.6.0',
  pattern: 'active-active',
  database: { type: 'mysql', host: 'db.corp', username: 'wso2', password: 'Db-Pass-1' },
  admin: { username: 'root-admin', password: 'Admin-Pass-1' },
  ...extra,
  nodes,
})

describe('catalina-server.xml', () => {
  it('S3.10 OB KM behind its balancer: proxyPort 443 on the 9443 connector, 80 on 9763', async () => {
    const t = await planFixture('26-ob-km-one-host')
    for (const node of ['obkm-1', 'obkm-2']) {
      const { connectors, valves } = catalinaOf(t, node)
      expect(connectors.get('9443')!.proxyPort).toBe('443')
      expect(connectors.get('9763')!.proxyPort).toBe('80')
      // IS-KM 5.7.0 Tomcat: client certificates wanted, error report valve present.
      expect(connectors.get('9443')!.clientAuth).toBe('want')
      expect(connectors.get('9443')!.keystoreFile).toBe('${carbon.home}/repository/resources/security/wso2carbon.jks')
      expect(valves).toBe(8)
    }
    // The API Manager node is behind no balancer and keeps the stock file.
    expect(t.nodes.find((n) => n.name === 'obam')!.files).not.toContain(`nodes/obam/${CATALINA}`)
  })

  it('S3.10 the balancer ports are the proxy ports; the key store comes from the spec', () => {
    const t = planSpec(
      base({ loadBalancer: { host: 'apis.corp', port: 8443, httpPort: 8080 }, keystore: { file: 'corp.jks', password: 'p&"<w' } }, [
        { name: 'a', role: 'all-in-one', host: 'a.corp' },
        { name: 'b', role: 'all-in-one', host: 'b.corp' },
      ]),
    )
    for (const node of ['a', 'b']) {
      const { connectors, valves } = catalinaOf(t, node)
      expect(connectors.get('9443')!.proxyPort).toBe('8443')
      expect(connectors.get('9763')!.proxyPort).toBe('8080')
      expect(connectors.get('9443')!.clientAuth).toBe('false')
      expect(connectors.get('9443')!.keystoreFile).toBe('${carbon.home}/repository/resources/security/corp.jks')
      expect(connectors.get('9443')!.keystorePass).toBe('p&"<w')
      expect(valves).toBe(7)
    }
    expect(t.nodes.find((n) => n.name === 'a')!.sections[PROXY]).toMatchObject({ balancer: 'apim', proxyPorts: { https: 8443, http: 8080 } })
  })

  it('an OB KM without a balancer gets the file without proxy ports', () => {
    const t = planSpec(
      base({ pattern: 'single-node', keyManager: { type: 'ob-km' } }, [
        { name: 'am', role: 'all-in-one', host: 'am.corp' },
        { name: 'km', role: 'key-manager', host: 'km.corp' },
      ]),
    )
    const { connectors } = catalinaOf(t, 'km')
    expect(connectors.get('9443')!.proxyPort).toBeUndefined()
    expect(connectors.get('9763')!.proxyPort).toBeUndefined()
    expect(t.nodes.find((n) => n.name === 'km')!.sections[PROXY]).toMatchObject({ balancer: null, proxyPorts: null })
  })

  it('a secure-vault key store password becomes the cipher tool placeholder and a manual step', () => {
    const t = planSpec(
      base({ loadBalancer: { host: 'apis.corp' }, keystore: { password: '$secret{ks}' } }, [
        { name: 'a', role: 'all-in-one', host: 'a.corp' },
        { name: 'b', role: 'all-in-one', host: 'b.corp' },
      ]),
    )
    expect(catalinaOf(t, 'a').connectors.get('9443')!.keystorePass).toBe('password')
    const steps = (t.sections[PROXY] as ProxyTopologySection).manualSteps
    expect(steps.map((s) => s.title)).toContain('Encrypt the key store password of catalina-server.xml with the cipher tool')
  })

  it('traffic managers are behind no balancer and get no catalina-server.xml', async () => {
    const t = await planFixture('26-distributed-rsync')
    expect(t.nodes.find((n) => n.name === 'tm')!.files).not.toContain(`nodes/tm/${CATALINA}`)
    expect(catalinaOf(t, 'gw-1').connectors.get('9443')!.proxyPort).toBe('443')
  })
})
