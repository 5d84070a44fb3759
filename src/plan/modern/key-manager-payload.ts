/**
 * The super tenant's Identity Server 7 key manager. deployment.toml cannot declare it (seed 002:
 * auto-configuration covers new tenants only), so the plan carries the Admin REST API payload that
 * registers it, with every endpoint at the IS node or the key manager load balancer (FACTS 6), and
 * the manual steps that go with it.
 */
import type { Spec } from '../../model/spec.js'
import { registrationCommand } from '../key-managers.js'
import type { TopologyPlan } from '../types.js'
import { adminOf, httpsBase, urlAt } from './common.js'
import type { KeyManagerPayloadPlan, ModernTopologyPlan } from './types.js'

/** @default the key manager's name when `keyManager.name` is not given */
export const DEFAULT_KEY_MANAGER_NAME = 'WSO2-IS-7'

/** The notification handler IS needs for its API Manager event listeners (connector of API Manager 4.7.0). */
const NOTIFICATION_JAR = 'wso2is.notification.event.handlers-2.1.3.jar'

const ADMIN_API_PATH = '/api/am/admin/v4/key-managers'

/** Fields the Admin REST API and the WSO2-IS-7 connector need before they accept the key manager. */
const REQUIRED_FIELDS = ['name', 'type', 'issuer', 'tokenEndpoint', 'revokeEndpoint', 'introspectionEndpoint', 'clientRegistrationEndpoint', 'wellKnownEndpoint'] as const
/**
 * Connection configurations WSO2IS7ConnectorConfiguration requires, and the authentication
 * configurations its validateAuthConfigurations() requires per `Authentication` mode.
 */
const REQUIRED_PROPERTIES = ['api_resource_management_endpoint', 'is7_roles_endpoint', 'Authentication'] as const
const REQUIRED_AUTH_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  BasicAuth: ['Username', 'Password'],
  MutualTLS: ['IdentityUser', 'MutualTLSOptions'],
}

const ENV_REF = /\$env\{([A-Za-z_][A-Za-z0-9_]*)\}/g
const SECRET_REF = /\$secret\{([A-Za-z0-9_.-]+)\}/g

/** The environment variable that stands for a secret alias in the posted payload. */
export const envNameOfAlias = (alias: string): string => {
  const name = alias.toUpperCase().replace(/[^A-Z0-9_]/g, '_')
  return /^[0-9]/.test(name) ? `S_${name}` : name
}

/**
 * The payload is posted as written: `$env{NAME}` becomes `${NAME}` and `$secret{alias}` becomes
 * `${ALIAS}`, both filled in by envsubst when the operator registers the key manager.
 */
function shellValue(value: string, names: Set<string>): string {
  return value
    .replace(ENV_REF, (_, n: string) => (names.add(n), `\${${n}}`))
    .replace(SECRET_REF, (_, a: string) => {
      const n = envNameOfAlias(a)
      names.add(n)
      return `\${${n}}`
    })
}

/**
 * The user IS maps API Manager's certificate to: the first allowed user that is not the wildcard,
 * else (a wildcard, or no list, which IS reads as `*`) the super admin, whom the wildcard allows.
 */
function identityUser(spec: Spec): string | undefined {
  const m = spec.mutualTls
  if (!m?.trustedIssuer) return undefined
  return (m.allowedUsernames ?? ['*']).find((u) => u !== '*') ?? adminOf(spec).username
}

