/**
 * Third-party key managers (seed 001, S1.1): what cannot be a configuration file. On apim-2.6.0 the
 * connector jar has to be copied by hand; on apim-4.7.0 the key manager is registered through the
 * Admin REST API with a payload this planner builds (rendered as keymanagers/<name>.json).
 *
 * `topology.sections['key-managers']` (a KeyManagersSection) is read by:
 * - the README renderer: print `manualSteps` in order as a checklist; each step is its `title`
 *   followed by its `commands` in one shell block (no block when `commands` is empty);
 * - the payload renderer (src/render/keymanagers/third-party.ts): writes each of `payloads` to its
 *   `file` as JSON.
 */
import type { Finding } from '../diagnostics/diagnostic.js'
import { pointerOf } from '../diagnostics/diagnostic.js'
import type { Spec, ThirdPartySpec } from '../model/spec.js'
import { suggest } from '../spec/suggest.js'
import { CONNECTORS, ENDPOINT_FIELDS, ENDPOINT_KEYS, configurationNamesOf, type EndpointKey } from './connectors.js'
import { urlOf } from './endpoints.js'
import type { SectionPlanner } from './sections.js'
import type { TopologyPlan } from './types.js'

/** One thing an operator does by hand, with the exact shell commands (possibly none). */
export interface ManualStep {
  title: string
  commands: string[]
}

/** Body of `POST /api/am/admin/v4/key-managers` (fields the Admin REST API reads, in a fixed order). */
export interface KeyManagerPayload {
  name: string
  displayName: string
  type: string
  description: string
  enabled: boolean
  issuer?: string
  wellKnownEndpoint?: string
  tokenEndpoint?: string
  revokeEndpoint?: string
  introspectionEndpoint?: string
  clientRegistrationEndpoint?: string
  authorizeEndpoint?: string
  userInfoEndpoint?: string
  scopeManagementEndpoint?: string
  certificates?: { type: 'JWKS'; value: string }
  /** Claim the gateway reads the client id from (DefaultJWTTransformer falls back to consumerKey, then azp). */
  consumerKeyClaim: string
  /** Claim the gateway reads the scopes from (DefaultJWTTransformer falls back to scope). */
  scopesClaim: string
  /** Grant types the Developer Portal offers for this key manager. */
  availableGrantTypes: string[]
  enableTokenGeneration: boolean
  enableMapOAuthConsumerApps: boolean
  enableOAuthAppCreation: boolean
  enableSelfValidationJWT: boolean
  tokenType: 'DIRECT'
  /** The connector settings (client id and secret, API key, …), sorted by key. */
  additionalProperties: Record<string, string>
}

type EndpointField = Exclude<(typeof ENDPOINT_FIELDS)[EndpointKey], 'certificates'>

/**
 * A registration payload and the output file that holds it (relative to the output folder).
 * `$env{NAME}` values of the body are written as `${NAME}`, which the registration command fills in
 * with `envsubst` (the variables are listed in `envNames`).
 */
export interface PayloadFile {
  file: string
  body: KeyManagerPayload
  envNames: string[]
}

/** `topology.sections['key-managers']`. */
export interface KeyManagersSection {
  type: 'third-party'
  manualSteps: ManualStep[]
  /** apim-4.7.0 only; empty on apim-2.6.0. */
  payloads: PayloadFile[]
}

const ADMIN_API = '/api/am/admin/v4/key-managers'
const ENV_REF = /\$env\{([A-Za-z_][A-Za-z0-9_]*)\}/g
const SECRET_REF = /\$secret\{[^}]*\}/
const URL_OR_ENV = /^(https?:\/\/\S+|\$env\{[A-Za-z_][A-Za-z0-9_]*\})$/

const THIRD_PARTY = '/keyManager/thirdParty'

/** @default grant types of a third-party key manager when `keyManager.thirdParty.grantTypes` is not given */
export const DEFAULT_GRANT_TYPES = ['authorization_code', 'client_credentials', 'refresh_token'] as const

const sortedEntries = (map: Readonly<Record<string, string>> | undefined): [string, string][] =>
  Object.entries(map ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))

