import * as common from './common.js';
import { IS7 } from './stock.js';
import { compact } from './table.js';
function clientCertificateAuth(p) {
    const c = p.clientCertificateAuth;
    return compact({
        enable: true,
        log_client_cert_info: c.logClientCertInfo,
        user_thumbprint_mapping: c.mappings.length > 0
            ? c.mappings.map((m) => ({ trusted_issuer: m.trustedIssuer, cert_thumbprint: m.certThumbprint, allowed_username: m.allowedUsernames }))
            : undefined,
    });
}
function clustering(p) {
    const c = p.clustering;
    if (!c)
        return undefined;
    return compact({
        membership_scheme: c.membershipScheme,
        domain: c.domain,
        local_member_host: c.localMemberHost,
        local_member_port: String(c.localMemberPort),
        members: c.membershipScheme === 'wka' ? c.members : undefined,
    });
}
export function is7TomlObject(p) {
    return compact({
        server: common.serverTable(p.server),
        super_admin: common.superAdminTable(p.admin),
        user_store: { ...IS7.userStore },
        database: common.databaseTables(p.databases),
        datasource: { AgentIdentity: { ...IS7.agentIdentityDatasource } },
        keystore: common.keystoreTable(p.stores),
        truststore: common.truststoreTable(p.stores),
        transport: common.transportTable(p.proxyPorts),
        account_recovery: { endpoint: { auth: { hash: IS7.accountRecoveryHash } } },
        identity: { auth_framework: { endpoint: { app_password: IS7.authFrameworkAppPassword } } },
        oauth: { authorize_all_scopes: true },
        resource: { access_control: [{ ...IS7.scimMeAccess, permissions: [], scopes: [] }] },
        role_mgt: { allow_system_prefix_for_role: true },
        event_listener: p.eventListeners.map(common.notifyListener),
        client_certificate_based_authentication: clientCertificateAuth(p),
        clustering: clustering(p),
        secrets: common.secretsTable(p.secrets),
    });
}
