/**
 * SectionPlanner `legacy-carbon`: per node of API Manager 2.6.0, IS as Key Manager 5.7.0 and Open
 * Banking KM 1.5, every value carbon.xml, axis2.xml, registry.xml, user-mgt.xml and
 * master-datasources.xml need, ready for the templates.
 */
import type { Finding } from '../diagnostics/diagnostic.js'
import type { Spec } from '../model/spec.js'
import { clusteringView } from './legacy-carbon/clustering.js'
import { datasourceViews } from './legacy-carbon/datasources.js'
import { announcedHost } from './legacy-carbon/hosts.js'
import { carbonStoresOf, storesOf } from './legacy-carbon/keystores.js'
import { registryView } from './legacy-carbon/registry.js'
import { aliasesIn, FIXED_ALIAS } from './legacy-carbon/secret.js'
import type { LegacyCarbonSection } from './legacy-carbon/types.js'
import { sharedLdapSource, userMgtView } from './legacy-carbon/user-store.js'
import type { SectionPlanner } from './sections.js'
import type { NodePlan, Product, TopologyPlan } from './types.js'
import { bracketHost } from './address.js'

export type { LegacyCarbonSection } from './legacy-carbon/types.js'

export const LEGACY_CARBON = 'legacy-carbon'

/** Products whose Carbon-level files this section describes. */
export const LEGACY_CARBON_PRODUCTS: readonly Product[] = ['apim-2.6.0', 'is-km-5.7.0', 'ob-km-1.5.0']

const withVault = <T extends object>(view: T): T & { secureVault: boolean } => ({ secureVault: aliasesIn(view).length > 0, ...view })

const sortedPairs = (r: Record<string, string>): { alias: string; holds: string }[] =>
  Object.entries(r)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([alias, holds]) => ({ alias, holds }))

export function planLegacyCarbon(node: NodePlan, topology: TopologyPlan, spec: Spec): LegacyCarbonSection | undefined {
  if (!LEGACY_CARBON_PRODUCTS.includes(node.product)) return undefined
  // Carbon builds its URLs as https:// + HostName + : + port (carbon-ui CarbonUIUtil.getAdminConsoleURL): an IPv6 name in brackets.
  const host = bracketHost(announcedHost(node, topology))
  const carbonStores = carbonStoresOf(spec.keystore)
  const axis2Stores = storesOf(spec.keystore, '')
  const carbon = withVault({
    hostName: host,
    mgtHostName: host,
    offset: node.portOffset,
    // S3.6: clustered nodes keep local caches and invalidate them over Hazelcast.
    forceLocalCache: node.cluster !== undefined,
    keyStore: carbonStores.keyStore,
    internalKeyStore: carbonStores.internalKeyStore,
    trustStore: carbonStores.trustStore,
  })
  // The cluster member list holds no secret, and walking it on every node made planning quadratic.
  const axis2 = { secureVault: aliasesIn(axis2Stores).length > 0, clustering: clusteringView(node), ...axis2Stores }
  const datasources = withVault({ datasources: datasourceViews(node) })
  const { adminPasswordSource, ...userMgtFields } = userMgtView(node, topology, spec)
  const userMgt = withVault(userMgtFields)
  const registry = registryView(node)
  const files = { carbon, axis2, datasources, userMgt, registry }
  const secretSources: Record<string, string> = { ...carbonStores.secretSources }
  if (adminPasswordSource !== null) secretSources[FIXED_ALIAS.adminPassword] = adminPasswordSource
  // A 2.6.0 traffic manager keeps its profile's axis2.xml (files.ts): its stores name no alias.
  const written = node.product === 'apim-2.6.0' && node.role === 'traffic-manager' ? { ...files, axis2: null } : { ...files, axis2: axis2Stores }
  return { ...files, secretAliases: aliasesIn(written), secretSources: sortedPairs(secretSources) }
}

function checkSharedLdap(topology: TopologyPlan, spec: Spec): Finding[] {
  if (spec.platform !== 'apim-2.6.0' || !spec.keyManager?.sharedLdap) return []
  const pointer = '/keyManager/sharedLdap'
  const source = sharedLdapSource(topology, spec)
  if (!source) {
    return [
      {
        severity: 'warning',
        rule: 'topology/shared-ldap-unavailable',
        pointer,
        message: 'sharedLdap has no effect: no IS-KM or OB-KM key manager node provides an embedded LDAP',
        hint: 'use keyManager.type is-km or ob-km with a key-manager node, or remove sharedLdap',
      },
    ]
  }
  const kms = topology.nodes.filter((n) => n.role === 'key-manager')
  if (kms.length < 2) return []
  return [
    {
      severity: 'warning',
      rule: 'topology/shared-ldap-ha',
      pointer,
      message: `each key manager runs its own embedded LDAP; API Manager nodes read the one on ${source.name} only, so users created elsewhere are not shared`,
      hint: 'with several key managers use an external LDAP, or leave sharedLdap off so every node shares the user database',
    },
  ]
}

export const legacyCarbonPlanner: SectionPlanner = {
  id: LEGACY_CARBON,
  node: planLegacyCarbon,
  check: checkSharedLdap,
}
