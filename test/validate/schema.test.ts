import { describe, expect, it } from 'vitest'
import {
  ALL_ROLES,
  CLUSTERING_SCHEMES,
  DATABASE_TYPES,
  KEY_MANAGER_TYPES,
  PATTERNS,
  PLATFORMS,
  THIRD_PARTY_CONNECTORS,
  type Spec,
} from '../../src/model/spec.js'
import { describeValue, patternWords } from '../../src/validate/schema-words.js'
import { loadSchema, schemaFindings } from '../../src/validate/schema.js'

type Json = Record<string, unknown>
const schema = loadSchema() as Json
const defs = schema.definitions as Record<string, Json>
const prop = (obj: Json, key: string): Json => (obj.properties as Record<string, Json>)[key] as Json

/** Every field of the v1 contract at once (not a sensible topology, but schema-valid). */
const FULL: Spec & { $schema: string } = {
  $schema: './topology.schema.json',
  name: 'acme-prod',
  platform: 'apim-4.7.0',
  pattern: 'active-active',
  keyManager: {
    type: 'third-party',
    name: 'IS7',
    loadBalancer: { host: 'km.acme.io', port: 443, httpPort: 80, certificate: '/etc/ssl/km.crt', certificateKey: '/etc/ssl/km.key', gatewayHost: 'gw.acme.io', managementHost: 'mgt.acme.io' },
    jwt: { enabled: true, signatureAlgorithm: 'SHA256withRSA' },
    thirdParty: {
      clientImpl: 'com.acme.KeyManagerImpl',
      validationHandler: 'com.acme.Handler',
      properties: { ServerURL: 'https://idp' },
      jar: 'acme-km-1.0.jar',
      connector: 'okta',
      name: 'Okta',
      endpoints: { token_endpoint: 'https://idp/token' },
      configuration: { client_id: 'x' },
    },
    sharedLdap: true,
  },
  database: { type: 'mysql', host: 'db.acme.io', port: 3306, username: 'wso2', password: '$env{DB_PASSWORD}', names: { apim: 'apimgtdb', user: 'userdb', registry: 'regdb', config: 'configdb', openBanking: 'obdb' } },
  loadBalancer: { host: 'apim.acme.io' },
  gatewayArtifactSync: 'shared-fs',
  clustering: { scheme: 'wka', domain: 'wso2.apim.domain' },
  tenantSharing: { direction: 'is-to-apim', username: 'admin', password: '$secret{tenant}', autoConfigureKeyManager: false, dotlessTenantDomains: true },
  mutualTls: { trustedIssuer: 'CN=apim, O=Acme', certThumbprint: '*', allowedUsernames: ['admin'], logClientCertInfo: true },
  admin: { username: 'admin', password: 'pw' },
  keystore: { file: 'wso2carbon.jks', password: 'p', alias: 'wso2carbon', keyPassword: 'k', truststoreFile: 'client-truststore.jks', truststorePassword: 't' },
  nodes: [
    { name: 'apim-1', role: 'all-in-one', host: '10.0.0.1', portOffset: 0 },
    { name: 'apim-2', role: 'all-in-one', host: 'fe80::1', portOffset: 'auto' },
    {
      name: 'mgw-1',
      role: 'microgateway',
      host: 'mgw.acme.io',
      microgateway: {
        keyManager: { url: 'https://idp.acme.io:9443', external: true, tokenContext: 'oauth2', timestampSkew: 5000 },
        security: {
          basic: { enabled: false, username: 'u', password: 'p' },
          oauth2: {
            enabled: true,
            credentialBearer: 'POST_BODY_BEARER',
            tokenUrl: 'https://idp/token',
            grant: { type: 'password', clientId: 'c', clientSecret: 's', scopes: '', username: 'u', password: 'p', accessToken: 't' },
            refresh: { refreshUrl: 'https://idp/token', refreshToken: 'r', clientId: 'c', clientSecret: 's', scopes: 'a b' },
          },
        },
      },
    },
  ],
}

const clone = (): Json => structuredClone(FULL) as unknown as Json
const findingsFor = (mutate: (s: Json) => void) => {
  const s = clone()
  mutate(s)
  return schemaFindings(s)
}
const nodes = (s: Json): Json[] => s.nodes as Json[]

