/**
 * Secure vault for the XML model: a whole value `$secret{alias}` becomes the element text
 * `password` with `svns:secretAlias="alias"` on the element; the server reads the real value from
 * its secret repository (filled by the cipher tool).
 *
 * Most readers resolve whatever alias the element's `svns:secretAlias` names (ndatasource
 * DataSourceUtils, Synapse SecureVaultValueReader for the axis2.xml stores, carbon-apimgt
 * APIManagerConfiguration through MiscellaneousUtil.resolve). A few ignore the attribute and look up
 * one fixed alias: those values are written under that name, see FIXED_ALIAS.
 */

const SECRET = /^\$secret\{([A-Za-z0-9_.-]+)\}$/

/**
 * Aliases the product decrypts under a fixed name (carbon-kernel 4.4.x):
 * - RealmConfigXMLProcessor resolves the realm's admin password only as `UserManager.AdminUser.Password`
 *   and each user store property only as `UserStoreManager.Property.<name>`;
 * - ServerConfiguration resolves a carbon.xml element only as `Carbon.` + its element path.
 */
export const FIXED_ALIAS = {
  adminPassword: 'UserManager.AdminUser.Password',
  userStoreConnectionPassword: 'UserStoreManager.Property.ConnectionPassword',
  keyStorePassword: 'Carbon.Security.KeyStore.Password',
  keyStoreKeyPassword: 'Carbon.Security.KeyStore.KeyPassword',
  internalKeyStorePassword: 'Carbon.Security.InternalKeyStore.Password',
  internalKeyStoreKeyPassword: 'Carbon.Security.InternalKeyStore.KeyPassword',
  trustStorePassword: 'Carbon.Security.TrustStore.Password',
} as const

/** Element text and alias for one spec value. */
export function vaultValue(value: string): { text: string; alias: string | null } {
  const m = SECRET.exec(value)
  return m ? { text: 'password', alias: m[1]! } : { text: value, alias: null }
}

/** The spec alias a `$secret{…}` value names, or null. */
export function specAlias(value: string): string | null {
  return SECRET.exec(value)?.[1] ?? null
}

/**
 * For an element the product reads under a fixed alias: the element text, the fixed alias when the
 * spec vaults the value, and which spec alias holds the value.
 */
export function fixedVaultValue(value: string, fixed: string): { text: string; alias: string | null; source: string | null } {
  const source = specAlias(value)
  return source ? { text: 'password', alias: fixed, source } : { text: value, alias: null, source: null }
}

/** Every alias held by `…SecretAlias` fields anywhere in a view, sorted and unique. */
export function aliasesIn(view: unknown): string[] {
  const found = new Set<string>()
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'string') {
      if (key.endsWith('SecretAlias')) found.add(v)
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key))
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k)
  }
  walk(view, '')
  return [...found].sort()
}
