import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/diagnostics/diagnostic.js'
import type { NodeSpec, Spec } from '../../src/model/spec.js'
import { checkRules, rules } from '../../src/validate/rules/index.js'
import { firstXmlInvalid } from '../../src/validate/rules/xml-characters.js'
import { schemaFindings } from '../../src/validate/schema.js'

const node = (name: string, role: NodeSpec['role'], host = `${name}.acme.io`): NodeSpec => ({ name, role, host })

/** apim-2.6.0, active-active, shared MySQL, no defaults left: no findings at all. */
const aa26 = (): Spec => ({
  name: 'acme',
  platform: 'apim-2.6.0',
  pattern: 'active-active',
  database: { type: 'mysql', host: 'db.acme.io', password: 'db-pw' },
  admin: { password: 'admin-pw' },
  loadBalancer: { host: 'apim.acme.io' },
  nodes: [node('apim-1', 'all-in-one'), node('apim-2', 'all-in-one')],
})

/** apim-2.6.0 distributed with IS-KM behind a load balancer: no findings. */
const dist26 = (): Spec => ({
  ...aa26(),
  pattern: 'distributed',
  keyManager: { type: 'is-km', loadBalancer: { host: 'km.acme.io' } },
  gatewayArtifactSync: 'rsync',
  nodes: [
    node('pub', 'publisher'),
    node('store', 'store'),
    node('gwm', 'gateway-manager'),
    node('gww', 'gateway-worker'),
    node('tm', 'traffic-manager'),
    node('km-1', 'key-manager'),
    node('km-2', 'key-manager'),
  ],
})

/** apim-4.7.0 single node with IS 7 and tenant sharing: no findings. */
const is7 = (): Spec => ({
  name: 'acme',
  platform: 'apim-4.7.0',
  pattern: 'single-node',
  keyManager: { type: 'is7' },
  database: { type: 'postgresql', host: 'db.acme.io', password: 'db-pw' },
  admin: { password: 'admin-pw' },
  tenantSharing: { direction: 'apim-to-is', username: 'admin', password: '$secret{t}', autoConfigureKeyManager: true },
  mutualTls: { certThumbprint: '*' },
  nodes: [node('apim', 'all-in-one'), node('is', 'key-manager')],
})

const mgw = (security: NonNullable<NodeSpec['microgateway']>['security']): NodeSpec => ({ ...node('mgw', 'microgateway'), microgateway: { security } })

type Case = [name: string, spec: Spec, expected: [rule: string, pointer: string, severity?: 'warning'][]]

const with_ = <T extends Spec>(spec: T, change: (s: T) => void): T => {
  change(spec)
  return spec
}

