/** Key store and trust store of a Carbon 4.4 node, from `spec.keystore` (pack defaults otherwise). */
import type { KeystoreSpec } from '../../model/spec.js'
import { FIXED_ALIAS, fixedVaultValue, vaultValue } from './secret.js'
import type { KeyStoreView, TrustStoreView } from './types.js'

/** @default the pack's wso2carbon.jks / client-truststore.jks, all passwords `wso2carbon` */
export const KEYSTORE_DEFAULTS = {
  file: 'wso2carbon.jks',
  password: 'wso2carbon',
  alias: 'wso2carbon',
  truststoreFile: 'client-truststore.jks',
  truststorePassword: 'wso2carbon',
} as const

const SECURITY_DIR = 'repository/resources/security/'

export interface Stores {
  keyStore: KeyStoreView
  trustStore: TrustStoreView
}

/** The stores with locations under `prefix` (`${carbon.home}/` in carbon.xml, empty in axis2.xml). */
export function storesOf(spec: KeystoreSpec | undefined, prefix: string): Stores {
  const k = spec ?? {}
  const password = vaultValue(k.password ?? KEYSTORE_DEFAULTS.password)
  // The key password defaults to the store password, as in the pack.
  const keyPassword = vaultValue(k.keyPassword ?? k.password ?? KEYSTORE_DEFAULTS.password)
  const trustPassword = vaultValue(k.truststorePassword ?? KEYSTORE_DEFAULTS.truststorePassword)
  return {
    keyStore: {
      location: prefix + SECURITY_DIR + (k.file ?? KEYSTORE_DEFAULTS.file),
      type: 'JKS',
      password: password.text,
      passwordSecretAlias: password.alias,
      keyAlias: k.alias ?? KEYSTORE_DEFAULTS.alias,
      keyPassword: keyPassword.text,
      keyPasswordSecretAlias: keyPassword.alias,
    },
    trustStore: {
      location: prefix + SECURITY_DIR + (k.truststoreFile ?? KEYSTORE_DEFAULTS.truststoreFile),
      type: 'JKS',
      password: trustPassword.text,
      passwordSecretAlias: trustPassword.alias,
    },
  }
}

export interface CarbonStores extends Stores {
  internalKeyStore: KeyStoreView
  /** Fixed alias -> the spec alias whose value it must hold. */
  secretSources: Record<string, string>
}

/**
 * The stores of carbon.xml: ServerConfiguration (carbon-kernel) decrypts an element only under the
 * alias `Carbon.` + its element path, so vaulted passwords carry those names.
 */
export function carbonStoresOf(spec: KeystoreSpec | undefined): CarbonStores {
  const k = spec ?? {}
  const { keyStore, trustStore } = storesOf(spec, '${carbon.home}/')
  const storePassword = k.password ?? KEYSTORE_DEFAULTS.password
  const keyPassword = k.keyPassword ?? storePassword
  const secretSources: Record<string, string> = {}
  const fixed = (value: string, alias: string) => {
    const v = fixedVaultValue(value, alias)
    if (v.source) secretSources[alias] = v.source
    return v
  }
  const store = (passwordAlias: string, keyPasswordAlias: string): KeyStoreView => {
    const password = fixed(storePassword, passwordAlias)
    const key = fixed(keyPassword, keyPasswordAlias)
    return { ...keyStore, password: password.text, passwordSecretAlias: password.alias, keyPassword: key.text, keyPasswordSecretAlias: key.alias }
  }
  const trust = fixed(k.truststorePassword ?? KEYSTORE_DEFAULTS.truststorePassword, FIXED_ALIAS.trustStorePassword)
  return {
    keyStore: store(FIXED_ALIAS.keyStorePassword, FIXED_ALIAS.keyStoreKeyPassword),
    internalKeyStore: store(FIXED_ALIAS.internalKeyStorePassword, FIXED_ALIAS.internalKeyStoreKeyPassword),
    trustStore: { ...trustStore, password: trust.text, passwordSecretAlias: trust.alias },
    secretSources,
  }
}
