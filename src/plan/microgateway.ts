/**
 * API Microgateway 3.x nodes (seed 004): which key manager each microgateway calls, how it
 * authenticates to it, and its listener ports. Renderers of conf/micro-gw.conf read
 * `node.sections.microgateway` and only format it.
 */
import type { Finding } from '../diagnostics/diagnostic.js'
import { pointerOf } from '../diagnostics/diagnostic.js'
import type { MicrogatewaySpec, NodeSpec, Spec } from '../model/spec.js'
import { certificateGroupOf } from './deployment/packs.js'
import { urlOf } from './endpoints.js'
import { identityView } from './legacy-apim/identity.js'
import { LEGACY_CARBON_PRODUCTS } from './legacy-carbon.js'
import { portOf } from './ports.js'
import type { SectionPlanner } from './sections.js'
import type { NodePlan, TopologyPlan } from './types.js'
import { bracketHost } from './address.js'

/** The `[keyManager]` table of micro-gw.conf (S4.1). */
export interface MicrogatewayKeyManagerPlan {
  /** The key manager's base URL: the spec's url, else the topology's key manager (or its balancer). */
  serverUrl: string
  /** @default "oauth2" */
  tokenContext: string
  /** @default 5000 */
  timestampSkew: number
  /**
   * True: tokens are checked by OAuth2 introspection (`<serverUrl>/<tokenContext>/introspect`)
   * instead of the WSO2 key validation service.
   * @default true with a spec url or on apim-4.7.0 (no key validation service there), else false
   */
  external: boolean
  /**
   * `enableLegacyMode`, the switch Microgateway 3.2 reads instead of `external` (which it ignores):
   * true uses the key validation service. Always `!external`.
   */
  legacyMode: boolean
  /** Where serverUrl comes from: the spec's url, a key manager node, or a load balancer. */
  source: 'spec' | 'node' | 'load-balancer'
  /** The node serverUrl points at, when it is one node of the topology. */
  node?: string
}

/** `[keymanager.security.basic]` (S4.2). */
export interface MicrogatewayBasicPlan {
  enabled: boolean
  /** Absent: the key is left out of micro-gw.conf and read from the environment (see `environment`). */
  username?: string
  password?: string
}

/** A micro-gw.conf key left out of the file, which Ballerina then reads from an environment variable. */
export interface MicrogatewayEnvironmentPlan {
  /** The config key, e.g. keymanager.security.basic.password. */
  key: string
  /** Its environment variable: the key with every `.` replaced by `_` (Ballerina config lookupEnvVar). */
  variable: string
  /** What to export, for the README (never a secret value). */
  value: string
}

/** A certificate the README imports into the microgateway trust store. */
export interface MicrogatewayTrustPlan {
  alias: string
  /** File on the workstation, relative to the output folder unless the spec gave an absolute path. */
  file: string
  /** `tls`: the key manager's server certificate (introspection over TLS); `jwt`: the certificate that signs its tokens. */
  purpose: 'tls' | 'jwt'
  /** Where to fetch a TLS certificate from when the spec gives none. */
  fetchFrom?: { host: string; port: number }
  /** True when the spec named the file; else the README says what to save there. */
  given: boolean
}

/** `[[jwtTokenConfig]]`: who issues the JWTs the microgateway accepts and which certificate signs them. */
export interface MicrogatewayJwtPlan {
  issuer: string
  /** spec: microgateway.jwt.issuer; key-manager: the topology key manager's own issuer; derived: from the external url's shape. */
  issuerSource: 'spec' | 'key-manager' | 'derived'
  certificateAlias: string
}

/** `[keymanager.security.oauth2]` with its grant tables (S4.3); at most one grant is enabled. */
export interface MicrogatewayOAuth2Plan {
  enabled: boolean
  credentialBearer: 'AUTH_HEADER_BEARER' | 'POST_BODY_BEARER' | 'NO_BEARER'
  tokenUrl: string
  clientCredential: { enabled: boolean; clientId: string; clientSecret: string; scopes: string }
  password: { enabled: boolean; clientId: string; clientSecret: string; scopes: string; username: string; password: string }
  directToken: { enabled: boolean; accessToken: string }
  refresh: { enabled: boolean; refreshUrl: string; scopes: string; refreshToken: string; clientId: string; clientSecret: string }
}

