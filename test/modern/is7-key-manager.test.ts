/** Identity Server 7.2.0 as key manager of API Manager 4.7.0 (seed 002, S2.1–S2.7). */
import { describe, expect, it } from 'vitest'
import { SpecError, type Diagnostic } from '../../src/diagnostics/diagnostic.js'
import { checkModern } from '../../src/plan/modern.js'
import { plan } from '../../src/plan/index.js'
import { loadSpecText } from '../../src/spec/load.js'
import { validateLoaded } from '../../src/validate/index.js'
import { runOnSpec } from '../helpers/spec-cli.js'
import { is7Spec, renderFixture, renderSpecObject, tomlOf } from './helpers.js'

const NOTIFY = 'https://apim.internal:9443/internal/data/v1/notify'

/** The errors validateLoaded reports for a YAML spec text (none: empty list). */
function errorsOf(yaml: string): Diagnostic[] {
  try {
    validateLoaded(loadSpecText('topology.yaml', yaml))
    return []
  } catch (err) {
    if (err instanceof SpecError) return err.diagnostics.filter((d) => d.severity === 'error')
    throw err
  }
}

const SPEC_HEAD = `name: t
platform: apim-4.7.0
pattern: single-node
database: { type: mysql, host: db.internal, username: wso2, password: db-pw }
admin: { password: admin-pw }
nodes:
  - { name: apim, role: all-in-one, host: apim.internal }
`

