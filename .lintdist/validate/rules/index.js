import { artifactSync } from './artifact-sync.js';
import { autoConfigureKeyManager } from './auto-configure-key-manager.js';
import { clusteringScheme } from './clustering-scheme.js';
import { databaseHost } from './database-host.js';
import { defaultCredentials } from './default-credentials.js';
import { envReferences } from './env-references.js';
import { h2SingleNode } from './h2-single-node.js';
import { keyManagerLoadBalancer } from './key-manager-load-balancer.js';
import { keyManagerNodes } from './key-manager-nodes.js';
import { keyManagerPlatform } from './key-manager-platform.js';
import { loadBalancerPattern } from './load-balancer-pattern.js';
import { loopbackHosts } from './loopback-hosts.js';
import { microgatewayGrant } from './microgateway-grant.js';
import { microgatewayPlacement } from './microgateway-placement.js';
import { microgatewayRefresh } from './microgateway-refresh.js';
import { microgatewayRefreshFields } from './microgateway-refresh-fields.js';
import { microgatewaySecretReferences } from './microgateway-secret-references.js';
import { microgatewaySecurity } from './microgateway-security.js';
import { microgatewayTokenUrl } from './microgateway-token-url.js';
import { mutualTls } from './mutual-tls.js';
import { patternMatchesRoles } from './pattern-roles.js';
import { referenceSyntax } from './reference-syntax.js';
import { roleOnPlatform } from './role-on-platform.js';
import { safeNodeNames } from './safe-node-names.js';
import { tenantSharing } from './tenant-sharing.js';
import { thirdPartySettings } from './third-party-settings.js';
import { uniqueNodeNames } from './unique-node-names.js';
import { xmlCharacters } from './xml-characters.js';
/** Every semantic check, in no particular order (findings are sorted by position later). */
export const rules = [
    uniqueNodeNames,
    safeNodeNames,
    roleOnPlatform,
    patternMatchesRoles,
    loopbackHosts,
    h2SingleNode,
    databaseHost,
    keyManagerPlatform,
    keyManagerNodes,
    keyManagerLoadBalancer,
    thirdPartySettings,
    tenantSharing,
    autoConfigureKeyManager,
    mutualTls,
    referenceSyntax,
    envReferences,
    xmlCharacters,
    defaultCredentials,
    microgatewayPlacement,
    microgatewaySecurity,
    microgatewayGrant,
    microgatewayRefresh,
    microgatewayRefreshFields,
    microgatewayTokenUrl,
    microgatewaySecretReferences,
    artifactSync,
    clusteringScheme,
    loadBalancerPattern,
];
/** Runs every rule over a schema-valid spec. */
export function checkRules(spec, opts = {}) {
    return rules.flatMap((rule) => rule(spec, opts));
}