/** `node.sections.microgateway`: every topology-driven value of micro-gw.conf. */
export interface MicrogatewayPlan {
  /** `[listenerConfig]` ports: the node's effective mgwHttp, mgwHttps and mgwToken ports. */
  listener: { httpPort: number; httpsPort: number; tokenListenerPort: number }
  keyManager: MicrogatewayKeyManagerPlan
  jwt: MicrogatewayJwtPlan
  security: { basic: MicrogatewayBasicPlan; oauth2: MicrogatewayOAuth2Plan }
  /** Keys left out of micro-gw.conf that the operator exports before the start, sorted by key. */
  environment: MicrogatewayEnvironmentPlan[]
  /** Certificates to import into runtime/bre/security/ballerinaTruststore.p12 beyond the topology's own. */
  trust: MicrogatewayTrustPlan[]
  /** Some value is in Ballerina's `@encrypted:{…}` form: the gateway needs the decryption secret at start. */
  encrypted: boolean
}

/** Product defaults of the key manager tables (micro-gw.conf of 3.x). */
const DEFAULT_TOKEN_CONTEXT = 'oauth2'
const DEFAULT_TIMESTAMP_SKEW = 5000
const DEFAULT_CREDENTIAL_BEARER = 'AUTH_HEADER_BEARER'
const DEFAULT_USERNAME = 'admin'
const DEFAULT_PASSWORD = 'admin'

/** A Carbon reference ($env{…} / $secret{…}) that Ballerina would read as text. */
const REFERENCE = /\$(env|secret)\{/
const ENCRYPTED = /@encrypted:\{[^}]*\}/

/** Ballerina config: a key missing from the file is read from the environment, dots turned into underscores. */
export const envVariableOf = (key: string): string => key.replace(/\./g, '_')

/** A security option counts as on when its block is present and not switched off. */
const isOn = (option: { enabled?: boolean } | undefined): boolean => option !== undefined && option.enabled !== false

const nodeSpecOf = (spec: Spec, name: string): { node: NodeSpec; index: number } | undefined => {
  const index = spec.nodes.findIndex((n) => n.name === name)
  const node = spec.nodes[index]
  return node ? { node, index } : undefined
}

/** The key manager a microgateway calls: the spec's url, else the topology's; undefined when there is neither. */
function keyManagerOf(node: NodePlan, block: MicrogatewaySpec): Omit<MicrogatewayKeyManagerPlan, 'tokenContext' | 'timestampSkew' | 'external' | 'legacyMode'> | undefined {
  const url = block.keyManager?.url
  if (url !== undefined) return { serverUrl: url.replace(/\/+$/, ''), source: 'spec' }
  const km = node.targets.keyManager
  if (!km || km.ports.https === undefined) return undefined
  return {
    serverUrl: urlOf('https', km, 'https'),
    source: km.viaLoadBalancer ? 'load-balancer' : 'node',
    ...(km.node !== undefined ? { node: km.node } : {}),
  }
}

interface BasicResult {
  basic: MicrogatewayBasicPlan
  environment: MicrogatewayEnvironmentPlan[]
}

/**
 * Basic credentials: the spec's, else the admin account when the key manager is part of the
 * topology. A credential the file cannot hold literally (the admin account given as a reference, a
 * password the spec leaves out next to its own username) is left out and exported instead.
 */