describe('IS 7 key manager (seed 002)', () => {
  it('S2.1: IS enables client certificate based authentication', async () => {
    const c = await renderFixture('47-is7-apim-to-is')
    expect(tomlOf(c, 'is7').client_certificate_based_authentication.enable).toBe(true)
    const logged = renderSpecObject(is7Spec({ mutualTls: { trustedIssuer: 'CN=a', logClientCertInfo: true } }))
    expect(tomlOf(logged, 'is').client_certificate_based_authentication.log_client_cert_info).toBe(true)
  })

  it('S2.2: IS maps API Manager\'s certificate (issuer, thumbprint, allowed users) from mutualTls', async () => {
    const c = await renderFixture('47-is7-is-to-apim')
    for (const node of ['is7-1', 'is7-2']) {
      expect(tomlOf(c, node).client_certificate_based_authentication.user_thumbprint_mapping).toEqual([
        { trusted_issuer: 'CN=apim.internal, O=Example', cert_thumbprint: '*', allowed_username: ['admin', 'tenantsync'] },
      ])
    }
  })

  it('S2.3: IS→APIM tenant sync: TenantSyncListener notifies the control plane at its effective https port with the TENANT_MANAGEMENT header', async () => {
    const c = await renderFixture('47-is7-is-to-apim')
    for (const node of ['is7-1', 'is7-2']) {
      const listeners = tomlOf(c, node).event_listener
      expect(listeners.map((l: { id: string }) => l.id)).toEqual(['token_revocation', 'tenant_creation'])
      expect(listeners[1]).toEqual({
        id: 'tenant_creation',
        type: 'org.wso2.carbon.user.core.listener.UserOperationEventListener',
        name: 'org.wso2.carbon.identity.mgt.listener.TenantSyncListener',
        order: 1,
        properties: { notification_endpoint: NOTIFY, username: 'tenantsync', password: '$secret{tenant_sync_password}', 'header.X-WSO2-KEY-MANAGER': 'TENANT_MANAGEMENT' },
      })
    }
    // and API Manager does not push tenants: one direction only
    expect(tomlOf(c, 'apim').apim.tenant_sharing).toBeUndefined()
    // the notify URL follows the control plane's offset
    const offset = renderSpecObject(
      is7Spec({ tenantSharing: { direction: 'is-to-apim', username: 'u', password: 'p' }, nodes: [{ name: 'apim', role: 'all-in-one', host: 'h', portOffset: 2 }, { name: 'is', role: 'key-manager', host: 'h', portOffset: 'auto' }] }),
    )
    expect(tomlOf(offset, 'is').event_listener[1].properties.notification_endpoint).toBe('https://h:9445/internal/data/v1/notify')
    expect(tomlOf(offset, 'is').server.offset).toBe(0)
  })

  it('S2.4: dotless tenant domains set [multi_tenancy] stratos.public_cloud_setup = false on API Manager', async () => {
    const c = await renderFixture('47-is7-apim-to-is')
    expect(tomlOf(c, 'apim').multi_tenancy).toEqual({ stratos: { public_cloud_setup: false } })
    const without = await renderFixture('47-is7-is-to-apim')
    expect(tomlOf(without, 'apim').multi_tenancy).toBeUndefined()
  })

  it('S2.5: APIM→IS tenant sync: [[apim.tenant_sharing]] type WSO2-IS-7 with the IS base URL, and no TenantSyncListener on IS', async () => {
    const c = await renderFixture('47-is7-apim-to-is')
    expect(tomlOf(c, 'apim').apim.tenant_sharing).toEqual([
      {
        type: 'WSO2-IS-7',
        properties: {
          enable_tenant_sync: true,
          username: 'admin',
          password: '$secret{tenant_sync_password}',
          identity_server_base_url: 'https://is.internal:9443',
          auto_configure_key_manager: true,
        },
      },
    ])
    expect(tomlOf(c, 'is7').event_listener.map((l: { id: string }) => l.id)).toEqual(['token_revocation'])
    // behind the key manager load balancer, the base URL is the balancer's
    const lb = renderSpecObject(
      is7Spec({
        keyManager: { type: 'is7', loadBalancer: { host: 'iam.example.com' } },
        nodes: [{ name: 'apim', role: 'all-in-one', host: 'apim.internal' }, { name: 'is-1', role: 'key-manager', host: '10.0.0.1' }, { name: 'is-2', role: 'key-manager', host: '10.0.0.2' }],
      }),
    )
    expect(tomlOf(lb, 'apim').apim.tenant_sharing[0].properties.identity_server_base_url).toBe('https://iam.example.com')
  })

  it('S2.6: tenant sync in both directions cannot be written: a second tenantSharing key, direction "both" or a list are located errors', () => {
    const twice = `${SPEC_HEAD}tenantSharing: { direction: apim-to-is, username: a, password: b }\ntenantSharing: { direction: is-to-apim, username: a, password: b }\n`
    expect(() => loadSpecText('topology.yaml', twice)).toThrow(SpecError)
    for (const direction of ['both', '[apim-to-is, is-to-apim]']) {
      const errors = errorsOf(`${SPEC_HEAD}keyManager: { type: is7 }\ntenantSharing:\n  direction: ${direction}\n  username: a\n  password: b\n`)
      expect(errors.length, direction).toBeGreaterThan(0)
      expect(errors[0]).toMatchObject({ pointer: '/tenantSharing/direction', line: 10 })
    }
  })

  it('S2.7: auto_configure_key_manager comes with skip_create_resident_key_manager = true under [apim.key_manager]', async () => {
    const c = await renderFixture('47-is7-apim-to-is')
    const t = tomlOf(c, 'apim')
    expect(t.apim.key_manager.skip_create_resident_key_manager).toBe(true)
    expect(t.apim.tenant_sharing[0].properties.auto_configure_key_manager).toBe(true)
    expect(t.apim.tenant_sharing[0].properties.skip_create_resident_key_manager).toBeUndefined()
    const off = renderSpecObject(is7Spec())
    expect(tomlOf(off, 'apim').apim.key_manager.skip_create_resident_key_manager).toBeUndefined()
    expect(tomlOf(off, 'apim').apim.tenant_sharing[0].properties.auto_configure_key_manager).toBe(false)
    // auto-configuration without sync (is-to-apim) still registers IS for new tenants
    const auto = renderSpecObject(is7Spec({ tenantSharing: { direction: 'is-to-apim', username: 'u', password: 'p', autoConfigureKeyManager: true } }))
    expect(tomlOf(auto, 'apim').apim.key_manager.skip_create_resident_key_manager).toBe(true)
    expect(tomlOf(auto, 'apim').apim.tenant_sharing[0].properties).toMatchObject({ enable_tenant_sync: false, auto_configure_key_manager: true })
  })

  it('S2.7: autoConfigureKeyManager with the resident key manager is a located error (validateLoaded and the CLI)', () => {
    const yaml = `${SPEC_HEAD}keyManager: { type: resident }\ntenantSharing:\n  direction: apim-to-is\n  username: a\n  password: b\n  autoConfigureKeyManager: true\n`
    const errors = errorsOf(yaml)
    const auto = errors.find((d) => d.rule === 'topology/auto-configure-resident')
    expect(auto).toMatchObject({ pointer: '/tenantSharing/autoConfigureKeyManager', line: 13, col: 3 })
    const cli = runOnSpec('validate', yaml)
    expect(cli.status, cli.stderr).toBe(2)
    expect(cli.stderr).toMatch(/topology\.yaml:13:3 error \/tenantSharing\/autoConfigureKeyManager/)
  })

  it('IS notifies the control plane of revoked tokens with the WSO2-IS header, and clusters its two nodes (WKA)', async () => {
    const c = await renderFixture('47-is7-is-to-apim')
    const [a, b] = [tomlOf(c, 'is7-1'), tomlOf(c, 'is7-2')]
    expect(a.event_listener[0].properties).toMatchObject({ notification_endpoint: NOTIFY, 'header.X-WSO2-KEY-MANAGER': 'WSO2-IS', username: 'admin' })
    expect(a.server).toEqual({ hostname: 'iam.example.com', node_ip: '10.4.0.21', offset: 0 })
    expect(a.transport.https.properties.proxyPort).toBe(443)
    expect(a.clustering).toEqual({ membership_scheme: 'wka', domain: 'wso2.is.domain', local_member_host: '10.4.0.21', local_member_port: '4000', members: ['10.4.0.21:4000', '10.4.0.22:4000'] })
    expect(b.clustering.local_member_host).toBe('10.4.0.22')
    expect(a.database.identity_db).toMatchObject({ type: 'mysql', url: 'jdbc:mysql://mysql.internal:3306/identitydb?useSSL=false&amp;allowPublicKeyRetrieval=true' })
    expect(a.keystore.primary).toMatchObject({ file_name: 'wso2carbon.p12', type: 'PKCS12' })
    const single = await renderFixture('47-is7-apim-to-is')
    expect(tomlOf(single, 'is7').clustering).toBeUndefined()
    const k8s = renderSpecObject(
      is7Spec({
        clustering: { scheme: 'kubernetes' },
        keyManager: { type: 'is7', loadBalancer: { host: 'iam.example.com' } },
        nodes: [{ name: 'apim', role: 'all-in-one', host: 'apim.internal' }, { name: 'is-1', role: 'key-manager', host: '10.0.0.1' }, { name: 'is-2', role: 'key-manager', host: '10.0.0.2' }],
      }),
    )
    const k = tomlOf(k8s, 'is-1').clustering
    expect(k.membership_scheme).toBe('kubernetes')
    expect(k.members).toBeUndefined()
    expect(k.properties).toMatchObject({ membershipSchemeClassName: 'org.wso2.carbon.membership.scheme.kubernetes.KubernetesMembershipScheme', KUBERNETES_SERVICES: 'is-1,is-2' })
  })

  it('the super tenant\'s key manager payload registers WSO2-IS-7 at the IS node or the key manager load balancer', async () => {
    const single = await renderFixture('47-is7-apim-to-is')
    const one = JSON.parse(single.files.get('keymanagers/IS7.json')!)
    expect(one).toMatchObject({ name: 'IS7', type: 'WSO2-IS-7', issuer: 'https://is.internal:9443/oauth2/token', tokenEndpoint: 'https://is.internal:9443/oauth2/token' })
    expect(one.additionalProperties).toMatchObject({ Password: '${ADMIN_PASSWORD}', Authentication: 'MutualTLS', IdentityUser: 'admin' })
    const ha = await renderFixture('47-is7-is-to-apim')
    const two = JSON.parse(ha.files.get('keymanagers/WSO2-IS-7.json')!)
    expect(two.wellKnownEndpoint).toBe('https://iam.example.com/oauth2/token/.well-known/openid-configuration')
    for (const [k, v] of Object.entries(two)) if (k.endsWith('Endpoint')) expect(v, k).toMatch(/^https:\/\/iam\.example\.com\//)
    const steps = (ha.topology.sections.modern as { manualSteps: { commands: string[] }[] }).manualSteps
    expect(steps.flatMap((s) => s.commands)).toContain(
      `envsubst '\${ADMIN_PASSWORD}' < keymanagers/WSO2-IS-7.json | curl -X POST "https://apim.internal:9443/api/am/admin/v4/key-managers" -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" --data @-`,
    )
  })

  it('without a mutualTls issuer the payload uses basic authentication; a payload the Admin REST API would reject is an error', () => {
    const spec = is7Spec({ mutualTls: { certThumbprint: '*' } })
    const { plan: p, findings } = plan(spec)
    expect(findings).toEqual([])
    const c = renderSpecObject(spec)
    expect(JSON.parse(c.files.get('keymanagers/WSO2-IS-7.json')!).additionalProperties).toMatchObject({ Authentication: 'BasicAuth', Username: 'admin', Password: 'admin-pass' })
    expect(tomlOf(c, 'is').client_certificate_based_authentication).toEqual({ enable: true })
    const broken = structuredClone(p)
    for (const n of broken.nodes) delete n.targets.keyManager
    expect(checkModern(broken, spec)).toEqual([expect.objectContaining({ rule: 'topology/is7-key-manager-payload', severity: 'error', pointer: '/keyManager' })])
  })
})
