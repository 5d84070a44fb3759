/**
 * conf/micro-gw.conf of the microgateway fixtures: parsed with an independent TOML parser, it holds
 * exactly the keys the product reads (data/micro-gw-keys.json) and the topology's values (S4.1–S4.3).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import toml from '@iarna/toml'
import { describe, expect, it } from 'vitest'
import { check } from '../../src/pipeline.js'
import type { NodePlan, TopologyPlan } from '../../src/plan/types.js'
import type { MicrogatewayPlan } from '../../src/plan/microgateway.js'
import { microGwRenderer } from '../../src/render/microgateway/micro-gw.js'
import { FIXTURES } from '../helpers/golden.js'

type Table = Record<string, unknown>

const KEYS = JSON.parse(readFileSync(new URL('../../data/micro-gw-keys.json', import.meta.url), 'utf8')) as { keys: string[] }

/** Dotted key paths of a parsed TOML document; `[]` marks an array of tables. */
function keyPaths(value: Table, prefix = ''): string[] {
  return Object.entries(value).flatMap(([k, v]) => {
    const path = prefix + k
    if (Array.isArray(v) && v.length > 0 && v.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x))) {
      return [...new Set(v.flatMap((x) => keyPaths(x as Table, `${path}[].`)))]
    }
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) return keyPaths(v as Table, `${path}.`)
    return [path]
  })
}

async function planOf(fixture: string): Promise<TopologyPlan> {
  return (await check(join(FIXTURES, fixture, 'topology.yaml'))).topology
}

const mgwNode = (t: TopologyPlan, name: string): NodePlan => {
  const n = t.nodes.find((x) => x.name === name)
  if (!n) throw new Error(`no node ${name}`)
  return n
}

function confOf(t: TopologyPlan, name: string): { text: string; conf: Table } {
  const node = mgwNode(t, name)
  const path = 'conf/micro-gw.conf'
  expect(node.files).toContain(`nodes/${name}/${path}`)
  expect(microGwRenderer.matches(path, node)).toBe(true)
  const text = microGwRenderer.render(node, t, path)
  return { text, conf: toml.parse(text) as Table }
}

const at = (conf: Table, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v as Table | undefined)?.[k], conf)

const MICROGATEWAYS: [string, string][] = [
  ['mgw-basic', 'mgw-1'],
  ['mgw-client-credentials', 'mgw-edge'],
  ['mgw-client-credentials', 'mgw-local'],
  ['mgw-password-refresh', 'mgw-1'],
]

