/**
 * With the key pair replaced, gateways verify API keys and internal keys against the certificate
 * their trust store holds under gateway_certificate_alias (api-manager.xml.j2 ApiKeyAlias and
 * InternalKeyAlias defaults, keys apim.devportal.api_key_alias and apim.publisher.key_alias of the
 * 4.7.0 key catalog; docs-apim "Distributed deployment", gateway step 5).
 */
import { describe, expect, it } from 'vitest'
import { renderFixture } from '../modern/helpers.js'

describe('README: the signing certificate under gateway_certificate_alias', () => {
  it('47-distributed-ha: each gateway replaces gateway_certificate_alias with the API Manager certificate; other nodes keep theirs', async () => {
    const c = await renderFixture('47-distributed-ha')
    const readme = c.files.get('README.md')!
    for (const gw of c.topology.nodes.filter((n) => n.role === 'gateway')) {
      const lines = readme.split('\n').filter((l) => l.startsWith(`ssh -t ${gw.host} `) && l.includes('gateway_certificate_alias'))
      expect(lines, gw.name).toHaveLength(2)
      expect(lines[0]).toMatch(/keytool -delete -noprompt -alias gateway_certificate_alias -keystore \S+client-truststore\.jks/)
      expect(lines[1]).toMatch(/keytool -import -noprompt -alias gateway_certificate_alias -file \/tmp\/apim\.crt -keystore \S+client-truststore\.jks/)
    }
    for (const n of c.topology.nodes.filter((n) => n.role !== 'gateway')) {
      expect(readme.split('\n').some((l) => l.startsWith(`ssh -t ${n.host} `) && l.includes('gateway_certificate_alias')), n.name).toBe(false)
    }
  })

  it('all-in-one nodes run the gateway too', async () => {
    const c = await renderFixture('47-all-in-one')
    expect(c.files.get('README.md')).toContain('-alias gateway_certificate_alias -file /tmp/apim.crt')
  })

  it('2.6.0 has no such alias', async () => {
    const c = await renderFixture('26-active-active-is-km-ha')
    expect(c.files.get('README.md')).not.toContain('gateway_certificate_alias')
  })
})