function basicOf(spec: Spec, block: MicrogatewaySpec, internal: boolean): BasicResult {
  const basic = block.security?.basic
  const oauth2On = isOn(block.security?.oauth2)
  // The product enables basic authentication unless the spec switches it off or chooses oauth2.
  const enabled = basic ? basic.enabled !== false : !oauth2On
  const inherit = enabled && internal
  const username = basic?.username ?? (inherit ? (spec.admin?.username ?? DEFAULT_USERNAME) : DEFAULT_USERNAME)
  const ownUser = basic?.username !== undefined
  const password = basic?.password ?? (enabled && ownUser ? undefined : inherit ? (spec.admin?.password ?? DEFAULT_PASSWORD) : DEFAULT_PASSWORD)
  const environment: MicrogatewayEnvironmentPlan[] = []
  const out: MicrogatewayBasicPlan = { enabled }
  const place = (field: 'username' | 'password', value: string | undefined, describe: string): void => {
    if (value !== undefined && !(enabled && REFERENCE.test(value))) {
      out[field] = value
      return
    }
    const key = `keymanager.security.basic.${field}`
    environment.push({ key, variable: envVariableOf(key), value: value ?? describe })
  }
  place('username', username, 'the user name')
  place('password', password, `the password of ${username}`)
  return { basic: out, environment }
}

function oauth2Of(block: MicrogatewaySpec): MicrogatewayOAuth2Plan {
  const o = block.security?.oauth2
  const on = isOn(o)
  const grant = on ? o?.grant : undefined
  const refresh = on ? o?.refresh : undefined
  const g = (type: string) => (grant?.type === type ? grant : undefined)
  const cc = g('client-credentials')
  const pw = g('password')
  const dt = g('direct-token')
  return {
    enabled: on,
    credentialBearer: o?.credentialBearer ?? DEFAULT_CREDENTIAL_BEARER,
    tokenUrl: o?.tokenUrl ?? '',
    clientCredential: { enabled: cc !== undefined, clientId: cc?.clientId ?? '', clientSecret: cc?.clientSecret ?? '', scopes: cc?.scopes ?? '' },
    password: {
      enabled: pw !== undefined,
      clientId: pw?.clientId ?? '',
      clientSecret: pw?.clientSecret ?? '',
      scopes: pw?.scopes ?? '',
      username: pw?.username ?? '',
      password: pw?.password ?? '',
    },
    directToken: { enabled: dt !== undefined, accessToken: dt?.accessToken ?? '' },
    refresh: {
      enabled: refresh !== undefined,
      refreshUrl: refresh?.refreshUrl ?? '',
      scopes: refresh?.scopes ?? '',
      refreshToken: refresh?.refreshToken ?? '',
      clientId: refresh?.clientId ?? '',
      clientSecret: refresh?.clientSecret ?? '',
    },
  }
}


/** identity.xml placeholders resolved the way Carbon does on the key manager node itself. */
function resolveCarbon(value: string, km: NodePlan): string {
  const https = portOf(km.ports, 'https')
  return value
    .replace(/\$\{carbon\.protocol\}/g, 'https')
    .replace(/\$\{carbon\.host\}/g, bracketHost(km.host))
    .replace(/\$\{carbon\.management\.port\}/g, String(https ?? 9443))
}

/** The key manager node whose tokens the microgateway checks (the target node, or the first behind the balancer). */
function keyManagerNode(node: NodePlan, topology: TopologyPlan): NodePlan | undefined {
  const name = node.targets.keyManager?.node ?? node.targets.keyManagerNodes[0]
  return topology.nodes.find((n) => n.name === name)
}

/**
 * The `iss` of a WSO2 key manager's JWTs: OpenIDConnect/IDTokenIssuerID of its identity.xml as the
 * plan writes it (2.6.0 packs keep https://localhost:9443/oauth2/token), and `<its URL>/oauth2/token`
 * for API Manager 4.x and Identity Server 7 (the issuer the IS 7 key manager payload registers).
 */
function topologyIssuer(node: NodePlan, topology: TopologyPlan, km: NodePlan | undefined): string {
  if (km && LEGACY_CARBON_PRODUCTS.includes(km.product)) return resolveCarbon(identityView(km, topology).urls.IDTokenIssuerID, km)
  return urlOf('https', node.targets.keyManager!, 'https', '/oauth2/token')
}

