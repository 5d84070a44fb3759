/** The microgateway planner's decisions: key manager URL, external flag, credentials (S4.1, S4.2). */
import { describe, expect, it } from 'vitest'
import { checkLoaded } from '../../src/pipeline.js'
import type { MicrogatewayPlan } from '../../src/plan/microgateway.js'
import { loadSpecText } from '../../src/spec/load.js'

const planOf = (yaml: string, node = 'mgw-1'): MicrogatewayPlan => {
  const { topology } = checkLoaded(loadSpecText('topology.yaml', yaml))
  const n = topology.nodes.find((x) => x.name === node)
  return n?.sections.microgateway as MicrogatewayPlan
}

const BASE = `name: t
platform: apim-2.6.0
pattern: single-node
keyManager: { type: resident }
database: { type: h2 }
admin: { username: ops, password: s3cret }
nodes:
  - { name: apim, role: all-in-one, host: 10.0.0.1, portOffset: 2 }
`

describe('microgateway planner', () => {
  it('S4.1 without a url the microgateway uses the resident key manager at its effective https port, external = false', () => {
    const p = planOf(BASE + '  - { name: mgw-1, role: microgateway, host: 10.0.0.9 }\n')
    expect(p.keyManager).toEqual({ serverUrl: 'https://10.0.0.1:9445', source: 'node', node: 'apim', tokenContext: 'oauth2', timestampSkew: 5000, external: false, legacyMode: true })
  })

  it('S4.2 with no security block it keeps basic authentication and takes the admin account of the topology', () => {
    const p = planOf(BASE + '  - { name: mgw-1, role: microgateway, host: 10.0.0.9 }\n')
    expect(p.security.basic).toEqual({ enabled: true, username: 'ops', password: 's3cret' })
    expect(p.security.oauth2.enabled).toBe(false)
  })

  it('S4.1 an external url keeps the product default credentials, not the admin account', () => {
    const p = planOf(BASE + '  - { name: mgw-1, role: microgateway, host: 10.0.0.9, microgateway: { keyManager: { url: "https://idp.x.io" } } }\n')
    expect(p.keyManager.external).toBe(true)
    expect(p.security.basic).toEqual({ enabled: true, username: 'admin', password: 'admin' })
  })

  it('S4.1 the spec can say external: false for its own url, and a custom token context moves the issuer', () => {
    const p = planOf(BASE + '  - { name: mgw-1, role: microgateway, host: 10.0.0.9, microgateway: { keyManager: { url: "https://km.x.io:9443", external: false, tokenContext: "/token-ctx/" } } }\n')
    expect(p.keyManager).toMatchObject({ serverUrl: 'https://km.x.io:9443', external: false, tokenContext: '/token-ctx/' })
    expect(p.jwt.issuer).toBe('https://km.x.io:9443/token-ctx/token')
  })

  it('S4.1 with an IS 7 key manager the microgateway introspects (external = true) at the IS node', () => {
    const p = planOf(`name: t
platform: apim-4.7.0
pattern: single-node
keyManager: { type: is7 }
database: { type: mysql, host: db.x.io, username: u, password: p }
nodes:
  - { name: apim, role: all-in-one, host: 10.0.0.1 }
  - { name: is, role: key-manager, host: 10.0.0.2, portOffset: 1 }
  - { name: mgw-1, role: microgateway, host: 10.0.0.9, microgateway: { security: { basic: { username: u, password: p } } } }
`)
    expect(p.keyManager).toMatchObject({ serverUrl: 'https://10.0.0.2:9444', source: 'node', node: 'is', external: true })
  })

  it('a microgateway on the API Manager host moves its listener ports by its own offset', () => {
    const p = planOf(BASE + '  - { name: mgw-1, role: microgateway, host: 10.0.0.1, portOffset: 3 }\n')
    expect(p.listener).toEqual({ httpPort: 9093, httpsPort: 9098, tokenListenerPort: 9099 })
  })

  it('non-microgateway nodes get no microgateway section', () => {
    const { topology } = checkLoaded(loadSpecText('topology.yaml', BASE))
    expect(topology.nodes[0]?.sections.microgateway).toBeUndefined()
  })
})
