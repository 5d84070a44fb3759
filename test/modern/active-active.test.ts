/** 47-active-active-one-host and 47-all-in-one: offsets, HA peers, and the single node's own defaults. */
import { describe, expect, it } from 'vitest'
import { renderFixture, tomlOf } from './helpers.js'

describe('47-active-active-one-host', () => {
  it('the second node sets only [server] offset = 1, never a transport port', async () => {
    const c = await renderFixture('47-active-active-one-host')
    const [a, b] = [tomlOf(c, 'apim-1'), tomlOf(c, 'apim-2')]
    expect(a.server.offset).toBe(0)
    expect(b.server.offset).toBe(1)
    for (const t of [a, b]) {
      expect(t.server).toMatchObject({ hostname: 'apim.example.com', node_ip: '192.168.10.5', server_role: 'default' })
      expect(t.transport).toEqual({ http: { properties: { proxyPort: 80 } }, https: { properties: { proxyPort: 443 } } })
    }
    for (const node of ['apim-1', 'apim-2']) {
      expect(c.files.get(`nodes/${node}/repository/conf/deployment.toml`)).not.toMatch(/^\s*(properties\.)?port\s*=/m)
    }
  })

  it('throttle events are duplicated to the peer\'s JMS port and both nodes receive throttling data at their own binary ports', async () => {
    const c = await renderFixture('47-active-active-one-host')
    const [a, b] = [tomlOf(c, 'apim-1'), tomlOf(c, 'apim-2')]
    expect(a.apim.throttling.event_duplicate_url).toEqual(['tcp://192.168.10.5:5673'])
    expect(b.apim.throttling.event_duplicate_url).toEqual(['tcp://192.168.10.5:5672'])
    const groups = [
      { traffic_manager_urls: ['tcp://192.168.10.5:9611'], traffic_manager_auth_urls: ['ssl://192.168.10.5:9711'], type: 'loadbalance' },
      { traffic_manager_urls: ['tcp://192.168.10.5:9612'], traffic_manager_auth_urls: ['ssl://192.168.10.5:9712'], type: 'loadbalance' },
    ]
    expect(a.apim.throttling.url_group).toEqual(groups)
    expect(b.apim.throttling.url_group).toEqual(groups)
    // each node's gateway and notify endpoint are its own, at its own offset
    expect(a.apim.gateway.environment[0].service_url).toBe('https://192.168.10.5:9443/services/')
    expect(b.apim.gateway.environment[0].service_url).toBe('https://192.168.10.5:9444/services/')
    expect(b.event_listener[0].properties.notification_endpoint).toBe('https://192.168.10.5:9444/internal/data/v1/notify')
    // traffic through the load balancer, key validation at the load balancer
    expect(b.apim.gateway.environment[0]).toMatchObject({ https_endpoint: 'https://apim.example.com:8243', http_endpoint: 'http://apim.example.com:8280' })
    expect(b.apim.key_manager.service_url).toBe('https://apim.example.com:443/services/')
    expect(b.database.apim_db).toMatchObject({ type: 'postgre', url: 'jdbc:postgresql://pg.internal:5432/apimgtdb', password: '$secret{db_password}' })
  })
})

describe('47-all-in-one', () => {
  it('a single node points at itself and keeps the local throttling and event hub defaults', async () => {
    const c = await renderFixture('47-all-in-one')
    const t = tomlOf(c, 'apim')
    expect(t.server).toEqual({ hostname: 'apim.internal', node_ip: 'apim.internal', offset: 0, server_role: 'default' })
    expect(t.apim.key_manager.service_url).toBe('https://apim.internal:9443/services/')
    expect(t.apim.gateway.environment[0]).toMatchObject({ service_url: 'https://apim.internal:9443/services/', https_endpoint: 'https://apim.internal:8243', wss_endpoint: 'wss://apim.internal:8099' })
    expect(t.apim.throttling).toBeUndefined()
    expect(t.apim.event_hub).toBeUndefined()
    expect(t.transport).toBeUndefined()
    // $env references pass through untouched; the product resolves them
    expect(t.database.apim_db.password).toBe('$env{APIM_DB_PASSWORD}')
    expect(t.database.apim_db).toMatchObject({ type: 'mysql', driver: 'com.mysql.cj.jdbc.Driver' })
    expect(t.secrets).toEqual({ admin_password: '[<value of admin_password>]' })
  })
})