/**
 * The issuer of an external identity provider, from the shape of the URL its introspection lives
 * under: Keycloak introspects at <issuer>/protocol/openid-connect/token/introspect, Okta at
 * <issuer>/v1/introspect (issuer https://<org>.okta.com/oauth2/default for the default server);
 * anything else is taken for WSO2 Identity Server, whose issuer is its token endpoint.
 */
export function derivedIssuer(serverUrl: string, tokenContext: string): string {
  const keycloak = /^(.*\/realms\/[^/]+)\/protocol\/openid-connect$/.exec(serverUrl)
  if (keycloak) return keycloak[1]!
  const context = tokenContext.replace(/^\/+|\/+$/g, '')
  if (/\/oauth2\/[^/]+$/.test(serverUrl) && context === 'v1') return serverUrl
  return context === '' ? `${serverUrl}/token` : `${serverUrl}/${context}/token`
}

/** Host and port of a URL; undefined when it does not parse (checkMicrogateways reports it). */
const hostPortOf = (url: string): { host: string; port: number } | undefined => {
  if (!URL.canParse(url)) return undefined
  const u = new URL(url)
  const host = u.hostname.replace(/^\[|\]$/g, '')
  return { host, port: u.port === '' ? (u.protocol === 'http:' ? 80 : 443) : Number(u.port) }
}

/** The JWT settings and the certificates to trust beyond the topology's own. */
function jwtOf(node: NodePlan, topology: TopologyPlan, block: MicrogatewaySpec, km: KeyManagerTarget, tokenContext: string): { jwt: MicrogatewayJwtPlan; trust: MicrogatewayTrustPlan[] } {
  const given = block.jwt ?? {}
  const external = km.source === 'spec'
  const kmNode = external ? undefined : keyManagerNode(node, topology)
  const group = kmNode ? certificateGroupOf(kmNode.product) : undefined
  // The alias the README's certificate step imports the key manager's certificate under (deployment/certificates.ts).
  const certificateAlias = given.certificateAlias ?? (group ? `${topology.name}-${group}` : `${topology.name}-idp`)
  const issuer = given.issuer ?? (external ? derivedIssuer(km.serverUrl, tokenContext) : topologyIssuer(node, topology, kmNode))
  const issuerSource: MicrogatewayJwtPlan['issuerSource'] = given.issuer !== undefined ? 'spec' : external ? 'derived' : 'key-manager'
  const trust: MicrogatewayTrustPlan[] = []
  if (external) {
    const fetchFrom = hostPortOf(km.serverUrl)
    trust.push({ alias: `${topology.name}-idp-tls`, file: `certs/${node.name}-idp-tls.crt`, purpose: 'tls', ...(fetchFrom && { fetchFrom }), given: false })
  }
  if (external || given.certificate !== undefined) {
    trust.push({ alias: certificateAlias, file: given.certificate ?? `certs/${node.name}-idp-jwt.crt`, purpose: 'jwt', given: given.certificate !== undefined })
  }
  return { jwt: { issuer, issuerSource, certificateAlias }, trust }
}

type KeyManagerTarget = NonNullable<ReturnType<typeof keyManagerOf>>

/** Whether any string under the block is in Ballerina's encrypted form. */
const hasEncrypted = (v: unknown): boolean =>
  typeof v === 'string' ? ENCRYPTED.test(v) : v !== null && typeof v === 'object' ? Object.values(v).some(hasEncrypted) : false

