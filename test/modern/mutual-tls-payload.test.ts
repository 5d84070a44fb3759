/**
 * The WSO2-IS-7 payload in mutual TLS mode (apim-km-wso2is WSO2IS7ConnectorConfiguration:
 * validateAuthConfigurations reads IdentityUser and MutualTLSOptions for MutualTLS, Username and
 * Password only for BasicAuth), and mutual TLS through the generated key manager balancer, an
 * Nginx http proxy that ends TLS (no proxy_ssl_certificate, no stream pass-through).
 */
import { describe, expect, it } from 'vitest'
import { checkLoaded } from '../../src/pipeline.js'
import { plan } from '../../src/plan/index.js'
import { loadSpecText } from '../../src/spec/load.js'
import { positionOf } from '../helpers/spec-cli.js'
import { is7Spec, renderFixture, renderSpecObject } from './helpers.js'

const payloadOf = (c: ReturnType<typeof renderSpecObject>, file = 'keymanagers/WSO2-IS-7.json') => JSON.parse(c.files.get(file)!) as { additionalProperties: Record<string, string> }

describe('WSO2-IS-7 payload authentication', () => {
  it('allowedUsernames ["*"] keeps MutualTLS, acting as the super admin the wildcard allows', () => {
    const props = payloadOf(renderSpecObject(is7Spec({ mutualTls: { trustedIssuer: 'CN=apim', allowedUsernames: ['*'] } }))).additionalProperties
    expect(props).toMatchObject({ Authentication: 'MutualTLS', MutualTLSOptions: 'ServerWide', IdentityUser: 'admin' })
  })

  it('a trusted issuer without allowedUsernames (IS reads "*") keeps MutualTLS too', () => {
    const props = payloadOf(renderSpecObject(is7Spec({ mutualTls: { trustedIssuer: 'CN=apim' } }))).additionalProperties
    expect(props.Authentication).toBe('MutualTLS')
  })

  it('no password is posted in MutualTLS mode; an $env admin name is filled in by envsubst', () => {
    const c = renderSpecObject(is7Spec({ admin: { username: '$env{ADMIN_USER}', password: '$secret{admin_pw}' }, mutualTls: { trustedIssuer: 'CN=apim', allowedUsernames: ['*'] } }))
    const body = c.files.get('keymanagers/WSO2-IS-7.json')!
    expect(body).not.toContain('Password')
    expect(body).not.toContain('ADMIN_PW')
    expect(payloadOf(c).additionalProperties.IdentityUser).toBe('${ADMIN_USER}')
  })
})

describe('MutualTLS behind the key manager balancer', () => {
  it('47-is7-is-to-apim: every IS endpoint at iam.example.com and MutualTLS is a located warning naming the ways out', async () => {
    const c = await renderFixture('47-is7-is-to-apim')
    expect(c.files.get('loadbalancer/conf.d/key-manager.conf')).not.toMatch(/proxy_ssl_certificate|ssl_preread/)
    const text = (await import('node:fs')).readFileSync(new URL('../../fixtures/47-is7-is-to-apim/topology.yaml', import.meta.url), 'utf8')
    const w = checkLoaded(loadSpecText('topology.yaml', text)).diagnostics.filter((d) => d.rule === 'topology/mutual-tls-balancer')
    expect(w.map((d) => [d.severity, d.pointer])).toEqual([['warning', '/mutualTls/trustedIssuer']])
    expect(`${w[0]!.line}:${w[0]!.col}`).toBe(positionOf(text, 'trustedIssuer:'))
    expect(w[0]!.hint).toMatch(/ssl_preread/)
  })

  it('IS reached directly, or BasicAuth, raises no such warning', () => {
    const direct = plan(is7Spec({ mutualTls: { trustedIssuer: 'CN=apim', allowedUsernames: ['*'] } })).findings
    expect(direct.filter((f) => f.rule === 'topology/mutual-tls-balancer')).toEqual([])
    const pair = (mutualTls: Parameters<typeof is7Spec>[0]['mutualTls']) =>
      plan(
        is7Spec({
          mutualTls,
          keyManager: { type: 'is7', loadBalancer: { host: 'iam.example.com' } },
          nodes: [{ name: 'apim', role: 'all-in-one', host: 'apim.internal' }, { name: 'is-1', role: 'key-manager', host: '10.0.0.1' }, { name: 'is-2', role: 'key-manager', host: '10.0.0.2' }],
        }),
      ).findings.filter((f) => f.rule === 'topology/mutual-tls-balancer')
    expect(pair({ trustedIssuer: 'CN=apim', allowedUsernames: ['*'] })).toHaveLength(1)
    expect(pair({ certThumbprint: '*' })).toEqual([])
    const basic = plan(
      is7Spec({
        mutualTls: { certThumbprint: '*' },
        keyManager: { type: 'is7', loadBalancer: { host: 'iam.example.com' } },
        nodes: [{ name: 'apim', role: 'all-in-one', host: 'apim.internal' }, { name: 'is-1', role: 'key-manager', host: '10.0.0.1' }, { name: 'is-2', role: 'key-manager', host: '10.0.0.2' }],
      }),
    ).findings
    expect(basic.filter((f) => f.rule === 'topology/mutual-tls-balancer')).toEqual([])
  })
})
