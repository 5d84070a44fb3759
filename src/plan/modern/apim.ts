/**
 * deployment.toml decisions of an API Manager 4.7.0 node: who it reaches for key validation,
 * events and throttling, where its publisher deploys APIs, and which HA peers it duplicates to.
 * Every URL carries the effective port of the node it points at (a `${…}` placeholder would resolve
 * with this node's own offset).
 */
import type { Spec } from '../../model/spec.js'
import type { Endpoint, NodePlan, TopologyPlan } from '../types.js'
import { adminOf, balancerOf, databasesOf, httpsBase, proxyPortsOf, secretsIn, storesOf, urlAt } from './common.js'
import type { ApimTomlPlan, EventHubPlan, GatewayEnvironmentPlan, NotifyListenerPlan, TenantSharingPlan, ThrottlingPlan, UrlGroupPlan } from './types.js'
import { bracketHost, serviceUrl } from '../address.js'

/** Credentials the product resolves from its own `[super_admin]` table. */
const ADMIN_REF = { username: '$ref{super_admin.username}', password: '$ref{super_admin.password}' } as const

/** The one gateway environment (and label) this tool configures. */
export const GATEWAY_ENVIRONMENT = 'Default'

const SERVICES_PATH = '/services/'
const NOTIFY_PATH = '/internal/data/v1/notify'

const servicesUrl = (ep: Endpoint): string => urlAt('https', ep, 'https', SERVICES_PATH)
const jmsUrl = (ep: Endpoint): string => urlAt('tcp', ep, 'jms')
const binaryGroup = (ep: Endpoint): UrlGroupPlan => ({ urls: [urlAt('tcp', ep, 'binaryTcp')], authUrls: [urlAt('ssl', ep, 'binarySsl')] })
const others = (eps: readonly Endpoint[], node: NodePlan): Endpoint[] => eps.filter((e) => e.node !== node.name)
const self = (eps: readonly Endpoint[], node: NodePlan): Endpoint | undefined => eps.find((e) => e.node === node.name)

const runsGateway = (node: NodePlan): boolean => node.role === 'gateway' || node.role === 'all-in-one'
const runsPublisher = (node: NodePlan): boolean => node.role === 'control-plane' || node.role === 'all-in-one'

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`apim-4.7.0 plan: ${what} is missing`)
  return value
}

/** `[server] hostname`: the balancer name for the traffic the role serves, else the node's host. */
function hostnameOf(node: NodePlan, topology: TopologyPlan): string {
  const lb = balancerOf(topology, node, 'apim')
  if (!lb) return node.host
  return node.role === 'gateway' ? lb.gatewayHost : lb.host
}

/**
 * `[apim.event_hub]`: gateways and traffic managers listen to the control planes' JMS brokers.
 * Control planes in HA duplicate their events to each other and publish to every control plane's
 * binary receiver (one group each).
 */
function eventHubOf(node: NodePlan): EventHubPlan | undefined {
  const { controlPlane, controlPlanes } = node.targets
  const cp = required(controlPlane, 'the control plane target')
  const base = { serviceUrl: servicesUrl(cp), ...ADMIN_REF }
  if (node.role === 'gateway' || node.role === 'traffic-manager') {
    return { ...base, listeningEndpoints: controlPlanes.map(jmsUrl), duplicateUrls: [], publishGroups: [] }
  }
  const me = self(controlPlanes, node)
  if (node.role === 'control-plane' && me && controlPlanes.length > 1) {
    return {
      ...base,
      listeningEndpoints: [jmsUrl(me)],
      duplicateUrls: others(controlPlanes, node).map(jmsUrl),
      publishGroups: controlPlanes.map(binaryGroup),
    }
  }
  return undefined
}

/**
 * `[apim.throttling]`. A node with a gateway publishes to every traffic manager (one group per
 * traffic manager, so each one counts every request) and reads decisions from their brokers.
 * Traffic managers in HA (dedicated ones, or all-in-one nodes acting as such) duplicate decisions
 * to their peers. An all-in-one node that is its own only traffic manager keeps the local defaults.
 */
function throttlingOf(node: NodePlan): ThrottlingPlan | undefined {
  const tms = node.targets.trafficManagers
  const me = self(tms, node)
  const peers = me ? others(tms, node) : []
  const duplicateUrls = peers.map(jmsUrl)
  if (!runsGateway(node)) {
    return duplicateUrls.length > 0 ? { decisionEndpoints: [], duplicateUrls, urlGroups: [] } : undefined
  }
  if (tms.length === 0 || (me && peers.length === 0)) return undefined
  const urlGroups = tms.map((tm): UrlGroupPlan => ({ ...binaryGroup(tm), type: 'loadbalance' }))
  if (me) {
    // All-in-one peers: each broker receives every decision through the duplicates, so read the local one.
    return { decisionEndpoints: [], duplicateUrls, urlGroups }
  }
  return { serviceUrl: servicesUrl(tms[0]!), ...ADMIN_REF, decisionEndpoints: tms.map(jmsUrl), duplicateUrls, urlGroups }
}

/**
 * `[[apim.gateway.environment]]` of a publishing node: management URL of the dedicated gateway
 * (the node itself when it is an all-in-one node without dedicated gateways), traffic URLs of the
 * gateway entry point (the gateway load balancer when there is one).
 */
