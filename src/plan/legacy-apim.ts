/**
 * SectionPlanner `legacy-apim`: per node of API Manager 2.6.0, IS as Key Manager 5.7.0 and Open
 * Banking KM 1.5, every value api-manager.xml and identity/identity.xml need, ready for the templates.
 */
import type { Finding } from '../diagnostics/diagnostic.js'
import type { Spec } from '../model/spec.js'
import { apiManagerView } from './legacy-apim/api-manager.js'
import { identityView } from './legacy-apim/identity.js'
import { jndiView } from './legacy-apim/throttling.js'
import type { AdminView, LegacyApimSection } from './legacy-apim/types.js'
import { LEGACY_CARBON_PRODUCTS } from './legacy-carbon.js'
import { vaultValue } from './legacy-carbon/secret.js'
import { ADMIN_DEFAULTS } from './legacy-carbon/user-store.js'
import type { SectionPlanner } from './sections.js'
import type { NodePlan, TopologyPlan } from './types.js'

export type { LegacyApimSection } from './legacy-apim/types.js'

export const LEGACY_APIM = 'legacy-apim'

function adminView(spec: Spec): AdminView {
  const password = vaultValue(spec.admin?.password ?? ADMIN_DEFAULTS.password)
  return { username: spec.admin?.username ?? ADMIN_DEFAULTS.username, password: password.text, passwordSecretAlias: password.alias }
}

export function planLegacyApim(node: NodePlan, topology: TopologyPlan, spec: Spec): LegacyApimSection | undefined {
  if (!LEGACY_CARBON_PRODUCTS.includes(node.product)) return undefined
  const admin = adminView(spec)
  const apiManager = apiManagerView(node, topology, spec, admin)
  const aliases = new Set<string>(Object.values(apiManager.keyManagerClient?.configurationSecretAliases ?? {}))
  if (admin.passwordSecretAlias !== null) aliases.add(admin.passwordSecretAlias)
  const jndi = jndiView(node, { username: admin.username, password: spec.admin?.password ?? ADMIN_DEFAULTS.password })
  return { admin, apiManager, identity: identityView(node, topology), jndi, secretAliases: [...aliases].sort() }
}

/** A third-party key manager with neither all-in-one nor key-manager nodes leaves key validation nowhere. */
function checkKeyValidationHost(topology: TopologyPlan, spec: Spec): Finding[] {
  if (spec.platform !== 'apim-2.6.0' || topology.keyManagerType !== 'third-party') return []
  if (topology.nodes.some((n) => n.role === 'all-in-one' || n.role === 'key-manager')) return []
  return [
    {
      severity: 'warning',
      rule: 'topology/key-validation-host',
      pointer: '/keyManager/type',
      message:
        'with keyManager.type third-party and no all-in-one node, no node runs the key validation service; APIKeyValidator and AuthManager keep their own-node defaults',
      hint: 'run the API Manager as all-in-one nodes, which host key validation and delegate to the third-party server',
    },
  ]
}

export const legacyApimPlanner: SectionPlanner = {
  id: LEGACY_APIM,
  node: planLegacyApim,
  check: checkKeyValidationHost,
}
