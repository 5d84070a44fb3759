/**
 * API Microgateway 3.x nodes (seed 004): which key manager each microgateway calls, how it
 * authenticates to it, and its listener ports. Renderers of conf/micro-gw.conf read
 * `node.sections.microgateway` and only format it.
 */
import type { Finding } from '../diagnostics/diagnostic.js'
import { pointerOf } from '../diagnostics/diagnostic.js'
import type { KeyManagerType, MicrogatewaySpec, NodeSpec, Spec } from '../model/spec.js'
import { urlOf } from './endpoints.js'
import { portOf } from './ports.js'
import type { SectionPlanner } from './sections.js'
import type { NodePlan, TopologyPlan } from './types.js'

/** The `[keyManager]` table of micro-gw.conf (S4.1). */
export interface MicrogatewayKeyManagerPlan {
  /** The key manager's base URL: the spec's url, else the topology's key manager (or its balancer). */
  serverUrl: string
  /** @default "oauth2" */
  tokenContext: string
  /** @default 5000 */
  timestampSkew: number
  /**
   * True: tokens are checked by OAuth2 introspection instead of the WSO2 key validation service.
   * @default true with a spec url or an IS 7 key manager, else false
   */
  external: boolean
  /** Where serverUrl comes from: the spec's url, a key manager node, or a load balancer. */
  source: 'spec' | 'node' | 'load-balancer'
  /** The node serverUrl points at, when it is one node of the topology. */
  node?: string
}

/** `[keymanager.security.basic]` (S4.2). */
export interface MicrogatewayBasicPlan {
  enabled: boolean
  username: string
  password: string
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
  /** `[[jwtTokenConfig]] issuer`: the token endpoint of the key manager (`<serverUrl>/<tokenContext>/token`). */
  jwtIssuer: string
  security: { basic: MicrogatewayBasicPlan; oauth2: MicrogatewayOAuth2Plan }
}

/** Product defaults of the key manager tables (micro-gw.conf of 3.x). */
const DEFAULT_TOKEN_CONTEXT = 'oauth2'
const DEFAULT_TIMESTAMP_SKEW = 5000
const DEFAULT_CREDENTIAL_BEARER = 'AUTH_HEADER_BEARER'
const DEFAULT_USERNAME = 'admin'
const DEFAULT_PASSWORD = 'admin'

const SECRET_REF = /^\$secret\{[^}]*\}$/

const keyManagerTypeOf = (spec: Spec): KeyManagerType => spec.keyManager?.type ?? 'resident'

/** A security option counts as on when its block is present and not switched off. */
const isOn = (option: { enabled?: boolean } | undefined): boolean => option !== undefined && option.enabled !== false

const nodeSpecOf = (spec: Spec, name: string): { node: NodeSpec; index: number } | undefined => {
  const index = spec.nodes.findIndex((n) => n.name === name)
  const node = spec.nodes[index]
  return node ? { node, index } : undefined
}

/** The key manager a microgateway calls: the spec's url, else the topology's; undefined when there is neither. */
function keyManagerOf(node: NodePlan, block: MicrogatewaySpec): Omit<MicrogatewayKeyManagerPlan, 'tokenContext' | 'timestampSkew' | 'external'> | undefined {
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

/** Basic credentials: the spec's, else the admin account when the key manager is part of the topology. */
function basicOf(spec: Spec, block: MicrogatewaySpec, internal: boolean): MicrogatewayBasicPlan {
  const basic = block.security?.basic
  const oauth2On = isOn(block.security?.oauth2)
  // The product enables basic authentication unless the spec switches it off or chooses oauth2.
  const enabled = basic ? basic.enabled !== false : !oauth2On
  const inherit = enabled && internal
  return {
    enabled,
    username: basic?.username ?? (inherit ? (spec.admin?.username ?? DEFAULT_USERNAME) : DEFAULT_USERNAME),
    password: basic?.password ?? (inherit ? (spec.admin?.password ?? DEFAULT_PASSWORD) : DEFAULT_PASSWORD),
  }
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

/** The token endpoint under the key manager's token context, e.g. https://km:9443/oauth2/token. */
function issuerOf(serverUrl: string, tokenContext: string): string {
  const context = tokenContext.replace(/^\/+|\/+$/g, '')
  return context === '' ? `${serverUrl}/token` : `${serverUrl}/${context}/token`
}

/** The microgateway plan of one node, or undefined when its key manager cannot be resolved (see check). */
export function planMicrogateway(node: NodePlan, spec: Spec): MicrogatewayPlan | undefined {
  if (node.role !== 'microgateway') return undefined
  const block = nodeSpecOf(spec, node.name)?.node.microgateway ?? {}
  const km = keyManagerOf(node, block)
  if (!km) return undefined
  const tokenContext = block.keyManager?.tokenContext ?? DEFAULT_TOKEN_CONTEXT
  // IS 7 has no WSO2 key validation service, only OAuth2 introspection: treat it like an external IdP.
  const external = block.keyManager?.external ?? (km.source === 'spec' || keyManagerTypeOf(spec) === 'is7')
  const port = (service: 'mgwHttp' | 'mgwHttps' | 'mgwToken'): number => {
    const p = portOf(node.ports, service)
    if (p === undefined) throw new Error(`microgateway node ${node.name} has no ${service} port`)
    return p
  }
  return {
    listener: { httpPort: port('mgwHttp'), httpsPort: port('mgwHttps'), tokenListenerPort: port('mgwToken') },
    keyManager: { ...km, tokenContext, timestampSkew: block.keyManager?.timestampSkew ?? DEFAULT_TIMESTAMP_SKEW, external },
    jwtIssuer: issuerOf(km.serverUrl, tokenContext),
    security: { basic: basicOf(spec, block, km.source !== 'spec'), oauth2: oauth2Of(block) },
  }
}

/** Findings that need the plan: a microgateway with no key manager to call, or credentials it cannot read. */
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
    const basic = basicOf(spec, block, km.source !== 'spec')
    const given = block.security?.basic
    const inherited = [given?.username === undefined ? basic.username : '', given?.password === undefined ? basic.password : '']
    if (basic.enabled && inherited.some((v) => SECRET_REF.test(v))) {
      findings.push({
        severity: 'error',
        rule: 'topology/microgateway-credentials',
        pointer: found.node.microgateway ? at('microgateway') : at(),
        message: `microgateway "${node.name}" authenticates to the key manager with the admin account, whose credentials are $secret{…} references; the microgateway resolves only $env{…} references`,
        hint: `set nodes[${found.index}].microgateway.security.basic username and password, for example to $env{…} references`,
      })
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
  node: (node, _topology, spec) => planMicrogateway(node, spec),
  check: checkMicrogateways,
}