const CASES: Case[] = [
  ['a clean active-active 2.6.0 spec', aa26(), []],
  ['a clean distributed 2.6.0 spec', dist26(), []],
  ['a clean 4.7.0 is7 spec', is7(), []],
  ['is7 with H2: Identity Server keeps its own databases', with_(is7(), (s) => delete s.database), []],
  ['is7 with H2 shared by two API Manager nodes', with_(is7(), (s) => { delete s.database; s.pattern = 'active-active'; s.nodes.push(node('apim-2', 'all-in-one')) }), [['topology/h2-shared', '/nodes']]],
  ['duplicate node names', with_(aa26(), (s) => s.nodes.push(node('apim-1', 'all-in-one', 'x.acme.io'))), [['topology/duplicate-node-name', '/nodes/2/name']]],
  ['a reserved device name', with_(aa26(), (s) => (s.nodes[1]!.name = 'nul')), [['topology/unsafe-node-name', '/nodes/1/name']]],
  ['a numbered device name', with_(aa26(), (s) => (s.nodes[1]!.name = 'lpt1')), [['topology/unsafe-node-name', '/nodes/1/name']]],
  ['a 4.7.0 role on 2.6.0', with_(aa26(), (s) => s.nodes.push(node('cp', 'control-plane'))), [['topology/role-not-on-platform', '/nodes/2/role'], ['topology/pattern-roles', '/nodes/2/role']]],
  ['a 2.6.0 role on 4.7.0', with_(is7(), (s) => s.nodes.push(node('st', 'store'))), [['topology/role-not-on-platform', '/nodes/2/role'], ['topology/pattern-roles', '/nodes/2/role']]],
  ['single-node without all-in-one', with_(is7(), (s) => s.nodes.splice(0, 1)), [['topology/pattern-roles', '/pattern']]],
  ['single-node with two all-in-one', with_(is7(), (s) => s.nodes.push(node('apim-2', 'all-in-one'))), [['topology/pattern-roles', '/nodes/2/role']]],
  ['active-active with one all-in-one', with_(aa26(), (s) => s.nodes.pop()), [['topology/pattern-roles', '/pattern']]],
  ['active-active with a profile node', with_(aa26(), (s) => s.nodes.push(node('gw', 'gateway-worker'))), [['topology/pattern-roles', '/nodes/2/role']]],
  ['distributed with an all-in-one node', with_(dist26(), (s) => s.nodes.push(node('aio', 'all-in-one'))), [['topology/pattern-roles', '/nodes/7/role']]],
  ['distributed 2.6.0 without gateways', with_(dist26(), (s) => (s.nodes = s.nodes.filter((n) => !n.role.startsWith('gateway')))), [['topology/pattern-roles', '/pattern'], ['topology/artifact-sync', '/gatewayArtifactSync', 'warning']]],
  ['distributed 2.6.0 resident without a key manager node', with_(dist26(), (s) => { s.keyManager = { type: 'resident' }; s.nodes = s.nodes.filter((n) => n.role !== 'key-manager') }), [['topology/pattern-roles', '/pattern']]],
  ['distributed 2.6.0 resident with KM profile nodes', with_(dist26(), (s) => (s.keyManager!.type = 'resident')), []],
  ['distributed 2.6.0 third-party needs no key manager node', with_(dist26(), (s) => { s.keyManager = { type: 'third-party', thirdParty: { clientImpl: 'a.B' } }; s.nodes = s.nodes.filter((n) => n.role !== 'key-manager') }), []],
  ['distributed 4.7.0 without gateway', with_(is7(), (s) => { s.pattern = 'distributed'; s.nodes = [node('cp', 'control-plane'), node('is', 'key-manager')]; s.database = { type: 'postgresql', host: 'db', password: 'x' }; s.admin = { password: 'y' } }), [['topology/pattern-roles', '/pattern']]],
  ['loopback next to real hosts', with_(aa26(), (s) => (s.nodes[1]!.host = '127.0.0.1')), [['topology/loopback-host', '/nodes/1/host']]],
  ['all nodes on localhost', with_(aa26(), (s) => s.nodes.forEach((n) => (n.host = 'localhost'))), []],
  ['H2 shared by two nodes', with_(aa26(), (s) => (s.database = { type: 'h2' })), [['topology/h2-shared', '/database/type']]],
  ['no database with two nodes', with_(aa26(), (s) => delete s.database), [['topology/h2-shared', '/nodes']]],
  ['H2 with one server and a microgateway', with_(aa26(), (s) => { s.pattern = 'single-node'; delete s.database; delete s.loadBalancer; s.nodes = [node('apim', 'all-in-one'), node('mgw', 'microgateway')] }), []],
  ['H2 with a host and port', with_(is7(), (s) => { s.nodes.pop(); s.keyManager = { type: 'resident' }; delete s.tenantSharing; delete s.mutualTls; s.database = { type: 'h2', host: 'db', port: 1 } }), [['topology/database-host', '/database/host'], ['topology/database-host', '/database/port']]],
  // PostgreSQL manual, "Identifiers and Key Words": NAMEDATALEN-1 = 63 bytes (truncate_identifier, scansup.c)
  ['a PostgreSQL database name of 63 bytes', with_(aa26(), (s) => (s.database = { type: 'postgresql', host: 'db', password: 'x', names: { apim: 'a'.repeat(63) } })), []],
  ['a PostgreSQL database name of 64 bytes', with_(aa26(), (s) => (s.database = { type: 'postgresql', host: 'db', password: 'x', names: { apim: 'a'.repeat(64) } })), [['topology/database-identifier-length', '/database/names/apim']]],
  ['a PostgreSQL user name of 32 characters but 64 bytes', with_(aa26(), (s) => (s.database = { type: 'postgresql', host: 'db', password: 'x', username: '\u00e9'.repeat(32) })), [['topology/database-identifier-length', '/database/username']]],
  // MySQL 8.0 manual, "Replication and User Name Length": user names at most 32 characters
  ['a MySQL user name of 32 characters', with_(aa26(), (s) => (s.database!.username = 'u'.repeat(32))), []],
  ['a MySQL user name of 33 characters', with_(aa26(), (s) => (s.database!.username = 'u'.repeat(33))), [['topology/database-identifier-length', '/database/username']]],
  ['a long user name given as a reference', with_(is7(), (s) => (s.database = { type: 'mysql', host: 'db', password: 'x', username: `$env{${'U'.repeat(40)}}` })), []],
  // SQL Server "Database Identifiers": sysname, nvarchar(128)
  ['a SQL Server login of 129 characters', with_(aa26(), (s) => (s.database = { type: 'mssql', host: 'db', password: 'x', username: 'u'.repeat(129) })), [['topology/database-identifier-length', '/database/username']]],
  ['a SQL Server login of 128 characters', with_(aa26(), (s) => (s.database = { type: 'mssql', host: 'db', password: 'x', username: 'u'.repeat(128) })), []],
  // Oracle "Database Object Names and Qualifiers" (12.2 and later): 128 bytes
  ['an Oracle user of 65 characters but 130 bytes', with_(aa26(), (s) => (s.database = { type: 'oracle', host: 'db', password: 'x', username: '\u00e9'.repeat(65) })), [['topology/database-identifier-length', '/database/username']]],
  ['an Oracle user of 128 bytes', with_(aa26(), (s) => (s.database = { type: 'oracle', host: 'db', password: 'x', username: 'u'.repeat(128) })), []],
  ['a database server without host', with_(aa26(), (s) => delete s.database!.host), [['topology/database-host', '/database']]],
  ['two key managers without a load balancer', with_(dist26(), (s) => delete s.keyManager!.loadBalancer), [['topology/key-manager-load-balancer', '/keyManager']]],
  ['two key managers and no keyManager block', with_(dist26(), (s) => delete s.keyManager), [['topology/key-manager-load-balancer', '/nodes/6/role']]],
  ['is-km on 4.7.0', with_(is7(), (s) => { s.keyManager!.type = 'is-km'; delete s.tenantSharing; delete s.mutualTls }), [['topology/key-manager-platform', '/keyManager/type']]],
  ['is7 on 2.6.0', with_(dist26(), (s) => (s.keyManager!.type = 'is7')), [['topology/key-manager-platform', '/keyManager/type']]],
  ['ob-km without key manager nodes', with_(aa26(), (s) => (s.keyManager = { type: 'ob-km' })), [['topology/key-manager-nodes', '/keyManager/type']]],
  ['is7 without key manager nodes', with_(is7(), (s) => s.nodes.pop()), [['topology/key-manager-nodes', '/keyManager/type']]],
  ['key manager nodes with third-party', with_(dist26(), (s) => (s.keyManager = { type: 'third-party', loadBalancer: { host: 'km' }, thirdParty: { clientImpl: 'a.B' } })), [['topology/key-manager-nodes', '/nodes/5/role'], ['topology/key-manager-nodes', '/nodes/6/role']]],
  ['a key manager node with resident on 4.7.0', with_(is7(), (s) => { s.keyManager!.type = 'resident'; delete s.tenantSharing; delete s.mutualTls }), [['topology/key-manager-nodes', '/nodes/1/role']]],
  ['third-party on 2.6.0 without clientImpl', with_(aa26(), (s) => (s.keyManager = { type: 'third-party', thirdParty: { validationHandler: 'a.B' } })), [['topology/third-party', '/keyManager/thirdParty']]],
  ['third-party on 4.7.0 without settings', with_(is7(), (s) => { s.keyManager = { type: 'third-party' }; s.nodes.pop(); delete s.tenantSharing; delete s.mutualTls }), [['topology/third-party', '/keyManager']]],
  ['third-party with the other platform’s fields', with_(aa26(), (s) => (s.keyManager = { type: 'third-party', thirdParty: { clientImpl: 'a.B', connector: 'okta' } })), [['topology/third-party', '/keyManager/thirdParty/connector', 'warning']]],
  ['thirdParty settings with another type', with_(dist26(), (s) => (s.keyManager!.thirdParty = { clientImpl: 'a.B' })), [['topology/third-party', '/keyManager/thirdParty', 'warning']]],
  ['tenant sharing on 2.6.0', with_(aa26(), (s) => (s.tenantSharing = { direction: 'is-to-apim', username: 'a', password: 'b' })), [['topology/tenant-sharing', '/tenantSharing']]],
  ['tenant sharing with resident', with_(is7(), (s) => { s.keyManager!.type = 'resident'; s.nodes.pop(); delete s.mutualTls; s.tenantSharing!.autoConfigureKeyManager = false }), [['topology/tenant-sharing', '/keyManager/type']]],
  ['tenant sharing without credentials', with_(is7(), (s) => (s.tenantSharing = { direction: 'is-to-apim' })), [['topology/tenant-sharing', '/tenantSharing']]],
  ['autoConfigureKeyManager with resident', with_(is7(), (s) => { delete s.keyManager; s.nodes.pop(); delete s.mutualTls }), [['topology/tenant-sharing', '/tenantSharing'], ['topology/auto-configure-resident', '/tenantSharing/autoConfigureKeyManager']]],
  // apim-km-wso2is WSO2IS7ConnectorConfiguration: an auto-configured tenant's key manager acts as <tenant admin>@<tenant domain>
  ['autoConfigureKeyManager with allowedUsernames naming no tenant user', with_(is7(), (s) => (s.mutualTls = { trustedIssuer: 'CN=apim', allowedUsernames: ['admin'] })), [['topology/auto-configure-allowed-usernames', '/mutualTls/allowedUsernames']]],
  ['autoConfigureKeyManager with listed tenant admins', with_(is7(), (s) => (s.mutualTls = { trustedIssuer: 'CN=apim', allowedUsernames: ['admin', 'admin@acme.com'] })), [['topology/auto-configure-allowed-usernames', '/mutualTls/allowedUsernames', 'warning']]],
  ['autoConfigureKeyManager with "*" allowed', with_(is7(), (s) => (s.mutualTls = { trustedIssuer: 'CN=apim', allowedUsernames: ['admin', '*'] })), []],
  ['allowedUsernames without autoConfigureKeyManager', with_(is7(), (s) => { s.mutualTls = { trustedIssuer: 'CN=apim', allowedUsernames: ['admin'] }; s.tenantSharing!.autoConfigureKeyManager = false }), []],
  ['mutualTls without is7', with_(aa26(), (s) => (s.mutualTls = { certThumbprint: '*' })), [['topology/mutual-tls', '/mutualTls']]],
  ['$env on 2.6.0', with_(aa26(), (s) => (s.database!.password = '$env{DB_PASSWORD}')), [['topology/env-unsupported', '/database/password']]],
  ['$env inside a longer 2.6.0 value', with_(aa26(), (s) => (s.admin!.username = 'x-$env{USER}')), [['topology/env-unsupported', '/admin/username']]],
  ['$env on 4.7.0', with_(is7(), (s) => (s.admin = { password: '$env{ADMIN}' })), []],
  ['$env in a 2.6.0 microgateway block (Ballerina config resolves none)', with_(aa26(), (s) => s.nodes.push(mgw({ basic: { username: '$env{U}', password: '$env{P}' } }))), [['topology/microgateway-reference', '/nodes/2/microgateway/security/basic/username'], ['topology/microgateway-reference', '/nodes/2/microgateway/security/basic/password']]],
  ['@encrypted in a microgateway block', with_(aa26(), (s) => s.nodes.push(mgw({ basic: { username: 'u', password: '@encrypted:{cGFzcw==}' } }))), []],
  ['a $env reference with a bad name', with_(is7(), (s) => (s.admin = { password: '$env{ADMIN-PW}' })), [['topology/reference-syntax', '/admin/password']]],
  ['an empty $env reference', with_(is7(), (s) => (s.admin = { password: 'x$env{}' })), [['topology/reference-syntax', '/admin/password']]],
  ['an unclosed $env{ stays text', with_(is7(), (s) => (s.admin = { password: 'pa$env{ss' })), []],
  ['a $secret reference with spaces', with_(is7(), (s) => (s.tenantSharing!.password = '$secret{my secret}')), [['topology/reference-syntax', '/tenantSharing/password']]],
  ['a control character', with_(is7(), (s) => (s.tenantSharing!.username = 'ad\u0001min')), [['topology/xml-invalid-character', '/tenantSharing/username']]],
  ['a lone surrogate', with_(is7(), (s) => (s.mutualTls!.trustedIssuer = 'CN=\ud800')), [['topology/xml-invalid-character', '/mutualTls/trustedIssuer']]],
  ['U+FFFE in a map value', with_(aa26(), (s) => (s.keyManager = { type: 'third-party', thirdParty: { clientImpl: 'a.B', properties: { k: 'v\ufffe' } } })), [['topology/xml-invalid-character', '/keyManager/thirdParty/properties/k']]],
  ['default admin password', with_(aa26(), (s) => (s.admin!.password = 'admin')), [['topology/default-credentials', '/admin/password', 'warning']]],
  ['no admin block', with_(aa26(), (s) => delete s.admin), [['topology/default-credentials', '', 'warning']]],
  ['default database password', with_(aa26(), (s) => (s.database!.password = 'wso2carbon')), [['topology/default-credentials', '/database/password', 'warning']]],
  ['no database password', with_(aa26(), (s) => delete s.database!.password), [['topology/default-credentials', '/database', 'warning']]],
  ['default passwords with H2 on one node', with_(is7(), (s) => { s.nodes = [node('apim', 'all-in-one')]; s.keyManager = { type: 'resident' }; delete s.tenantSharing; delete s.mutualTls }), []],
  ['a microgateway block on an all-in-one node', with_(aa26(), (s) => (s.nodes[0]!.microgateway = {})), [['topology/microgateway-role', '/nodes/0/microgateway']]],
  ['microgateway basic and oauth2', with_(aa26(), (s) => s.nodes.push(mgw({ basic: {}, oauth2: { grant: { type: 'direct-token', accessToken: 't' } } }))), [['topology/microgateway-security', '/nodes/2/microgateway/security/oauth2']]],
  ['microgateway basic switched off', with_(aa26(), (s) => s.nodes.push(mgw({ basic: { enabled: false }, oauth2: { grant: { type: 'direct-token', accessToken: 't' } } }))), []],
  ['microgateway oauth2 without grant', with_(aa26(), (s) => s.nodes.push(mgw({ oauth2: { tokenUrl: 'https://x' } }))), [['topology/microgateway-grant', '/nodes/2/microgateway/security/oauth2']]],
  ['microgateway oauth2 switched off without grant', with_(aa26(), (s) => s.nodes.push(mgw({ oauth2: { enabled: false } }))), []],
  ['client-credentials without secret', with_(aa26(), (s) => s.nodes.push(mgw({ oauth2: { tokenUrl: 'https://idp/token', grant: { type: 'client-credentials', clientId: 'c' } } }))), [['topology/microgateway-grant', '/nodes/2/microgateway/security/oauth2/grant']]],
  ['password grant without password', with_(aa26(), (s) => s.nodes.push(mgw({ oauth2: { tokenUrl: 'https://idp/token', grant: { type: 'password', username: 'u', password: '' } } }))), [['topology/microgateway-grant', '/nodes/2/microgateway/security/oauth2/grant']]],
  ['direct-token without token', with_(aa26(), (s) => s.nodes.push(mgw({ oauth2: { grant: { type: 'direct-token' } } }))), [['topology/microgateway-grant', '/nodes/2/microgateway/security/oauth2/grant']]],
  ['refresh with client-credentials', with_(aa26(), (s) => s.nodes.push(mgw({ oauth2: { tokenUrl: 'https://idp/token', grant: { type: 'client-credentials', clientId: 'c', clientSecret: 's' }, refresh: { refreshToken: 'r' } } }))), [['topology/microgateway-refresh', '/nodes/2/microgateway/security/oauth2/refresh']]],
  ['refresh with password', with_(aa26(), (s) => s.nodes.push(mgw({ oauth2: { tokenUrl: 'https://idp/token', grant: { type: 'password', username: 'u', password: 'p' }, refresh: { refreshUrl: 'https://idp/token', refreshToken: 'r' } } }))), []],
  ['artifact sync on 4.7.0', with_(is7(), (s) => (s.gatewayArtifactSync = 'rsync')), [['topology/artifact-sync', '/gatewayArtifactSync', 'warning']]],
  ['artifact sync with two all-in-one nodes', with_(aa26(), (s) => (s.gatewayArtifactSync = 'shared-fs')), []],
  ['kubernetes clustering of one server', with_(is7(), (s) => { s.nodes = [node('apim', 'all-in-one')]; s.keyManager = { type: 'resident' }; delete s.tenantSharing; delete s.mutualTls; s.clustering = { scheme: 'kubernetes' } }), [['topology/clustering-single-node', '/clustering/scheme', 'warning']]],
  ['wka clustering of one server', with_(is7(), (s) => { s.nodes = [node('apim', 'all-in-one')]; s.keyManager = { type: 'resident' }; delete s.tenantSharing; delete s.mutualTls; s.clustering = { scheme: 'wka' } }), []],
  ['a load balancer on single-node', with_(is7(), (s) => (s.loadBalancer = { host: 'lb' })), [['topology/load-balancer-single-node', '/loadBalancer', 'warning']]],
]

