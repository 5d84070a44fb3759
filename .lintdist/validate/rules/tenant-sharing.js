import { error, keyManagerType } from './helpers.js';
const RULE = 'topology/tenant-sharing';
/** Tenant sharing exists only between API Manager 4.7.0 and Identity Server 7 and needs an account. */
export const tenantSharing = (spec) => {
    const sharing = spec.tenantSharing;
    if (!sharing)
        return [];
    const type = keyManagerType(spec);
    if (spec.platform !== 'apim-4.7.0') {
        return [error(RULE, '/tenantSharing', `tenantSharing works only with platform apim-4.7.0 and keyManager.type is7; this spec is ${spec.platform}`, 'remove tenantSharing')];
    }
    const findings = [];
    if (type !== 'is7') {
        findings.push(error(RULE, spec.keyManager ? '/keyManager/type' : '/tenantSharing', `tenantSharing needs keyManager.type is7 (Identity Server 7.2.0); the key manager type is ${type}`));
    }
    const missing = ['username', 'password'].filter((key) => sharing[key] === undefined);
    if (missing.length > 0) {
        findings.push(error(RULE, '/tenantSharing', `tenantSharing needs ${missing.join(' and ')} of the account that manages tenants on the other side`));
    }
    return findings;
};
