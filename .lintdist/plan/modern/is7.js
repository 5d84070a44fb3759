import { adminOf, balancerOf, databasesOf, proxyPortsOf, secretsIn, storesOf, urlAt } from './common.js';
const NOTIFY_PATH = '/internal/data/v1/notify';
/** Pushes revoked tokens to API Manager (the header names the key manager type, PITFALL 16). */
function revocationListener(endpoint, spec) {
    const admin = adminOf(spec);
    return {
        id: 'token_revocation',
        type: 'org.wso2.carbon.identity.core.handler.AbstractIdentityHandler',
        name: 'org.wso2.is.notification.ApimOauthEventInterceptor',
        order: 1,
        notificationEndpoint: endpoint,
        username: admin.username,
        password: admin.password,
        keyManagerHeader: 'WSO2-IS',
    };
}
/** S2.3: tenants created, updated, enabled or disabled in IS are sent to API Manager. */
function tenantSyncListener(endpoint, spec) {
    const ts = spec.tenantSharing;
    if (ts?.direction !== 'is-to-apim')
        return undefined;
    return {
        id: 'tenant_creation',
        type: 'org.wso2.carbon.user.core.listener.UserOperationEventListener',
        name: 'org.wso2.carbon.identity.mgt.listener.TenantSyncListener',
        order: 1,
        notificationEndpoint: endpoint,
        username: ts.username ?? 'admin',
        password: ts.password ?? 'admin',
        keyManagerHeader: 'TENANT_MANAGEMENT',
    };
}
/** S2.1 and S2.2: API Manager calls IS REST APIs with its client certificate. */
function clientCertificateAuth(spec) {
    const m = spec.mutualTls;
    return {
        ...(m?.logClientCertInfo !== undefined ? { logClientCertInfo: m.logClientCertInfo } : {}),
        mappings: m?.trustedIssuer
            ? [{ trustedIssuer: m.trustedIssuer, certThumbprint: m.certThumbprint ?? '*', allowedUsernames: m.allowedUsernames ?? ['*'] }]
            : [],
    };
}
function clusteringOf(node) {
    const c = node.cluster;
    if (!c)
        return undefined;
    return {
        membershipScheme: c.scheme,
        domain: c.domain,
        localMemberHost: c.localMemberHost,
        localMemberPort: c.localMemberPort,
        members: c.members.map((m) => `${m.host}:${m.port}`),
    };
}
export function planIs7Toml(node, topology, spec) {
    const km = node.targets.keyManager;
    // Behind the key manager balancer only when the topology reaches IS through it.
    const lb = km?.viaLoadBalancer ? balancerOf(topology, node, 'key-manager') : undefined;
    const cp = node.targets.controlPlane;
    if (!cp)
        throw new Error('apim-4.7.0 plan: the control plane target is missing');
    const notify = urlAt('https', cp, 'https', NOTIFY_PATH);
    const sync = tenantSyncListener(notify, spec);
    const clustering = clusteringOf(node);
    const plan = {
        product: 'is-7.2.0',
        server: { hostname: lb ? lb.host : node.host, nodeIp: node.host, offset: node.portOffset },
        admin: adminOf(spec),
        databases: databasesOf(node),
        stores: storesOf(spec, true),
        ...(lb ? { proxyPorts: proxyPortsOf(lb) } : {}),
        eventListeners: [revocationListener(notify, spec), ...(sync ? [sync] : [])],
        clientCertificateAuth: clientCertificateAuth(spec),
        ...(clustering ? { clustering } : {}),
    };
    return { ...plan, secrets: secretsIn(plan) };
}