const summary = (fs: Finding[]): string[] => fs.map((f) => `${f.rule} ${f.pointer}${f.severity === 'warning' ? ' warning' : ''}`).sort()

describe('semantic rules', () => {
  it.each(CASES)('%s', (_name, spec, expected) => {
    expect(schemaFindings(spec), 'the case must be schema-valid').toEqual([])
    // Every microgateway next to 2.6.0 or 4.7.0 draws the pairing warning; its own cases sit in test/microgateway.
    const found = checkRules(spec).filter((f) => f.rule !== 'topology/microgateway-pairing')
    expect(summary(found)).toEqual(expected.map(([rule, pointer, severity]) => `${rule} ${pointer}${severity ? ' warning' : ''}`).sort())
    for (const f of found) {
      expect(f.message.length).toBeGreaterThan(20)
      expect(f.message).not.toMatch(/undefined|\[object/)
    }
  })

  it('accepts $env on 2.6.0 when references are resolved at render time', () => {
    const spec = with_(aa26(), (s) => (s.database!.password = '$env{DB_PASSWORD}'))
    expect(checkRules(spec, { resolveEnv: true })).toEqual([])
  })

  it('never prints a secret value', () => {
    const spec = with_(aa26(), (s) => {
      s.database!.password = 'wso2carbon'
      s.admin!.password = 'admin'
      s.tenantSharing = { direction: 'is-to-apim', username: 'u', password: 'hunter2\u0007' }
    })
    const text = JSON.stringify(checkRules(spec))
    expect(text).not.toMatch(/hunter2|wso2carbon|"admin"/)
  })

  it('names the platform roles when a role is missing', () => {
    const [f] = checkRules(with_(aa26(), (s) => (s.nodes[1]!.role = 'gateway')))
    expect(f?.message).toMatch(/all-in-one, publisher, store, gateway-manager, gateway-worker, key-manager, traffic-manager, microgateway/)
    expect(f?.hint).toBe('on apim-2.6.0 use gateway-worker or gateway-manager')
  })

  it('says exactly which profiles a distributed topology lacks', () => {
    const spec = with_(dist26(), (s) => (s.nodes = s.nodes.filter((n) => n.role !== 'store' && n.role !== 'traffic-manager')))
    expect(checkRules(spec)[0]?.message).toMatch(/missing a node with role store, a node with role traffic-manager$/)
  })

  it('registers every rule file exactly once', () => {
    const dir = fileURLToPath(new URL('../../src/validate/rules/', import.meta.url))
    const support = new Set(['index.ts', 'types.ts', 'helpers.ts', 'microgateway-helpers.ts'])
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !support.has(f))
    const index = readFileSync(join(dir, 'index.ts'), 'utf8')
    for (const f of files) expect(index, f).toContain(`'./${f.replace(/\.ts$/, '.js')}'`)
    expect(rules.length).toBe(files.length)
    expect(new Set(rules).size).toBe(rules.length)
  })
})

describe('firstXmlInvalid', () => {
  it.each([
    ['plain text', undefined],
    ['tab\tnew\nline\rok', undefined],
    ['emoji 😀 pair', undefined],
    ['\u0000', 0],
    ['a\u001fb', 0x1f],
    ['\uffff', 0xffff],
    ['x\udc00', 0xdc00],
    ['\ud83d', 0xd83d],
  ])('%j → %s', (text, code) => expect(firstXmlInvalid(text)).toBe(code))
})
