/**
 * api-manager.xml: which key manager, gateway, store, publisher and traffic managers a node talks to,
 * and how. Targets come from the core plan (node.targets); a node that is its own target keeps the
 * pack's placeholder URL.
 */
import type { Spec } from '../../model/spec.js'
import { urlOf } from '../endpoints.js'
import { portOf } from '../ports.js'
import type { Endpoint, NodePlan, TopologyPlan } from '../types.js'
import { vaultValue } from '../legacy-carbon/secret.js'
import {
  DEFAULT_CLAIMS_RETRIEVER,
  DEFAULT_CONSUMER_DIALECT,
  DEFAULT_KEY_MANAGER_CLIENT,
  DEFAULT_KEY_VALIDATION_HANDLER,
  DEFAULT_SIGNATURE_ALGORITHM,
  LOCAL_GATEWAY_ENDPOINT,
  LOCAL_GATEWAY_REVOKE_URL,
  LOCAL_PUBLISHER_URL,
  LOCAL_REVOKE_URL,
  LOCAL_SERVICES_URL,
  LOCAL_STORE_URL,
  LOCAL_TOKEN_URL,
  localWsEndpoint,
} from './stock.js'
import { throttlingView } from './throttling.js'
import type { AdminView, ApiManagerView, KeyManagerClientView, KeyValidatorView } from './types.js'

/** A URL on `ep`, or the pack's own-address form when the node is its own target (or has none). */
function remote(node: NodePlan, ep: Endpoint | undefined, local: string, make: (ep: Endpoint) => string): string {
  return !ep || ep.node === node.name ? local : make(ep)
}

const services = (ep: Endpoint) => urlOf('https', ep, 'https', '/services/')

/** Whether any node is a key manager, looked at once per node list (asked for every node). */
const keyManagerNodesIn = new WeakMap<readonly NodePlan[], boolean>()
function hasKeyManagerNodes(nodes: readonly NodePlan[]): boolean {
  let has = keyManagerNodesIn.get(nodes)
  if (has === undefined) keyManagerNodesIn.set(nodes, (has = nodes.some((n) => n.role === 'key-manager')))
  return has
}

/**
 * Nodes that run key validation themselves: key-manager nodes, else (resident or third-party key
 * manager) the all-in-one nodes.
 */
export function carriesKeyManager(node: NodePlan, topology: TopologyPlan): boolean {
  if (node.role === 'key-manager') return true
  const hasKmNodes = hasKeyManagerNodes(topology.nodes)
  return !hasKmNodes && node.role === 'all-in-one' && (topology.keyManagerType === 'resident' || topology.keyManagerType === 'third-party')
}

function keyValidatorView(node: NodePlan, km: boolean, kmUrl: string, spec: Spec): KeyValidatorView {
  const thirdParty = spec.keyManager?.type === 'third-party'
  // S0.9: Thrift only where the node validates against itself; remote and balanced key managers
  // are reached over WSClient, and no caller is left for a key manager node's Thrift server.
  const thriftLocal = km && node.role === 'all-in-one' && !thirdParty
  return {
    serverUrl: kmUrl,
    clientType: thriftLocal || node.role === 'key-manager' ? 'ThriftClient' : 'WSClient',
    enableThriftServer: thriftLocal,
    handlerClass: (thirdParty ? spec.keyManager?.thirdParty?.validationHandler : undefined) ?? DEFAULT_KEY_VALIDATION_HANDLER,
  }
}

/** Configuration children in output order: name, element text, secure-vault alias. */
type Entry = readonly [name: string, text: string, alias: string | null]

function clientView(clientImpl: string, entries: readonly Entry[]): KeyManagerClientView {
  const configuration: Record<string, string> = {}
  const configurationSecretAliases: Record<string, string> = {}
  for (const [name, text, alias] of entries) {
    configuration[name] = text
    if (alias !== null) configurationSecretAliases[name] = alias
  }
  return { clientImpl, configuration, configurationSecretAliases }
}

const byName = ([a]: readonly [string, string], [b]: readonly [string, string]) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * S1.1: a third-party key manager's implementation and its Configuration children (sorted by name,
 * so the output does not depend on key order in the spec). S3.9: API Manager nodes in front of an
 * Open Banking KM name the KM (its balancer when HA) as the key manager server.
 */
