/**
 * The registration payload's additionalProperties hold exactly the connection configurations each
 * connector declares. data/key-manager-connectors.json lists them as read from the connectors'
 * own sources (wso2-extensions apim-km-<connector>, `…ConnectorConfiguration.getConnectionConfigurations()`,
 * tag and commit recorded per connector); carbon-apimgt `APIAdminImpl.validateKeyManagerConfiguration`
 * refuses a payload that lacks a required one with 901401 "Required Key Manager configuration missing".
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ThirdPartyConnector } from '../../src/model/spec.js'
import { checkLoaded } from '../../src/pipeline.js'
import { CONNECTORS } from '../../src/plan/connectors.js'
import type { KeyManagersSection } from '../../src/plan/key-managers.js'
import type { ModernTopologyPlan } from '../../src/plan/modern.js'
import { loadSpecText } from '../../src/spec/load.js'
import { fixturePlan } from '../helpers/plan-of.js'
import { positionOf } from '../helpers/spec-cli.js'

interface Configuration {
  name: string
  required: boolean
  default?: string
}
interface ConnectorData {
  type: string
  source: { repo: string; tag: string; commit: string; file: string }
  connectionConfigurations: Configuration[]
  authConfigurations?: { key: string } & Record<string, Configuration[] | string>
  defaultConsumerKeyClaim: string
  defaultScopesClaim: string
}
const DATA = JSON.parse(readFileSync(new URL('../../data/key-manager-connectors.json', import.meta.url), 'utf8')) as { connectors: Record<string, ConnectorData> }

/** A single-node 4.7.0 spec whose connector gets every required endpoint and the given settings. */
function spec(connector: ThirdPartyConnector, configuration: readonly string[]): string {
  return [
    'name: km-test',
    'platform: apim-4.7.0',
    'pattern: single-node',
    'keyManager:',
    '  type: third-party',
    '  thirdParty:',
    `    connector: ${connector}`,
    '    name: idp',
    '    endpoints:',
    ...CONNECTORS[connector].endpoints.map((e) => `      ${e}: https://idp.acme.io/${e}`),
    '    configuration:',
    ...configuration.map((c) => `      ${JSON.stringify(c)}: value-of-${c}`),
    'nodes:',
    '  - { name: apim, role: all-in-one, host: 10.0.0.1 }',
    '',
  ].join('\n')
}

const checked = (text: string) => checkLoaded(loadSpecText('topology.yaml', text))
const payloadOf = (text: string): Record<string, string> =>
  (checked(text).topology.sections['key-managers'] as KeyManagersSection).payloads[0]!.body.additionalProperties

describe('third-party payloads: additionalProperties are the connector\'s connection configurations', () => {
  const connectors = Object.keys(CONNECTORS) as ThirdPartyConnector[]

  it('the data lists every connector the spec offers, with the type string the payload sends', () => {
    expect(Object.keys(DATA.connectors).filter((c) => c !== 'is7').sort()).toEqual([...connectors].sort())
    for (const c of connectors) expect(DATA.connectors[c]!.type, c).toBe(CONNECTORS[c].type)
  })

  it.each(connectors)('%s: the settings a user must give yield every required key and only declared keys', (connector) => {
    const data = DATA.connectors[connector]!
    const names = data.connectionConfigurations.map((c) => c.name)
    const userGiven = data.connectionConfigurations.filter((c) => c.required && c.default === undefined).map((c) => c.name)
    const keys = Object.keys(payloadOf(spec(connector, userGiven)))
    for (const c of data.connectionConfigurations.filter((c) => c.required)) expect(keys, `${data.source.repo} ${data.source.file}: ${c.name}`).toContain(c.name)
    for (const k of keys) expect(names, `${k} is not declared by ${data.source.file}`).toContain(k)
  })

  it.each(connectors)('%s: a required setting with a connector default is filled with that default', (connector) => {
    const data = DATA.connectors[connector]!
    const given = data.connectionConfigurations.filter((c) => c.required && c.default === undefined).map((c) => c.name)
    const props = payloadOf(spec(connector, given))
    for (const c of data.connectionConfigurations.filter((c) => c.required && c.default !== undefined)) expect(props[c.name]).toBe(c.default)
  })

  it('Azure AD: the Graph API version goes under the key "v1.0" (AzureADConstants.GRAPH_API_ENDPOINT_VERSION), not a descriptive name', () => {
    const props = payloadOf(spec('azure-ad', ['azure_ad_client_id', 'azure_ad_client_secret']))
    expect(props).toEqual({
      azure_ad_client_id: 'value-of-azure_ad_client_id',
      azure_ad_client_secret: 'value-of-azure_ad_client_secret',
      microsoft_graph_api_endpoint: 'https://graph.microsoft.com',
      'v1.0': 'v1.0',
    })
    expect(props).not.toHaveProperty('microsoft_graph_api_endpoint_version')
  })

  it('Azure AD: optional settings the connector reads are passed on', () => {
    const props = payloadOf(spec('azure-ad', ['azure_ad_client_id', 'azure_ad_client_secret', 'polling_max_wait_time_ms']))
    expect(props.polling_max_wait_time_ms).toBe('value-of-polling_max_wait_time_ms')
  })

  it('a setting the connector does not declare is a located warning and is not sent', () => {
    const text = spec('azure-ad', ['azure_ad_client_id', 'azure_ad_client_secret', 'microsoft_graph_api_endpoint_version'])
    const { diagnostics } = checked(text)
    const w = diagnostics.filter((d) => d.rule === 'topology/key-manager-configuration')
    expect(w.map((d) => [d.severity, d.pointer])).toEqual([['warning', '/keyManager/thirdParty/configuration/microsoft_graph_api_endpoint_version']])
    expect(`${w[0]!.line}:${w[0]!.col}`).toBe(positionOf(text, '"microsoft_graph_api_endpoint_version"'))
    expect(payloadOf(text)).not.toHaveProperty('microsoft_graph_api_endpoint_version')
  })
})

describe('WSO2-IS-7 payload: connection and authentication configurations of WSO2IS7ConnectorConfiguration', () => {
  const is7 = DATA.connectors.is7!
  const auth = is7.authConfigurations!
  it.each(['47-is7-apim-to-is', '47-is7-is-to-apim'])('%s: required keys present, every key declared', async (fixture) => {
    const plan = await fixturePlan(fixture)
    const body = (plan.sections['modern'] as ModernTopologyPlan | undefined)?.payloads[0]?.body
    expect(body, fixture).toBeDefined()
    const props = body!.additionalProperties as Record<string, string>
    const mode = props[auth.key]!
    const modeConfigs = auth[mode] as Configuration[]
    expect(modeConfigs, `Authentication ${mode}`).toBeDefined()
    const declared = [auth.key, ...is7.connectionConfigurations.map((c) => c.name), ...modeConfigs.map((c) => c.name)]
    for (const c of [...is7.connectionConfigurations, ...modeConfigs].filter((c) => c.required)) expect(Object.keys(props)).toContain(c.name)
    for (const k of Object.keys(props)) expect(declared, `${k} is not read in ${mode} mode`).toContain(k)
  })
})