describe('micro-gw.conf', () => {
  it.each(MICROGATEWAYS)('%s/%s parses with @iarna/toml and holds exactly the keys the product reads', async (fixture, name) => {
    const t = await planOf(fixture)
    const { text, conf } = confOf(t, name)
    expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true)
    // Keys the plan leaves to the environment are the only ones missing (Ballerina reads them from there).
    const fromEnv = (mgwNode(t, name).sections.microgateway as MicrogatewayPlan).environment.map((e) => e.key)
    expect([...keyPaths(conf), ...fromEnv].sort()).toEqual([...KEYS.keys].sort())
  })

  it('S4.1 [keyManager] points at the key manager load balancer when the key managers are HA (mgw-basic)', async () => {
    const { conf } = confOf(await planOf('mgw-basic'), 'mgw-1')
    expect(conf.keyManager).toEqual({ serverUrl: 'https://km.acme.io:443', tokenContext: 'oauth2', timestampSkew: 3000, external: false, enableLegacyMode: true })
    expect(at(conf, 'jwtTokenConfig')).toMatchObject([{ issuer: 'https://km.acme.io:443/oauth2/token' }])
  })

  it('S4.2 [keymanager.security.basic] carries the credentials, an @encrypted:{…} one untouched, and oauth2 stays off (mgw-basic)', async () => {
    const { conf, text } = confOf(await planOf('mgw-basic'), 'mgw-1')
    expect(at(conf, 'keymanager.security.basic')).toEqual({ enabled: true, username: 'mgw-validator', password: '@encrypted:{jFm3q8SxZb1w6P0k2R9dVg==}' })
    expect(at(conf, 'keymanager.security.oauth2.enabled')).toBe(false)
    expect(text).toContain('[keyManager]\n')
    expect(text).toContain('[keymanager.security.basic]\n')
  })

  it('S4.1 an external identity provider url sets external = true (mgw-client-credentials/mgw-edge)', async () => {
    const { conf } = confOf(await planOf('mgw-client-credentials'), 'mgw-edge')
    expect(conf.keyManager).toEqual({ serverUrl: 'https://idp.acme.io:9443', tokenContext: 'oauth2', timestampSkew: 5000, external: true, enableLegacyMode: false })
    expect(conf.listenerConfig).toMatchObject({ httpPort: 9090, httpsPort: 9095, tokenListenerPort: 9096 })
  })

  it('S4.3 oauth2 with the client-credentials grant only; basic is switched off (mgw-client-credentials/mgw-edge)', async () => {
    const { conf } = confOf(await planOf('mgw-client-credentials'), 'mgw-edge')
    expect(at(conf, 'keymanager.security.basic.enabled')).toBe(false)
    expect(at(conf, 'keymanager.security.oauth2')).toMatchObject({
      enabled: true,
      credentialBearer: 'POST_BODY_BEARER',
      tokenUrl: 'https://idp.acme.io:9443/oauth2/token',
      clientCredential: { enabled: true, clientId: 'mgw-edge', clientSecret: '@encrypted:{Qk9ndXNDbGllbnRTZWNyZXQ=}', scopes: 'introspect' },
      password: { enabled: false },
      directToken: { enabled: false },
      refresh: { enabled: false },
    })
  })

  it('S4.1 a microgateway on the API Manager host uses the control plane and shifted listener ports (mgw-local)', async () => {
    const t = await planOf('mgw-client-credentials')
    expect(mgwNode(t, 'mgw-local').portOffset).toBe(1)
    const { conf } = confOf(t, 'mgw-local')
    expect(conf.listenerConfig).toMatchObject({ httpPort: 9091, httpsPort: 9096, tokenListenerPort: 9097 })
    // 4.7.0 offers no key validation service: introspection.
    expect(conf.keyManager).toEqual({ serverUrl: 'https://10.0.1.10:9443', tokenContext: 'oauth2', timestampSkew: 5000, external: true, enableLegacyMode: false })
    expect(at(conf, 'keymanager.security.basic')).toEqual({ enabled: true, username: 'mgw-validator' })
  })

  it('S4.3 the password grant with refresh: exactly one grant enabled plus refresh (mgw-password-refresh)', async () => {
    const { conf } = confOf(await planOf('mgw-password-refresh'), 'mgw-1')
    expect(conf.keyManager).toMatchObject({ serverUrl: 'https://sso.acme.io', external: true })
    const oauth2 = at(conf, 'keymanager.security.oauth2') as Table
    const grants = ['clientCredential', 'password', 'directToken'].filter((g) => (oauth2[g] as Table).enabled === true)
    expect(grants).toEqual(['password'])
    expect(oauth2.password).toEqual({ enabled: true, clientId: 'mgw', clientSecret: '@encrypted:{TWd3Q2xpZW50U2VjcmV0}', scopes: '', username: 'mgw-introspector', password: '@encrypted:{TWd3VXNlclBhc3N3b3Jk}' })
    expect(oauth2.refresh).toEqual({ enabled: true, refreshUrl: 'https://sso.acme.io/oauth2/token', scopes: '', refreshToken: '', clientId: 'mgw', clientSecret: '@encrypted:{TWd3Q2xpZW50U2VjcmV0}' })
  })

  it('every section other than the topology-driven ones keeps the product defaults', async () => {
    const { conf } = confOf(await planOf('mgw-client-credentials'), 'mgw-edge')
    expect(conf.caching).toEqual({ tokenCacheExpiryTime: 900000, tokenCacheCapacity: 10000, tokenCacheEvictionFactor: 0.25 })
    expect(at(conf, 'throttlingConfig.enabledGlobalTMEventPublishing')).toBe(false)
    expect(at(conf, 'analytics.fileUpload.enable')).toBe(false)
    expect(at(conf, 'mutualSSLConfig.sslVerifyClient')).toBe('optional')
    expect(at(conf, 'listenerConfig.host')).toBe('0.0.0.0')
    expect(at(conf, 'authConfig.authorizationHeader')).toBe('Authorization')
  })

  it('hostile spec strings are quoted by the serialiser, never break the TOML', async () => {
    const t = await planOf('mgw-basic')
    const node = structuredClone(mgwNode(t, 'mgw-1'))
    const section = node.sections.microgateway as { security: { basic: { password: string } } }
    section.security.basic.password = 'a"b\\c\n[keyManager]\nserverUrl = "x"'
    const conf = toml.parse(microGwRenderer.render(node, t, 'conf/micro-gw.conf')) as Table
    expect(at(conf, 'keymanager.security.basic.password')).toBe('a"b\\c\n[keyManager]\nserverUrl = "x"')
    expect(at(conf, 'keyManager.serverUrl')).toBe('https://km.acme.io:443')
  })
})