describe('the schema file', () => {
  it('is draft-07 with an id, a title and a description', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#')
    expect(schema.$id).toEqual(expect.any(String))
    expect(schema.title).toEqual(expect.any(String))
    expect(schema.description).toEqual(expect.any(String))
  })

  it('uses the enums of src/model/spec.ts', () => {
    expect(prop(schema, 'platform').enum).toEqual([...PLATFORMS])
    expect(prop(schema, 'pattern').enum).toEqual([...PATTERNS])
    expect(prop(defs.keyManager as Json, 'type').enum).toEqual([...KEY_MANAGER_TYPES])
    expect(prop(defs.database as Json, 'type').enum).toEqual([...DATABASE_TYPES])
    expect(prop(defs.clustering as Json, 'scheme').enum).toEqual([...CLUSTERING_SCHEMES])
    expect([...(prop(defs.node as Json, 'role').enum as string[])].sort()).toEqual([...ALL_ROLES].sort())
    expect(prop(prop(defs.keyManager as Json, 'thirdParty'), 'connector').enum).toEqual([...THIRD_PARTY_CONNECTORS])
  })

  it('closes every mapping with additionalProperties: false (string maps excepted)', () => {
    const open: string[] = []
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}/${i}`))
      else if (node && typeof node === 'object') {
        const o = node as Json
        if (o.type === 'object' && o.additionalProperties !== false && !path.endsWith('/stringMap')) open.push(path)
        for (const [k, v] of Object.entries(o)) walk(v, `${path}/${k}`)
      }
    }
    walk(schema, '#')
    expect(open).toEqual([])
  })

  it('has words for every pattern it uses', () => {
    const patterns: string[] = []
    const walk = (node: unknown): void => {
      if (node && typeof node === 'object') {
        const o = node as Json
        if (typeof o.pattern === 'string') patterns.push(o.pattern)
        Object.values(o).forEach(walk)
      }
    }
    walk(schema)
    expect(patterns.length).toBeGreaterThan(8)
    for (const p of patterns) expect(patternWords(p), p).not.toMatch(/^it must match/)
  })

  it('describes every field for editors', () => {
    const described = (o: Json): boolean => {
      const ref = typeof o.$ref === 'string' ? defs[o.$ref.split('/').pop() ?? ''] : undefined
      return Boolean(o.description ?? o.title ?? ref?.description ?? ref?.title)
    }
    const bare: string[] = []
    const walk = (o: unknown, path: string): void => {
      if (!o || typeof o !== 'object') return
      const obj = o as Json
      for (const [k, v] of Object.entries((obj.properties as Record<string, Json> | undefined) ?? {})) {
        if (!described(v)) bare.push(`${path}/${k}`)
        walk(v, `${path}/${k}`)
      }
      for (const [k, v] of Object.entries(obj)) if (k !== 'properties') walk(v, `${path}/${k}`)
    }
    walk(schema, '#')
    expect(bare).toEqual([])
  })

  it('accepts every field of the contract', () => {
    expect(schemaFindings(FULL)).toEqual([])
  })

  it.each(['single-node', 'active-active', 'distributed'])('accepts pattern %s', (pattern) => {
    expect(findingsFor((s) => (s.pattern = pattern))).toEqual([])
  })
})

describe('schemaFindings', () => {
  it('names an unknown key and suggests the near one', () => {
    const [f, ...rest] = findingsFor((s) => ((s.keyManager as Json).loadBalncer = { host: 'x' }))
    expect(rest).toEqual([])
    expect(f).toMatchObject({ rule: 'schema/unknown-key', pointer: '/keyManager/loadBalncer', message: 'unknown key "loadBalncer"', hint: 'did you mean "loadBalancer"?', severity: 'error' })
  })

  it('lists the allowed keys when nothing is near', () => {
    const [f] = findingsFor((s) => ((s.admin as Json).zzz = 1))
    expect(f?.hint).toBe('allowed keys here: username, password')
  })

  it('lists enum values and the nearest one', () => {
    const [f] = findingsFor((s) => (nodes(s)[0]!.role = 'all-in-on'))
    expect(f).toMatchObject({ rule: 'schema/enum', pointer: '/nodes/0/role', hint: 'did you mean "all-in-one"?' })
    expect(f?.message).toMatch(/^must be one of all-in-one, publisher, .*; got "all-in-on"$/)
  })

  it.each([
    [(s: Json) => ((s.database as Json).port = '3306'), '/database/port', 'expected an integer, got a string'],
    [(s: Json) => (s.name = 42), '/name', 'expected a string, got an integer'],
    [(s: Json) => ((s.keyManager as Json).sharedLdap = 'yes'), '/keyManager/sharedLdap', 'expected true or false, got a string'],
    [(s: Json) => (s.nodes = {}), '/nodes', 'expected a list, got a mapping'],
    [(s: Json) => (s.database = null), '/database', 'expected a mapping, got nothing'],
    [(s: Json) => ((s.database as Json).port = 33.5), '/database/port', 'expected an integer, got a number with a fraction'],
  ])('explains a wrong type (%#)', (mutate, pointer, message) => {
    expect(findingsFor(mutate)).toEqual([expect.objectContaining({ rule: 'schema/type', pointer, message })])
  })

  it('suggests quotes when text was expected and a number came', () => {
    expect(findingsFor((s) => (s.name = 2024))[0]?.hint).toMatch(/quotes/)
  })

  it('reports a missing key at its parent', () => {
    expect(findingsFor((s) => delete nodes(s)[1]!.host)).toEqual([
      expect.objectContaining({ rule: 'schema/required', pointer: '/nodes/1', message: 'missing required key "host"', hint: 'required keys here: name, role, host' }),
    ])
    expect(findingsFor((s) => delete s.platform)[0]).toMatchObject({ pointer: '', message: 'missing required key "platform"' })
  })

  it.each([
    [(s: Json) => (nodes(s)[0]!.name = 'Apim_1'), '/nodes/0/name', /"Apim_1" is not allowed here: use 1 to 63 lowercase letters/],
    [(s: Json) => (nodes(s)[0]!.name = '-apim'), '/nodes/0/name', /starting and ending with a letter or digit/],
    [(s: Json) => (nodes(s)[0]!.name = 'a'.repeat(64)), '/nodes/0/name', /1 to 63/],
    [(s: Json) => (nodes(s)[0]!.host = 'bad host'), '/nodes/0/host', /DNS name/],
    [(s: Json) => (nodes(s)[0]!.host = 'a\nb'), '/nodes/0/host', /"a\\nb" is not allowed/],
    [(s: Json) => (((s.database as Json).names as Json).apim = 'apim-db'), '/database/names/apim', /letters, digits and underscores/],
    [(s: Json) => (((s.keyManager as Json).thirdParty as Json).clientImpl = 'com.acme.<Bad>'), '/keyManager/thirdParty/clientImpl', /Java class name/],
    [(s: Json) => ((s.loadBalancer as Json).certificate = '/etc/x; rm -rf /'), '/loadBalancer/certificate', /must not contain spaces/],
  ])('explains a pattern in words (%#)', (mutate, pointer, message) => {
    const [f, ...rest] = findingsFor(mutate)
    expect(rest).toEqual([])
    expect(f?.rule).toBe('schema/pattern')
    expect(f?.pointer).toBe(pointer)
    expect(f?.message).toMatch(message)
  })

  it('reports a bad key of a string map at the key', () => {
    const [f] = findingsFor((s) => ((((s.keyManager as Json).thirdParty as Json).properties as Json)['bad key'] = 'x'))
    expect(f).toMatchObject({ rule: 'schema/pattern', pointer: '/keyManager/thirdParty/properties/bad key' })
    expect(f?.message).toMatch(/^key "bad key" is not allowed here/)
  })

  it('reports each bad key of a string map at its own key', () => {
    const found = findingsFor((s) => {
      const props = ((s.keyManager as Json).thirdParty as Json).properties as Json
      props['one bad'] = 'x'
      props.good = 'y'
      props['two bad'] = 'z'
    })
    expect(found.map((f) => f.pointer)).toEqual(['/keyManager/thirdParty/properties/one bad', '/keyManager/thirdParty/properties/two bad'])
  })

  it.each([
    ['automatic', 'expected an integer from 0 to 1000 or the word auto; got "automatic"'],
    [-1, 'expected an integer from 0 to 1000 or the word auto; got -1'],
    [1001, 'expected an integer from 0 to 1000 or the word auto; got 1001'],
    [1.5, 'expected an integer from 0 to 1000 or the word auto; got 1.5'],
  ])('reports a bad portOffset %j once', (value, message) => {
    expect(findingsFor((s) => (nodes(s)[0]!.portOffset = value))).toEqual([expect.objectContaining({ rule: 'schema/any-of', pointer: '/nodes/0/portOffset', message })])
  })

  it('reports a bad database host once, naming both forms', () => {
    expect(findingsFor((s) => ((s.database as Json).host = '$env{}'))).toEqual([
      expect.objectContaining({ pointer: '/database/host', message: 'expected a DNS name or an IP address or an $env{NAME} reference; got "$env{}"' }),
    ])
  })

  it.each([
    [(s: Json) => ((s.loadBalancer as Json).port = 0), /^must be at least 1; got 0$/],
    [(s: Json) => ((s.database as Json).port = 70000), /^must be at most 65535; got 70000$/],
    [(s: Json) => (s.nodes = []), /^the list is empty; give at least 1 entry$/],
    [(s: Json) => ((s.admin as Json).username = ''), /^must not be empty$/],
    [(s: Json) => ((s.mutualTls as Json).allowedUsernames = ['a', 'b', 'a']), /^entries 1 and 3 are the same/],
  ])('words limits plainly (%#)', (mutate, message) => {
    const [f, ...rest] = findingsFor(mutate)
    expect(rest).toEqual([])
    expect(f?.message).toMatch(message)
  })

  it('reports several independent problems, each once', () => {
    const found = findingsFor((s) => {
      s.platform = 'apim-3'
      nodes(s)[0]!.role = 'worker'
      nodes(s)[1]!.portOffset = 'x'
      s.extra = true
    })
    expect(found.map((f) => f.pointer).sort()).toEqual(['/extra', '/nodes/0/role', '/nodes/1/portOffset', '/platform'])
  })

  it('never shows a secret value', () => {
    expect(describeValue('hunter2', '/database/password')).not.toMatch(/hunter2/)
    expect(describeValue('hunter2', '/nodes/0/microgateway/security/oauth2/grant/accessToken')).not.toMatch(/hunter2/)
    expect(describeValue('x'.repeat(100), '/name')).toHaveLength(62)
    expect(describeValue('\u001b[31m', '/name')).toBe('"\\u001b[31m"')
  })
})