function keyManagerClientView(node: NodePlan, spec: Spec, kmUrl: string, admin: AdminView): KeyManagerClientView | undefined {
  const km = spec.keyManager
  if (node.product !== 'apim-2.6.0') return undefined
  if (km?.type === 'third-party' && km.thirdParty?.clientImpl) {
    const props = Object.entries(km.thirdParty.properties ?? {}).sort(byName)
    return clientView(
      km.thirdParty.clientImpl,
      props.map(([name, value]): Entry => {
        const v = vaultValue(value)
        return [name, v.text, v.alias]
      }),
    )
  }
  if (km?.type === 'ob-km') {
    const gw = node.targets.gatewayTraffic
    return clientView(DEFAULT_KEY_MANAGER_CLIENT, [
      ['ServerURL', kmUrl, null],
      ['Username', admin.username, null],
      ['Password', admin.password, admin.passwordSecretAlias],
      ['TokenURL', remote(node, gw, LOCAL_TOKEN_URL, (ep) => urlOf('https', ep, 'nioHttps', '/token')), null],
      ['RevokeURL', remote(node, gw, LOCAL_GATEWAY_REVOKE_URL, (ep) => urlOf('https', ep, 'nioHttps', '/revoke')), null],
    ])
  }
  return undefined
}

/** Roles that run a gateway (their JWTConfiguration must match the key manager's). */
const JWT_GATEWAY_ROLES: ReadonlySet<string> = new Set(['all-in-one', 'gateway-manager', 'gateway-worker'])

export function apiManagerView(node: NodePlan, topology: TopologyPlan, spec: Spec, admin: AdminView): ApiManagerView {
  const t = node.targets
  const km = carriesKeyManager(node, topology)
  // S0.8, S0.11, S3.9: the key manager node, or its balancer when there are several.
  const kmUrl = km ? LOCAL_SERVICES_URL : remote(node, t.keyManager, LOCAL_SERVICES_URL, services)
  const jwt = spec.keyManager?.jwt
  const keyManagerClient = keyManagerClientView(node, spec, kmUrl, admin)
  const view: ApiManagerView = {
    secureVault: admin.passwordSecretAlias !== null || Object.keys(keyManagerClient?.configurationSecretAliases ?? {}).length > 0,
    gatewayType: node.product === 'apim-2.6.0' ? 'Synapse' : 'None',
    authManagerUrl: kmUrl,
    environment: {
      // S0.3: the gateway the key manager and publisher deploy to. An all-in-one node with a shared
      // file system deploys into its own gateway ("Configuring an Active-Active Deployment": point it at
      // another node only when using rsync).
      serverUrl:
        node.role === 'all-in-one' && spec.gatewayArtifactSync === 'shared-fs'
          ? LOCAL_SERVICES_URL
          : remote(node, t.gatewayManagement, LOCAL_SERVICES_URL, services),
      gatewayEndpoint: remote(node, t.gatewayTraffic, LOCAL_GATEWAY_ENDPOINT, (ep) => `${urlOf('http', ep, 'nioHttp')},${urlOf('https', ep, 'nioHttps')}`),
      gatewayWsEndpoint: remote(node, t.gatewayTraffic, localWsEndpoint(portOf(node.ports, 'ws') ?? 9099), (ep) => urlOf('ws', ep, 'ws')),
    },
    keyValidator: keyValidatorView(node, km, kmUrl, spec),
    // S0.4: revocation goes through the gateway (worker or its balancer) so its token cache is cleared.
    revokeApiUrl: remote(node, t.gatewayTraffic, LOCAL_REVOKE_URL, (ep) => urlOf('https', ep, 'nioHttps', '/revoke')),
    store: {
      url: remote(node, t.store, LOCAL_STORE_URL, (ep) => urlOf('https', ep, 'https', '/store')),
      serverUrl: remote(node, t.store, LOCAL_SERVICES_URL, services),
    },
    publisherUrl: remote(node, t.publisher, LOCAL_PUBLISHER_URL, (ep) => urlOf('https', ep, 'https', '/publisher')),
    throttling: throttlingView(node),
  }
  // S0.5: the key manager adds the end user's claims as a JWT; "Deploying WSO2 API-M in a Distributed
  // Setup" step 6.6.3: enable it in all Gateway and Key Manager components, with the same settings.
  if (jwt?.enabled && (km || JWT_GATEWAY_ROLES.has(node.role))) {
    view.jwt = {
      claimsRetrieverImplClass: DEFAULT_CLAIMS_RETRIEVER,
      consumerDialectUri: DEFAULT_CONSUMER_DIALECT,
      signatureAlgorithm: jwt.signatureAlgorithm ?? DEFAULT_SIGNATURE_ALGORITHM,
    }
  }
  if (keyManagerClient) view.keyManagerClient = keyManagerClient
  return view
}