function environmentsOf(node: NodePlan, topology: TopologyPlan): GatewayEnvironmentPlan[] {
  if (!runsPublisher(node)) return []
  const dedicated = topology.nodes.some((n) => n.role === 'gateway')
  const mine = self(node.targets.gateways, node)
  const management = dedicated || !mine ? required(node.targets.gatewayManagement, 'the gateway management target') : mine
  const traffic = required(node.targets.gatewayTraffic, 'the gateway traffic target')
  return [
    {
      name: GATEWAY_ENVIRONMENT,
      serviceUrl: servicesUrl(management),
      httpEndpoint: urlAt('http', traffic, 'nioHttp'),
      httpsEndpoint: urlAt('https', traffic, 'nioHttps'),
      wsEndpoint: urlAt('ws', traffic, 'ws'),
      wssEndpoint: urlAt('wss', traffic, 'wss'),
    },
  ]
}

/** @default the cache invalidation domain of API Manager nodes in HA when `clustering.domain` is not given */
export const DEFAULT_CACHE_INVALIDATION_DOMAIN = 'wso2.am.domain'

/** Publishing nodes that have a publishing peer invalidate each other's caches (docs-apim "Configuring an Active-Active Deployment"). */
export function cacheInvalidationOf(node: NodePlan, spec: Spec): ApimTomlPlan['cacheInvalidation'] {
  const cps = node.targets.controlPlanes
  if (!runsPublisher(node) || !self(cps, node) || others(cps, node).length === 0) return undefined
  return { domain: spec.clustering?.domain ?? DEFAULT_CACHE_INVALIDATION_DOMAIN }
}

/** S2.5 (and the key manager auto-configuration of S2.7 without sync): `[[apim.tenant_sharing]]` on publishing nodes. */
function tenantSharingOf(node: NodePlan, spec: Spec): TenantSharingPlan | undefined {
  const ts = spec.tenantSharing
  if (!ts || spec.keyManager?.type !== 'is7' || !runsPublisher(node)) return undefined
  const push = ts.direction === 'apim-to-is'
  const auto = ts.autoConfigureKeyManager === true
  if (!push && !auto) return undefined
  const is = required(node.targets.keyManager, 'the Identity Server target')
  // Without sync the account is API Manager's own (the spec names the IS account only for apim-to-is).
  const account = push ? { username: ts.username ?? 'admin', password: ts.password ?? 'admin' } : adminOf(spec)
  return { type: 'WSO2-IS-7', enableTenantSync: push, ...account, identityServerBaseUrl: httpsBase(is), autoConfigureKeyManager: auto }
}

/** The resident key manager notifies its own node of revoked tokens (the pack's stock listener, without localhost). */
function revocationListenerOf(node: NodePlan): NotifyListenerPlan | undefined {
  if (!runsPublisher(node)) return undefined
  const https = node.ports.find((p) => p.service === 'https')!.effective
  return {
    id: 'token_revocation',
    type: 'org.wso2.carbon.identity.core.handler.AbstractIdentityHandler',
    name: 'org.wso2.is.notification.ApimOauthEventInterceptor',
    order: 1,
    notificationEndpoint: serviceUrl('https', node.host, https, NOTIFY_PATH),
    username: '${admin.username}',
    password: '${admin.password}',
    keyManagerHeader: 'default',
  }
}

export function planApimToml(node: NodePlan, topology: TopologyPlan, spec: Spec): ApimTomlPlan {
  const cp = required(node.targets.controlPlane, 'the control plane target')
  const lb = runsPublisher(node) ? balancerOf(topology, node, 'apim') : undefined
  const autoConfigure = spec.keyManager?.type === 'is7' && spec.tenantSharing?.autoConfigureKeyManager === true
  const eventHub = eventHubOf(node)
  const cacheInvalidation = cacheInvalidationOf(node, spec)
  const throttling = throttlingOf(node)
  const tenantSharing = tenantSharingOf(node, spec)
  const revocationListener = revocationListenerOf(node)
  const plan: Omit<ApimTomlPlan, 'secrets'> = {
    product: 'apim-4.7.0',
    profile: node.profile,
    server: { hostname: bracketHost(hostnameOf(node, topology)), nodeIp: node.host, offset: node.portOffset, serverRole: node.profile },
    admin: adminOf(spec),
    databases: databasesOf(node),
    stores: storesOf(spec, false),
    ...(lb ? { proxyPorts: proxyPortsOf(lb) } : {}),
    dotlessTenantDomains: spec.tenantSharing?.dotlessTenantDomains === true && runsPublisher(node),
    keyManager: { serviceUrl: servicesUrl(cp), ...ADMIN_REF, skipCreateResidentKeyManager: autoConfigure },
    ...(eventHub ? { eventHub } : {}),
    ...(cacheInvalidation ? { cacheInvalidation } : {}),
    gatewayEnvironments: environmentsOf(node, topology),
    gatewayLabels: runsGateway(node) ? [GATEWAY_ENVIRONMENT] : [],
    ...(throttling ? { throttling } : {}),
    ...(runsPublisher(node) ? { devportalUrl: `${httpsBase(cp)}/devportal` } : {}),
    ...(tenantSharing ? { tenantSharing } : {}),
    ...(revocationListener ? { revocationListener } : {}),
  }
  return { ...plan, secrets: secretsIn(plan) }
}