export function planKeyManagerPayload(topology: TopologyPlan, spec: Spec): KeyManagerPayloadPlan | undefined {
  if (spec.keyManager?.type !== 'is7') return undefined
  const is = topology.nodes[0]?.targets.keyManager
  if (!is) return undefined
  const base = httpsBase(is)
  const name = spec.keyManager.name ?? DEFAULT_KEY_MANAGER_NAME
  const admin = adminOf(spec)
  const names = new Set<string>()
  const mtlsUser = identityUser(spec)
  const body: Record<string, unknown> = {
    name,
    displayName: 'WSO2 Identity Server 7',
    type: 'WSO2-IS-7',
    description: `Identity Server 7.2.0 of topology ${topology.name}`,
    enabled: true,
    wellKnownEndpoint: `${base}/oauth2/token/.well-known/openid-configuration`,
    issuer: `${base}/oauth2/token`,
    clientRegistrationEndpoint: `${base}/api/identity/oauth2/dcr/v1.1/register`,
    introspectionEndpoint: `${base}/oauth2/introspect`,
    tokenEndpoint: `${base}/oauth2/token`,
    revokeEndpoint: `${base}/oauth2/revoke`,
    userInfoEndpoint: `${base}/scim2/Me`,
    authorizeEndpoint: `${base}/oauth2/authorize`,
    scopeManagementEndpoint: `${base}/api/identity/oauth2/v1.0/scopes`,
    certificates: { type: 'JWKS', value: `${base}/oauth2/jwks` },
    availableGrantTypes: ['authorization_code', 'client_credentials', 'password', 'refresh_token', 'urn:ietf:params:oauth:grant-type:jwt-bearer', 'urn:ietf:params:oauth:grant-type:token-exchange'],
    consumerKeyClaim: 'azp',
    scopesClaim: 'scope',
    enableTokenGeneration: true,
    enableMapOAuthConsumerApps: true,
    enableOAuthAppCreation: true,
    enableSelfValidationJWT: true,
    tokenType: 'DIRECT',
    additionalProperties: {
      api_resource_management_endpoint: `${base}/api/server/v1/api-resources`,
      is7_roles_endpoint: `${base}/scim2/v2/Roles`,
      // Mutual TLS is how IS 7 trusts API Manager by default (seed 002); IS maps the certificate to this
      // user, and the connector reads no username or password in that mode.
      ...(mtlsUser
        ? { Authentication: 'MutualTLS', MutualTLSOptions: 'ServerWide', IdentityUser: shellValue(mtlsUser, names) }
        : { Authentication: 'BasicAuth', Username: shellValue(admin.username, names), Password: shellValue(admin.password, names) }),
    },
  }
  return { file: `keymanagers/${name}.json`, body, envNames: [...names].sort() }
}

/** Problems that would make the Admin REST API reject the payload; empty when it is complete. */
export function payloadProblems(body: Record<string, unknown>): string[] {
  const problems: string[] = []
  for (const f of REQUIRED_FIELDS) {
    if (typeof body[f] !== 'string' || body[f] === '') problems.push(`missing ${f}`)
  }
  const props = body.additionalProperties
  const record = props && typeof props === 'object' ? (props as Record<string, unknown>) : {}
  const mode = typeof record.Authentication === 'string' ? record.Authentication : ''
  for (const p of [...REQUIRED_PROPERTIES, ...(REQUIRED_AUTH_PROPERTIES[mode] ?? [])]) {
    if (typeof record[p] !== 'string' || record[p] === '') problems.push(`missing additionalProperties.${p}`)
  }
  for (const [k, v] of Object.entries(body)) {
    if ((k.endsWith('Endpoint') || k === 'issuer') && typeof v === 'string' && !v.startsWith('https://')) problems.push(`${k} is not an https URL`)
  }
  return problems
}

/** The payload, the command that registers it, and the jar every IS node needs for its listeners. */
export function planModernKeyManagers(topology: TopologyPlan, spec: Spec): ModernTopologyPlan {
  const km = planKeyManagerPayload(topology, spec)
  const cp = topology.nodes.find((n) => n.targets.controlPlane)?.targets.controlPlane
  if (!km || !cp) return { payloads: [], manualSteps: [] }
  const where = cp.viaLoadBalancer ? `the load balancer ${cp.host}` : `${cp.node ?? cp.host} (${cp.host})`
  const secretNote = km.envNames.length > 0 ? ` and ${km.envNames.join(', ')} set in the environment (the admin password)` : ''
  const isNodes = topology.nodes.filter((n) => n.product === 'is-7.2.0')
  const ts = spec.tenantSharing
  const account = ts?.username ?? 'admin'
  const sharing =
    ts?.direction === 'is-to-apim'
      ? [{ title: `Give the API Manager user "${account}" the super admin's modify/tenant permission: Identity Server sends its tenant notifications as this user`, commands: [] }]
      : ts?.direction === 'apim-to-is'
        ? [{ title: `Make sure the Identity Server user "${account}" may create, update, activate and deactivate tenants: API Manager creates its tenants in IS with this account`, commands: [] }]
        : []
  return {
    payloads: [km],
    manualSteps: [
      ...sharing,
      {
        title:
          `Copy ${NOTIFICATION_JAR} (API Manager's notification event handlers) into repository/components/dropins of every Identity Server node: ` +
          `${isNodes.map((n) => `${n.name} (${n.host})`).join(', ')}; then restart the node`,
        commands: [`cp ${NOTIFICATION_JAR} "$IS_HOME/repository/components/dropins/"`],
      },
      {
        title:
          `Register Identity Server 7 as the super tenant's key manager "${km.body.name as string}" through the Admin REST API of ${where}, ` +
          `with an access token that has the apim:admin scope in $TOKEN${secretNote}`,
        commands: [registrationCommand(km.file, urlAt('https', cp, 'https', ADMIN_API_PATH), km.envNames)],
      },
    ],
  }
}
