import type { Finding } from '../../diagnostics/diagnostic.js'
import type { Spec } from '../../model/spec.js'
import { allowList } from './allow-list.js'
import { artifactSync } from './artifact-sync.js'
import { autoConfigureKeyManager } from './auto-configure-key-manager.js'
import { clusteringScheme } from './clustering-scheme.js'
import { databaseHost } from './database-host.js'
import { databaseIdentifierLength } from './database-identifier-length.js'
import { databaseScriptValue } from './database-script-value.js'
import { defaultCredentials } from './default-credentials.js'
import { envReferences } from './env-references.js'
import { h2SingleNode } from './h2-single-node.js'
import { keyManagerLoadBalancer } from './key-manager-load-balancer.js'
import { keyManagerNodes } from './key-manager-nodes.js'
import { keyManagerPlatform } from './key-manager-platform.js'
import { loadBalancerPattern } from './load-balancer-pattern.js'
import { loopbackHosts } from './loopback-hosts.js'
import { microgatewayGrant } from './microgateway-grant.js'
import { microgatewayGrantFields } from './microgateway-grant-fields.js'
import { microgatewayPlacement } from './microgateway-placement.js'
import { microgatewayRefresh } from './microgateway-refresh.js'
import { microgatewayRefreshFields } from './microgateway-refresh-fields.js'
import { microgatewayPairing } from './microgateway-pairing.js'
import { microgatewayReferences } from './microgateway-references.js'
import { microgatewaySecurity } from './microgateway-security.js'
import { microgatewayTokenUrl } from './microgateway-token-url.js'
import { mutualTls } from './mutual-tls.js'
import { patternMatchesRoles } from './pattern-roles.js'
import { referenceSyntax } from './reference-syntax.js'
import { roleOnPlatform } from './role-on-platform.js'
import { safeKeyManagerNames } from './safe-key-manager-names.js'
import { safeNodeNames } from './safe-node-names.js'
import { tenantSharing } from './tenant-sharing.js'
import { thirdPartySettings } from './third-party-settings.js'
import type { Rule, RuleOptions } from './types.js'
import { uniqueNodeNames } from './unique-node-names.js'
import { xmlCharacters } from './xml-characters.js'

export type { Rule, RuleOptions } from './types.js'

/** Every semantic check, in no particular order (findings are sorted by position later). */
export const rules: readonly Rule[] = [
  uniqueNodeNames,
  safeNodeNames,
  safeKeyManagerNames,
  roleOnPlatform,
  patternMatchesRoles,
  loopbackHosts,
  h2SingleNode,
  databaseHost,
  databaseIdentifierLength,
  databaseScriptValue,
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
  microgatewayGrantFields,
  microgatewayRefresh,
  microgatewayRefreshFields,
  microgatewayTokenUrl,
  microgatewayReferences,
  microgatewayPairing,
  artifactSync,
  clusteringScheme,
  loadBalancerPattern,
  allowList,
]

/** Runs every rule over a schema-valid spec. */
export function checkRules(spec: Spec, opts: RuleOptions = {}): Finding[] {
  return rules.flatMap((rule) => rule(spec, opts))
}
