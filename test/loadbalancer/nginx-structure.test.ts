/**
 * What the generated Nginx files say, read back with an independent parser: upstream members at
 * effective ports, sticky sessions where sessions live, forwarded headers, WebSocket headers, gateway
 * traffic on its own server blocks, the manager's console (S3.12, S3.13).
 */
import { describe, expect, it } from 'vitest'
import {
  all,
  headersOf,
  locationsOf,
  membersOf,
  nginxFiles,
  parseNginx,
  planFixture,
  serverAt,
  serversOf,
  upstreamOf,
  type Directive,
} from './helpers.js'

async function confOf(fixture: string, balancer: string): Promise<Directive[]> {
  const files = nginxFiles(await planFixture(fixture))
  const text = files[`loadbalancer/conf.d/${balancer}.conf`]
  if (text === undefined) throw new Error(`${fixture} has no ${balancer} balancer file`)
  return parseNginx(text)
}

const sticky = (conf: Directive[], name: string) => all(upstreamOf(conf, name).block!, 'ip_hash').length === 1

describe('nginx.conf structure', () => {
  it('the main file is complete and includes every balancer file', async () => {
    const main = parseNginx(nginxFiles(await planFixture('26-active-active-is-km-ha'))['loadbalancer/nginx.conf']!)
    expect(all(main, 'events')).toHaveLength(1)
    const http = all(main, 'http')[0]!.block!
    expect(all(http, 'include').map((d) => d.args[0])).toEqual(['conf.d/apim.conf', 'conf.d/key-manager.conf'])
  })

  it('S3.12 active-active: sticky servlet upstreams of both nodes, round-robin gateways on 8243/8280 of the same name', async () => {
    const conf = await confOf('26-active-active-is-km-ha', 'apim')
    expect(membersOf(upstreamOf(conf, 'apim-portal-https'))).toEqual(['10.0.0.11:9443', '10.0.0.12:9443'])
    expect(membersOf(upstreamOf(conf, 'apim-portal-http'))).toEqual(['10.0.0.11:9763', '10.0.0.12:9763'])
    expect(sticky(conf, 'apim-portal-https')).toBe(true)
    expect(sticky(conf, 'apim-gateway-https')).toBe(false)
    expect(membersOf(upstreamOf(conf, 'apim-gateway-https'))).toEqual(['10.0.0.11:8243', '10.0.0.12:8243'])
    const main = serverAt(conf, 'apim.acme.io', 443)
    expect(main.listen).toEqual(['443', 'ssl'])
    expect(all(main.block, 'ssl_certificate')[0]!.args).toEqual(['/etc/nginx/ssl/apim.acme.io.crt'])
    expect(all(main.block, 'ssl_certificate_key')[0]!.args).toEqual(['/etc/nginx/ssl/apim.acme.io.key'])
    expect(locationsOf(main).get('/')!.upstream).toBe('apim-portal-https')
    expect(serverAt(conf, 'apim.acme.io', 80).listen).toEqual(['80'])
    expect(locationsOf(serverAt(conf, 'apim.acme.io', 80)).get('/')!.upstream).toBe('apim-portal-http')
    expect(locationsOf(serverAt(conf, 'apim.acme.io', 8243)).get('/')!.upstream).toBe('apim-gateway-https')
    expect(locationsOf(serverAt(conf, 'apim.acme.io', 8280)).get('/')!.upstream).toBe('apim-gateway-http')
  })

  it('S3.12 every location forwards host, address and scheme over HTTP/1.1 with timeouts', async () => {
    for (const [fixture, balancer] of [
      ['26-active-active-is-km-ha', 'apim'],
      ['26-ob-km-two-hosts', 'key-manager'],
      ['47-distributed-ha', 'apim'],
    ] as const) {
      for (const server of serversOf(await confOf(fixture, balancer))) {
        for (const [path, loc] of locationsOf(server)) {
          const h = headersOf(loc.block)
          expect(h.get('X-Forwarded-Host'), `${fixture} ${server.serverName} ${path}`).toBe('$host')
          expect(h.get('X-Forwarded-Server')).toBe('$host')
          expect(h.get('X-Forwarded-For')).toBe('$proxy_add_x_forwarded_for')
          expect(h.get('X-Forwarded-Proto')).toBe('$scheme')
          expect(h.get('Host')).toBe('$http_host')
          expect(all(loc.block, 'proxy_http_version')[0]!.args).toEqual(['1.1'])
          expect(all(loc.block, 'proxy_read_timeout')[0]!.args).toEqual(['5m'])
          expect(all(loc.block, 'proxy_send_timeout')[0]!.args).toEqual(['5m'])
        }
      }
    }
  })

  it('WebSocket servers on 8099 (TLS) and 9099 pass the Upgrade handshake; other locations do not', async () => {
    const conf = await confOf('26-active-active-is-km-ha', 'apim')
    const wss = serverAt(conf, 'apim.acme.io', 8099)
    const ws = serverAt(conf, 'apim.acme.io', 9099)
    expect(wss.listen).toEqual(['8099', 'ssl'])
    expect(ws.listen).toEqual(['9099'])
    for (const s of [wss, ws]) {
      const loc = locationsOf(s).get('/')!
      expect(headersOf(loc.block).get('Upgrade')).toBe('$http_upgrade')
      expect(headersOf(loc.block).get('Connection')).toBe('upgrade')
    }
    expect(membersOf(upstreamOf(conf, 'apim-gateway-wss'))).toEqual(['10.0.0.11:8099', '10.0.0.12:8099'])
    expect(membersOf(upstreamOf(conf, 'apim-gateway-ws'))).toEqual(['10.0.0.11:9099', '10.0.0.12:9099'])
    expect(headersOf(locationsOf(serverAt(conf, 'apim.acme.io', 443)).get('/')!.block).has('Upgrade')).toBe(false)
  })

  it('distributed: gateway traffic on its own name goes to the workers only; portals by path; / to the gateway manager', async () => {
    const conf = await confOf('26-distributed-rsync', 'apim')
    const gw = serverAt(conf, 'gw.example.com', 443)
    expect(locationsOf(gw).get('/')!.upstream).toBe('apim-gateway-https')
    expect(membersOf(upstreamOf(conf, 'apim-gateway-https'))).toEqual(['10.1.0.22:8243', '10.1.0.23:8243'])
    expect(membersOf(upstreamOf(conf, 'apim-gateway-http'))).toEqual(['10.1.0.22:8280', '10.1.0.23:8280'])
    expect(serversOf(conf).filter((s) => s.serverName === 'api.example.com').map((s) => s.listen[0])).toEqual(['443', '80'])
    const main = locationsOf(serverAt(conf, 'api.example.com', 443))
    expect(main.get('/')!.upstream).toBe('apim-manager-https')
    expect(main.get('/publisher')!.upstream).toBe('apim-publisher-https')
    expect(main.get('/api/am/store/')!.upstream).toBe('apim-store-https')
    expect(membersOf(upstreamOf(conf, 'apim-manager-https'))).toEqual(['10.1.0.21:9443'])
    expect(sticky(conf, 'apim-publisher-https') && sticky(conf, 'apim-store-https')).toBe(true)
  })

  it('no traffic manager and no key manager behind the API Manager balancer', async () => {
    const conf = await confOf('26-distributed-shared-fs', 'apim')
    const hosts = all(conf, 'upstream').flatMap((u) => membersOf(u).map((m) => m.split(':')[0]))
    expect(hosts).not.toContain('10.2.0.41')
    expect(hosts).not.toContain('10.2.0.31')
  })

  it('S3.12 S3.13 OB KM on one host: members at offsets 3 and 4, sticky, console on the first node', async () => {
    const conf = await confOf('26-ob-km-one-host', 'key-manager')
    expect(membersOf(upstreamOf(conf, 'key-manager-https'))).toEqual(['10.20.0.21:9446', '10.20.0.21:9447'])
    expect(membersOf(upstreamOf(conf, 'key-manager-http'))).toEqual(['10.20.0.21:9766', '10.20.0.21:9767'])
    expect(sticky(conf, 'key-manager-https') && sticky(conf, 'key-manager-http')).toBe(true)
    const main = locationsOf(serverAt(conf, 'obkm.bank.example', 443))
    expect(main.get('/')!.upstream).toBe('key-manager-https')
    expect(main.get('/carbon')!.upstream).toBe('key-manager-manager-https')
    expect(membersOf(upstreamOf(conf, 'key-manager-manager-https'))).toEqual(['10.20.0.21:9446'])
    expect(locationsOf(serverAt(conf, 'obkm.bank.example', 80)).get('/')!.upstream).toBe('key-manager-http')
  })

  it('S3.12 OB KM on two hosts: a management vhost to the manager node only', async () => {
    const conf = await confOf('26-ob-km-two-hosts', 'key-manager')
    expect(membersOf(upstreamOf(conf, 'key-manager-https'))).toEqual(['10.20.0.21:9446', '10.20.0.22:9446'])
    const mgt = serverAt(conf, 'mgt.obkm.bank.example', 443)
    expect(mgt.listen).toEqual(['443', 'ssl'])
    expect(all(mgt.block, 'ssl_certificate')[0]!.args).toEqual(['/etc/nginx/ssl/obkm.crt'])
    expect(locationsOf(mgt).get('/')!.upstream).toBe('key-manager-manager-https')
    expect(membersOf(upstreamOf(conf, 'key-manager-manager-https'))).toEqual(['10.20.0.21:9446'])
    // With a management name the main name stays on every node.
    expect(locationsOf(serverAt(conf, 'obkm.bank.example', 443)).has('/carbon')).toBe(false)
  })

  it('4.7.0 on one host: both all-in-one nodes at their offsets', async () => {
    const conf = await confOf('47-active-active-one-host', 'apim')
    expect(membersOf(upstreamOf(conf, 'apim-portal-https'))).toEqual(['192.168.10.5:9443', '192.168.10.5:9444'])
    expect(membersOf(upstreamOf(conf, 'apim-gateway-https'))).toEqual(['192.168.10.5:8243', '192.168.10.5:8244'])
  })

  it('IS 7 key managers: no Carbon console location', async () => {
    const conf = await confOf('47-is7-is-to-apim', 'key-manager')
    expect([...locationsOf(serverAt(conf, 'iam.example.com', 443)).keys()]).toEqual(['/'])
    expect(serversOf(conf).map((s) => s.listen[0])).toEqual(['443', '80'])
  })
})
