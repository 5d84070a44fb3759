/** `wso2cfg init` questions driven by scripted answers through an injected prompts module. */
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { buildSpec } from '../../src/init/build-spec.js'
import { runWizard } from '../../src/init/wizard.js'
import { checkLoaded } from '../../src/pipeline.js'
import { render } from '../../src/render/index.js'
import { loadSpecText } from '../../src/spec/load.js'
import { scripted } from './scripted-prompts.js'

const validate = (text: string) => checkLoaded(loadSpecText('topology.yaml', text, 'yaml'))

describe('init wizard', () => {
  it('2.6.0 distributed with an HA IS-KM pair, two gateway workers, co-hosted nodes and chosen offsets', async () => {
    const p = scripted([
      [/^Platform/, 'apim-2.6.0'],
      [/^Deployment pattern/, 'distributed'],
      [/^Deployment name/, 'acme-dist'],
      [/^Key manager$/, 'is-km'],
      [/highly available/, true],
      [/key manager load balancer/, 'km.acme.io'],
      [/How many gateway-worker/, '2'],
      [/^Host of pub /, '10.9.0.1'],
      [/^Host of store /, '10.9.0.1'],
      [/share a host: port offsets/, 'choose'],
      [/^Port offset of store/, '3'],
      [/^Database$/, 'postgresql'],
      [/^Database server host/, 'pg.acme.io'],
      [/^Password of the database account/, ''],
      [/^database account password/, "s3cret'pw"],
      [/API Manager load balancer/, 'apim.acme.io'],
      [/share deployed APIs/, 'shared-fs'],
    ])
    const a = await runWizard(p)
    expect(a.platform).toBe('apim-2.6.0')
    expect(a.keyManager).toEqual({ type: 'is-km', loadBalancer: 'km.acme.io' })
    expect(a.nodes.map((n) => `${n.name}:${n.role}`)).toEqual([
      'pub:publisher',
      'store:store',
      'gw-mgr:gateway-manager',
      'gw-1:gateway-worker',
      'gw-2:gateway-worker',
      'tm:traffic-manager',
      'km-1:key-manager',
      'km-2:key-manager',
    ])
    expect(a.nodes.filter((n) => n.host === '10.9.0.1').map((n) => n.portOffset)).toEqual([0, 3])
    expect(a.database).toEqual({ type: 'postgresql', host: 'pg.acme.io', port: 5432, username: 'wso2', password: "s3cret'pw" })
    expect(a.gatewayArtifactSync).toBe('shared-fs')
    expect(p.asked).toContain('Host of km-2 (key-manager)')
    const text = buildSpec(a, { schema: '../schemas/topology.schema.json' })
    const checked = validate(text)
    expect(checked.topology.nodes.find((n) => n.name === 'store')!.portOffset).toBe(3)
    expect(parse(text).database.password).toBe("s3cret'pw")
    const files = render(checked.topology)
    expect(files.get('README.md')).toContain('rsync -a nodes/km-2/ 10.0.0.18:/opt/wso2is-km-5.7.0/')
  })

  it('4.7.0 single node with IS 7 and every default: asks no more than it needs', async () => {
    const p = scripted([
      [/^Platform/, 'apim-4.7.0'],
      [/^Key manager$/, 'is7'],
      [/^Password of the database account/, '$env{DB_PASSWORD}'],
    ])
    const a = await runWizard(p)
    expect(a.nodes.map((n) => n.role)).toEqual(['all-in-one', 'key-manager'])
    // two server nodes: H2 is not offered
    expect(a.database.type).toBe('mysql')
    expect(a.database.password).toBe('$env{DB_PASSWORD}')
    expect(p.asked.some((m) => /^Host name of/.test(m))).toBe(false)
    validate(buildSpec(a, { schema: 'x.json' }))
  })

  it('4.7.0 third-party key manager: the connector, its required endpoints and settings', async () => {
    const p = scripted([
      [/^Platform/, 'apim-4.7.0'],
      [/^Deployment pattern/, 'active-active'],
      [/^Key manager$/, 'third-party'],
      [/^Identity provider/, 'keycloak'],
      [/endpoint URL/, 'https://sso.acme.io/realms/a'],
      [/endpoint URL/, 'https://sso.acme.io/realms/a/introspect'],
      [/endpoint URL/, 'https://sso.acme.io/realms/a/register'],
      [/endpoint URL/, 'https://sso.acme.io/realms/a/token'],
      [/endpoint URL/, 'https://sso.acme.io/realms/a/revoke'],
    ])
    const a = await runWizard(p)
    expect(a.keyManager.thirdParty?.connector).toBe('keycloak')
    expect(Object.keys(a.keyManager.thirdParty?.endpoints ?? {}).length).toBeGreaterThan(0)
    validate(buildSpec(a, { schema: 'x.json' }))
  })

  it('refuses answers the spec would reject', async () => {
    await expect(runWizard(scripted([[/^Deployment name/, 'Not A Name']]))).rejects.toThrow(/refused/)
    await expect(runWizard(scripted([[/^Host of apim/, 'bad host!']]))).rejects.toThrow(/refused/)
  })
})
