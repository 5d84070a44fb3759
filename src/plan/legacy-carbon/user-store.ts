/**
 * user-mgt.xml: which database holds the realm (S0.6, S3.1) and which user store the node reads.
 * Nodes that share a user database keep their users in it (JDBC store) — key managers included, so
 * API Manager and its key manager see the same users. With `keyManager.sharedLdap`, API Manager nodes
 * read the key manager's embedded LDAP instead (S0.10) and the key manager keeps the pack's LDAP store.
 */
import type { Spec } from '../../model/spec.js'
import { portOf } from '../ports.js'
import type { NodePlan, TopologyPlan } from '../types.js'
import { FIXED_ALIAS, fixedVaultValue } from './secret.js'
import type { UserMgtView } from './types.js'
import { serviceUrl } from '../address.js'

/** Pack defaults. */
export const ADMIN_DEFAULTS = { username: 'admin', password: 'admin' } as const
const CARBON_DB_JNDI = 'jdbc/WSO2CarbonDB'
/** The embedded LDAP as the pack's key manager addresses it (its own port, offset applied by Carbon). */
const OWN_LDAP_URL = 'ldap://localhost:${Ports.EmbeddedLDAP.LDAPServerPort}'

/** Key manager products whose embedded LDAP other nodes can share. */
const LDAP_KEY_MANAGERS = new Set(['is-km-5.7.0', 'ob-km-1.5.0'])

/** The key manager node whose embedded LDAP the API Manager nodes read, when the spec asks for it. */
export function sharedLdapSource(topology: TopologyPlan, spec: Spec): NodePlan | undefined {
  if (!spec.keyManager?.sharedLdap) return undefined
  return topology.nodes.find((n) => n.role === 'key-manager' && LDAP_KEY_MANAGERS.has(n.product))
}

export function userMgtView(node: NodePlan, topology: TopologyPlan, spec: Spec): Omit<UserMgtView, 'secureVault'> & { adminPasswordSource: string | null } {
  const um = node.datasources.find((d) => d.kind === 'user' && d.shared)
  // RealmConfigXMLProcessor decrypts the admin password only under its fixed alias.
  const admin = fixedVaultValue(spec.admin?.password ?? ADMIN_DEFAULTS.password, FIXED_ALIAS.adminPassword)
  const ldapSource = sharedLdapSource(topology, spec)
  const isKeyManagerProduct = LDAP_KEY_MANAGERS.has(node.product)
  let jdbcStore: boolean
  let ldapStore: UserMgtView['ldapStore'] = null
  if (isKeyManagerProduct) {
    // The pack's key manager stores users in its embedded LDAP; with a shared user database it
    // must use that database instead, like the API Manager nodes.
    jdbcStore = !ldapSource && um !== undefined
    if (!jdbcStore) ldapStore = { connectionUrl: OWN_LDAP_URL }
  } else if (ldapSource) {
    jdbcStore = false
    ldapStore = { connectionUrl: serviceUrl('ldap', ldapSource.host, portOf(ldapSource.ports, 'ldap') ?? 10389) }
  } else {
    jdbcStore = true
  }
  return {
    dataSource: um ? um.jndi : CARBON_DB_JNDI,
    adminUsername: spec.admin?.username ?? ADMIN_DEFAULTS.username,
    adminPassword: admin.text,
    adminPasswordSecretAlias: admin.alias,
    adminPasswordSource: admin.source,
    jdbcStore,
    ldapStore,
  }
}