/** The Admin REST API payload of a 4.7.0 third-party key manager. */
export function payloadOf(third: ThirdPartySpec, topologyName: string): KeyManagerPayload | undefined {
  if (!third.connector || !third.name) return undefined
  const facts = CONNECTORS[third.connector]
  const endpoints: Partial<Record<EndpointKey, string>> = { ...facts.endpointDefaults }
  for (const [key, value] of Object.entries(third.endpoints ?? {})) {
    if ((ENDPOINT_KEYS as string[]).includes(key)) endpoints[key as EndpointKey] = value
  }
  const fields: Record<string, string> = {}
  for (const key of ENDPOINT_KEYS) {
    const value = endpoints[key]
    if (value !== undefined && key !== 'jwks') fields[ENDPOINT_FIELDS[key]] = value
  }
  // Only what the connector reads: a setting it does not declare is reported by the check, not sent.
  const known = configurationNamesOf(facts)
  const given = Object.entries(third.configuration ?? {}).filter(([key]) => known.includes(key))
  const settings = { ...facts.configurationDefaults, ...Object.fromEntries(given) }
  return {
    name: third.name,
    displayName: third.name,
    type: facts.type,
    description: `${facts.displayName} key manager of ${topologyName}`,
    enabled: true,
    ...(fields as Partial<Pick<KeyManagerPayload, EndpointField>>),
    ...(endpoints.jwks !== undefined ? { certificates: { type: 'JWKS' as const, value: endpoints.jwks } } : {}),
    consumerKeyClaim: third.claims?.consumerKey ?? facts.claims.consumerKey,
    scopesClaim: third.claims?.scopes ?? facts.claims.scopes,
    availableGrantTypes: [...(third.grantTypes ?? DEFAULT_GRANT_TYPES)],
    enableTokenGeneration: true,
    enableMapOAuthConsumerApps: true,
    enableOAuthAppCreation: true,
    enableSelfValidationJWT: endpoints.jwks !== undefined,
    tokenType: 'DIRECT',
    additionalProperties: Object.fromEntries(sortedEntries(settings)),
  }
}

/** Environment variable names the payload refers to, sorted and unique. */
function envNamesOf(third: ThirdPartySpec): string[] {
  const names = new Set<string>()
  for (const [, value] of [...sortedEntries(third.endpoints), ...sortedEntries(third.configuration)]) {
    for (const m of value.matchAll(ENV_REF)) if (m[1]) names.add(m[1])
  }
  return [...names].sort()
}

/** The exact registration command, run from the output folder. */
export function registrationCommand(file: string, adminUrl: string, envNames: readonly string[]): string {
  const post = `curl -X POST "${adminUrl}" -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json"`
  if (envNames.length === 0) return `${post} --data @${file}`
  const vars = envNames.map((n) => `\${${n}}`).join(' ')
  return `envsubst '${vars}' < ${file} | ${post} --data @-`
}

function section47(topology: TopologyPlan, third: ThirdPartySpec): KeyManagersSection | undefined {
  const body = payloadOf(third, topology.name)
  const cp = topology.nodes.find((n) => n.targets.controlPlane)?.targets.controlPlane
  if (!body || !cp || cp.ports.https === undefined) return undefined
  const file = `keymanagers/${body.name}.json`
  const adminUrl = urlOf('https', cp, 'https', ADMIN_API)
  const envNames = envNamesOf(third)
  const where = cp.viaLoadBalancer ? `the load balancer ${cp.host}` : `${cp.node ?? cp.host} (${cp.host})`
  return {
    type: 'third-party',
    manualSteps: [
      {
        title:
          `Register the ${CONNECTORS[third.connector!].displayName} key manager "${body.name}" through the Admin REST API of ${where}, ` +
          `with an access token that has the apim:admin scope in $TOKEN` +
          (envNames.length > 0 ? ` and ${envNames.join(', ')} set in the environment` : ''),
        commands: [registrationCommand(file, adminUrl, envNames)],
      },
    ],
    payloads: [{ file, body, envNames }],
  }
}

function section26(topology: TopologyPlan, third: ThirdPartySpec): KeyManagersSection {
  const apim = topology.nodes.filter((n) => n.product === 'apim-2.6.0')
  const amDb = apim.flatMap((n) => n.datasources).find((d) => d.kind === 'apim')
  const jndi = amDb?.jndi ?? 'jdbc/WSO2AM_DB'
  return {
    type: 'third-party',
    // The README's key manager connector step names the jar and copies it to every node's install folder.
    manualSteps: [
      {
        title:
          `Subscription validation still reads WSO2AM_DB (${jndi}${amDb ? `, database ${amDb.database}` : ''}): ` +
          `the third-party identity provider issues and validates tokens, API Manager checks subscriptions in that database, ` +
          `so keep it shared by every API Manager node`,
        commands: [],
      },
    ],
    payloads: [],
  }
}

function planKeyManagers(topology: TopologyPlan, spec: Spec): KeyManagersSection | undefined {
  const third = spec.keyManager?.thirdParty
  if (topology.keyManagerType !== 'third-party' || !third) return undefined
  return spec.platform === 'apim-4.7.0' ? section47(topology, third) : section26(topology, third)
}

const error = (rule: string, pointer: string, message: string, hint?: string): Finding => ({
  severity: 'error',
  rule,
  pointer,
  message,
  ...(hint === undefined ? {} : { hint }),
})

