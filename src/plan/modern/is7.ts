/**
 * deployment.toml decisions of an Identity Server 7.2.0 key manager node (seed 002, FACTS 6):
 * notifications to API Manager's control plane, mutual TLS trust of API Manager's client
 * certificate, tenant sync towards API Manager, and Hazelcast between IS nodes.
 */
import type { Spec } from '../../model/spec.js'
import type { NodePlan, TopologyPlan } from '../types.js'
import { adminOf, balancerOf, databasesOf, proxyPortsOf, secretsIn, storesOf, urlAt } from './common.js'
import type { Is7TomlPlan, NotifyListenerPlan } from './types.js'
import { bracketHost, hostPort } from '../address.js'

const NOTIFY_PATH = '/internal/data/v1/notify'

/** Pushes revoked tokens to API Manager (the header names the key manager type, PITFALL 16). */
function revocationListener(endpoint: string, spec: Spec): NotifyListenerPlan {
  const admin = adminOf(spec)
  return {
    id: 'token_revocation',
    type: 'org.wso2.carbon.identity.core.handler.AbstractIdentityHandler',
    name: 'org.wso2.is.notification.ApimOauthEventInterceptor',
    order: 1,
    notificationEndpoint: endpoint,
    username: admin.username,
    password: admin.password,
    keyManagerHeader: 'WSO2-IS',
  }
}

/** S2.3: tenants created, updated, enabled or disabled in IS are sent to API Manager. */
function tenantSyncListener(endpoint: string, spec: Spec): NotifyListenerPlan | undefined {
  const ts = spec.tenantSharing
  if (ts?.direction !== 'is-to-apim') return undefined
  return {
    id: 'tenant_creation',
    type: 'org.wso2.carbon.user.core.listener.UserOperationEventListener',
    name: 'org.wso2.carbon.identity.mgt.listener.TenantSyncListener',
    order: 1,
    notificationEndpoint: endpoint,
    username: ts.username ?? 'admin',
    password: ts.password ?? 'admin',
    keyManagerHeader: 'TENANT_MANAGEMENT',
  }
}

/** S2.1 and S2.2: API Manager calls IS REST APIs with its client certificate. */
function clientCertificateAuth(spec: Spec): Is7TomlPlan['clientCertificateAuth'] {
  const m = spec.mutualTls
  return {
    ...(m?.logClientCertInfo !== undefined ? { logClientCertInfo: m.logClientCertInfo } : {}),
    mappings: m?.trustedIssuer
      ? [{ trustedIssuer: m.trustedIssuer, certThumbprint: m.certThumbprint ?? '*', allowedUsernames: m.allowedUsernames ?? ['*'] }]
      : [],
  }
}

/** Kubernetes is not built into the agent: it needs the scheme class and where to look for pods (FACTS 2.1). */
const KUBERNETES_PROPERTIES = (services: string): Record<string, string | boolean> => ({
  membershipSchemeClassName: 'org.wso2.carbon.membership.scheme.kubernetes.KubernetesMembershipScheme',
  KUBERNETES_NAMESPACE: 'default',
  KUBERNETES_SERVICES: services,
  KUBERNETES_MASTER_SKIP_SSL_VERIFICATION: true,
  USE_DNS: false,
})

function clusteringOf(node: NodePlan): Is7TomlPlan['clustering'] {
  const c = node.cluster
  if (!c) return undefined
  return {
    membershipScheme: c.scheme,
    domain: c.domain,
    localMemberHost: c.localMemberHost,
    localMemberPort: c.localMemberPort,
    members: c.scheme === 'wka' ? c.members.map((m) => hostPort(m.host, m.port)) : [],
    properties: c.scheme === 'kubernetes' ? KUBERNETES_PROPERTIES(c.members.map((m) => m.node).join(',')) : {},
  }
}

export function planIs7Toml(node: NodePlan, topology: TopologyPlan, spec: Spec): Is7TomlPlan {
  const km = node.targets.keyManager
  // Behind the key manager balancer only when the topology reaches IS through it.
  const lb = km?.viaLoadBalancer ? balancerOf(topology, node, 'key-manager') : undefined
  const cp = node.targets.controlPlane
  if (!cp) throw new Error('apim-4.7.0 plan: the control plane target is missing')
  const notify = urlAt('https', cp, 'https', NOTIFY_PATH)
  const sync = tenantSyncListener(notify, spec)
  const clustering = clusteringOf(node)
  const plan: Omit<Is7TomlPlan, 'secrets'> = {
    product: 'is-7.2.0',
    server: { hostname: bracketHost(lb ? lb.host : node.host), nodeIp: node.host, offset: node.portOffset },
    admin: adminOf(spec),
    databases: databasesOf(node),
    stores: storesOf(spec, true),
    ...(lb ? { proxyPorts: proxyPortsOf(lb) } : {}),
    eventListeners: [revocationListener(notify, spec), ...(sync ? [sync] : [])],
    clientCertificateAuth: clientCertificateAuth(spec),
    ...(clustering ? { clustering } : {}),
  }
  return { ...plan, secrets: secretsIn(plan) }
}
