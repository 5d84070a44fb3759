/**
 * 47-distributed-ha: two control planes behind apim.example.com, two gateways behind gw.example.com,
 * two traffic managers. Every cross-node URL names the node (or balancer) and its effective port.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Spec } from '../../src/model/spec.js'
import { renderFixture, renderSpecObject, tomlOf, type RenderedCase } from './helpers.js'

const CP = { 'cp-1': '10.3.0.11', 'cp-2': '10.3.0.12' }
const TM = { 'tm-1': '10.3.0.31', 'tm-2': '10.3.0.32' }

describe('47-distributed-ha wiring', () => {
  let c: RenderedCase
  beforeAll(async () => {
    c = await renderFixture('47-distributed-ha')
  })

  it('gateways validate keys and read events at the control plane load balancer and both control planes\' JMS ports', () => {
    for (const gw of ['gw-1', 'gw-2']) {
      const t = tomlOf(c, gw)
      expect(t.server).toMatchObject({ hostname: 'gw.example.com', server_role: 'gateway-worker', offset: 0 })
      expect(t.apim.key_manager.service_url).toBe('https://apim.example.com:443/services/')
      expect(t.apim.event_hub).toMatchObject({
        enable: true,
        service_url: 'https://apim.example.com:443/services/',
        event_listening_endpoints: ['tcp://10.3.0.11:5672', 'tcp://10.3.0.12:5672'],
      })
      expect(t.apim.sync_runtime_artifacts.gateway.gateway_labels).toEqual(['Default'])
      // gateways keep no API Manager database, only the shared one
      expect(Object.keys(t.database)).toEqual(['shared_db'])
    }
  })

  it('gateways publish to one url_group per traffic manager at the binary ports and read decisions from their JMS ports', () => {
    const t = tomlOf(c, 'gw-1').apim.throttling
    expect(t.url_group).toEqual([
      { traffic_manager_urls: ['tcp://10.3.0.31:9611'], traffic_manager_auth_urls: ['ssl://10.3.0.31:9711'], type: 'loadbalance' },
      { traffic_manager_urls: ['tcp://10.3.0.32:9611'], traffic_manager_auth_urls: ['ssl://10.3.0.32:9711'], type: 'loadbalance' },
    ])
    expect(t.throttle_decision_endpoints).toEqual(['tcp://10.3.0.31:5672', 'tcp://10.3.0.32:5672'])
    expect(t.service_url).toBe('https://10.3.0.31:9443/services/')
  })

  it('traffic managers duplicate throttle events crosswise and listen to the control planes', () => {
    for (const [tm, peer] of [['tm-1', 'tm-2'], ['tm-2', 'tm-1']] as const) {
      const t = tomlOf(c, tm)
      expect(t.server).toMatchObject({ hostname: TM[tm], server_role: 'traffic-manager' })
      expect(t.apim.throttling.event_duplicate_url).toEqual([`tcp://${TM[peer]}:5672`])
      expect(t.apim.event_hub.event_listening_endpoints).toEqual(['tcp://10.3.0.11:5672', 'tcp://10.3.0.12:5672'])
      expect(t.apim.key_manager.service_url).toBe('https://apim.example.com:443/services/')
    }
  })

  it('control planes duplicate events crosswise, publish to both control planes and register the gateway environment', () => {
    for (const [cp, peer] of [['cp-1', 'cp-2'], ['cp-2', 'cp-1']] as const) {
      const t = tomlOf(c, cp)
      expect(t.server).toMatchObject({ hostname: 'apim.example.com', node_ip: CP[cp], server_role: 'control-plane' })
      expect(t.transport).toEqual({ http: { properties: { proxyPort: 80 } }, https: { properties: { proxyPort: 443 } } })
      expect(t.apim.event_hub.event_listening_endpoints).toEqual([`tcp://${CP[cp]}:5672`])
      expect(t.apim.event_hub.event_duplicate_url).toEqual([`tcp://${CP[peer]}:5672`])
      expect(t.apim.event_hub.publish.url_group).toEqual([
        { urls: ['tcp://10.3.0.11:9611'], auth_urls: ['ssl://10.3.0.11:9711'] },
        { urls: ['tcp://10.3.0.12:9611'], auth_urls: ['ssl://10.3.0.12:9711'] },
      ])
      expect(t.apim.gateway.environment).toHaveLength(1)
      expect(t.apim.gateway.environment[0]).toMatchObject({
        name: 'Default',
        service_url: 'https://10.3.0.21:9443/services/',
        http_endpoint: 'http://gw.example.com:80',
        https_endpoint: 'https://gw.example.com:443',
        ws_endpoint: 'ws://gw.example.com:9099',
        wss_endpoint: 'wss://gw.example.com:8099',
      })
      expect(t.apim.key_manager.service_url).toBe('https://apim.example.com:443/services/')
      expect(Object.keys(t.database)).toEqual(['apim_db', 'shared_db', 'local'])
      expect(t.apim.throttling).toBeUndefined()
    }
  })

  it('no file names localhost, a loopback address or a listener port', () => {
    for (const [path, text] of c.files) {
      if (!path.endsWith('deployment.toml')) continue
      expect(text, path).not.toMatch(/localhost|127\.0\.0\.1/)
      const t = tomlOf(c, path.split('/')[1]!)
      expect(t.transport?.http?.properties?.port, path).toBeUndefined()
      expect(t.transport?.https?.properties?.port, path).toBeUndefined()
    }
  })
})

describe('offset traffic managers', () => {
  it('url_groups and decision endpoints carry each traffic manager\'s own offset (9611/9711/5672 + offset)', () => {
    const spec: Spec = {
      name: 'offsets',
      platform: 'apim-4.7.0',
      pattern: 'distributed',
      database: { type: 'postgresql', host: 'db' },
      nodes: [
        { name: 'cp', role: 'control-plane', host: 'h1' },
        { name: 'gw', role: 'gateway', host: 'h1', portOffset: 'auto' },
        { name: 'tm-a', role: 'traffic-manager', host: 'h2', portOffset: 3 },
        { name: 'tm-b', role: 'traffic-manager', host: 'h2', portOffset: 4 },
      ],
    }
    const c = renderSpecObject(spec)
    const gw = tomlOf(c, 'gw')
    expect(gw.server.offset).toBe(1)
    expect(gw.apim.throttling.url_group.map((g: { traffic_manager_urls: string[] }) => g.traffic_manager_urls[0])).toEqual(['tcp://h2:9614', 'tcp://h2:9615'])
    expect(gw.apim.throttling.url_group.map((g: { traffic_manager_auth_urls: string[] }) => g.traffic_manager_auth_urls[0])).toEqual(['ssl://h2:9714', 'ssl://h2:9715'])
    expect(gw.apim.throttling.throttle_decision_endpoints).toEqual(['tcp://h2:5675', 'tcp://h2:5676'])
    expect(tomlOf(c, 'tm-a').apim.throttling.event_duplicate_url).toEqual(['tcp://h2:5676'])
    expect(tomlOf(c, 'tm-b').apim.throttling.event_duplicate_url).toEqual(['tcp://h2:5675'])
    // PostgreSQL's 4.x type keyword (PITFALL 22)
    expect(tomlOf(c, 'cp').database.apim_db.type).toBe('postgre')
    expect(tomlOf(c, 'cp').database.apim_db.url).toMatch(/^jdbc:postgresql:\/\/db:5432\//)
  })
})