/** Validates the 4.7.0 payload's fields per connector type before anything is written (PITFALLS 29). */
function checkPayload(third: ThirdPartySpec): Finding[] {
  if (!third.connector) return []
  const facts = CONNECTORS[third.connector]
  const findings: Finding[] = []
  const at = (...rest: string[]): string => pointerOf(['keyManager', 'thirdParty', ...rest])
  for (const [key, value] of sortedEntries(third.endpoints)) {
    if (!(ENDPOINT_KEYS as string[]).includes(key)) {
      const near = suggest(key, ENDPOINT_KEYS)
      findings.push(
        error('topology/key-manager-endpoint', at('endpoints', key), `unknown key manager endpoint "${key}"`, near ? `did you mean "${near}"?` : `endpoints are ${ENDPOINT_KEYS.join(', ')}`),
      )
    } else if (!URL_OR_ENV.test(value) && !(key === 'introspection' && value === 'none')) {
      findings.push(error('topology/key-manager-endpoint', at('endpoints', key), `endpoint ${key} must be an http(s) URL or an $env{…} reference`))
    }
  }
  const endpoints = { ...facts.endpointDefaults, ...(third.endpoints ?? {}) }
  const missing = facts.endpoints.filter((key) => !endpoints[key])
  if (missing.length > 0) {
    findings.push(
      error(
        'topology/key-manager-payload',
        third.endpoints ? at('endpoints') : THIRD_PARTY,
        `the ${facts.type} connector needs the endpoint${missing.length > 1 ? 's' : ''} ${missing.join(', ')} to register key manager "${third.name ?? ''}"`,
        `required endpoints of ${facts.type}: ${facts.endpoints.join(', ')}`,
      ),
    )
  }
  if (!endpoints.jwks && missing.length === 0) {
    const introspects = endpoints.introspection !== undefined && endpoints.introspection !== 'none'
    findings.push({
      severity: 'warning',
      rule: 'topology/key-manager-token-validation',
      pointer: third.endpoints ? at('endpoints') : THIRD_PARTY,
      message: introspects
        ? `key manager "${third.name ?? ''}" has no jwks endpoint, so the gateway cannot check the signature of JWT access tokens (enableSelfValidationJWT is false) and validates every token through the introspection endpoint`
        : `key manager "${third.name ?? ''}" has neither a jwks nor an introspection endpoint, so the gateway has no way to validate its tokens`,
      hint: `set keyManager.thirdParty.endpoints.jwks to the identity provider's JWKS URL${facts.endpoints.includes('issuer') ? '' : ' and endpoints.issuer to the iss of its tokens'}`,
    })
  }
  const settings = { ...facts.configurationDefaults, ...(third.configuration ?? {}) }
  const absent = facts.configuration.filter((key) => !settings[key])
  if (absent.length > 0) {
    findings.push(
      error(
        'topology/key-manager-payload',
        third.configuration ? at('configuration') : THIRD_PARTY,
        `the ${facts.type} connector needs the configuration ${absent.join(', ')} to register key manager "${third.name ?? ''}"`,
        `required configuration of ${facts.type}: ${facts.configuration.join(', ')}`,
      ),
    )
  }
  const known = configurationNamesOf(facts)
  for (const key of Object.keys(third.configuration ?? {}).sort()) {
    if (known.includes(key)) continue
    const near = suggest(key, known)
    findings.push({
      severity: 'warning',
      rule: 'topology/key-manager-configuration',
      pointer: at('configuration', key),
      message: `the ${facts.type} connector does not read the configuration "${key}", so it is left out of the registration payload`,
      hint: near ? `did you mean "${near}"?` : `the ${facts.type} connector reads ${known.join(', ')}`,
    })
  }
  for (const [group, map] of [['endpoints', third.endpoints], ['configuration', third.configuration]] as const) {
    for (const [key, value] of sortedEntries(map)) {
      if (SECRET_REF.test(value)) {
        findings.push(
          error('topology/key-manager-payload', at(group, key), `${group}.${key} is a $secret{…} reference, which only the server resolves; the registration payload is posted as it is written`, 'use an $env{…} reference: the registration command fills it in with envsubst'),
        )
      }
    }
  }
  return findings
}

function checkKeyManagers(topology: TopologyPlan, spec: Spec): Finding[] {
  const third = spec.keyManager?.thirdParty
  if (topology.keyManagerType !== 'third-party' || !third) return []
  if (spec.platform === 'apim-2.6.0') {
    return third.jar === undefined && third.clientImpl !== undefined
      ? [{ severity: 'warning', rule: 'topology/third-party-jar', pointer: THIRD_PARTY, message: 'keyManager.thirdParty.jar is not set, so the README cannot name the jar to copy into repository/components/lib', hint: 'set keyManager.thirdParty.jar to the file name of the jar that holds clientImpl' }]
      : []
  }
  const findings = checkPayload(third)
  if (third.connector && third.name && !topology.nodes.some((n) => n.targets.controlPlane)) {
    findings.push(error('topology/key-manager-payload', THIRD_PARTY, `no control plane to register key manager "${third.name}" with`, 'add a control-plane or all-in-one node'))
  }
  return findings
}

/** Planner row of PLANNERS. */
export const keyManagersPlanner: SectionPlanner = {
  id: 'key-managers',
  topology: planKeyManagers,
  check: checkKeyManagers,
}