/** The microgateway plan of one node, or undefined when its key manager cannot be resolved (see check). */
export function planMicrogateway(node: NodePlan, topology: TopologyPlan, spec: Spec): MicrogatewayPlan | undefined {
  if (node.role !== 'microgateway') return undefined
  const block = nodeSpecOf(spec, node.name)?.node.microgateway ?? {}
  const km = keyManagerOf(node, block)
  if (!km) return undefined
  const tokenContext = block.keyManager?.tokenContext ?? DEFAULT_TOKEN_CONTEXT
  // API Manager 4.x and IS 7 offer no WSO2 key validation service, only OAuth2 introspection.
  const external = block.keyManager?.external ?? (km.source === 'spec' || spec.platform === 'apim-4.7.0')
  const port = (service: 'mgwHttp' | 'mgwHttps' | 'mgwToken'): number => {
    const p = portOf(node.ports, service)
    if (p === undefined) throw new Error(`microgateway node ${node.name} has no ${service} port`)
    return p
  }
  const { basic, environment } = basicOf(spec, block, km.source !== 'spec')
  const { jwt, trust } = jwtOf(node, topology, block, km, tokenContext)
  return {
    listener: { httpPort: port('mgwHttp'), httpsPort: port('mgwHttps'), tokenListenerPort: port('mgwToken') },
    keyManager: { ...km, tokenContext, timestampSkew: block.keyManager?.timestampSkew ?? DEFAULT_TIMESTAMP_SKEW, external, legacyMode: !external },
    jwt,
    security: { basic, oauth2: oauth2Of(block) },
    environment: environment.sort((a, b) => a.key.localeCompare(b.key)),
    trust,
    encrypted: hasEncrypted(block),
  }
}

/** Findings that need the plan: a microgateway with no key manager to call, an issuer it can only guess, no credentials. */
function checkMicrogateways(topology: TopologyPlan, spec: Spec): Finding[] {
  const findings: Finding[] = []
  for (const node of topology.nodes) {
    if (node.role !== 'microgateway') continue
    const found = nodeSpecOf(spec, node.name)
    if (!found) continue
    const block = found.node.microgateway ?? {}
    const at = (...rest: string[]): string => pointerOf(['nodes', found.index, ...rest])
    const km = keyManagerOf(node, block)
    if (!km) {
      findings.push({
        severity: 'error',
        rule: 'topology/microgateway-key-manager',
        pointer: found.node.microgateway ? at('microgateway') : at(),
        message: `microgateway "${node.name}" has no key manager to call: the topology has no key manager node it can reach (keyManager.type ${topology.keyManagerType})`,
        hint: 'set microgateway.keyManager.url to the key manager (or identity provider) the microgateway validates tokens with',
      })
      continue
    }
    if (km.source === 'spec' && hostPortOf(km.serverUrl) === undefined) {
      findings.push({
        severity: 'error',
        rule: 'topology/microgateway-key-manager-url',
        pointer: at('microgateway', 'keyManager', 'url'),
        message: `microgateway "${node.name}" has a key manager url that is not a valid URL`,
        hint: 'write it as https://<host>[:<port>][/<path>], with an IPv6 address in brackets',
      })
      continue
    }
    const { basic } = basicOf(spec, block, km.source !== 'spec')
    if (km.source === 'spec' && block.jwt?.issuer === undefined) {
      const issuer = derivedIssuer(km.serverUrl, block.keyManager?.tokenContext ?? DEFAULT_TOKEN_CONTEXT)
      if (issuer.endsWith('/token')) {
        findings.push({
          severity: 'warning',
          rule: 'topology/microgateway-jwt-issuer',
          pointer: at('microgateway', 'keyManager', 'url'),
          message: `microgateway "${node.name}" accepts JWTs issued by ${issuer}, the issuer WSO2 Identity Server would use; another identity provider issues its own (Okta https://<org>.okta.com/oauth2/default, Keycloak https://<host>/realms/<realm>)`,
          hint: `set nodes[${found.index}].microgateway.jwt.issuer to the iss claim of the identity provider's tokens`,
        })
      }
    }
    if (!basic.enabled && !isOn(block.security?.oauth2)) {
      findings.push({
        severity: 'warning',
        rule: 'topology/microgateway-unauthenticated',
        pointer: at('microgateway', 'security'),
        message: `microgateway "${node.name}" switches basic authentication off and has no oauth2 security: it calls the key manager without credentials`,
      })
    }
  }
  return findings
}

/** Planner row of PLANNERS. */
export const microgatewayPlanner: SectionPlanner = {
  id: 'microgateway',
  node: (node, topology, spec) => planMicrogateway(node, topology, spec),
  check: checkMicrogateways,
}
