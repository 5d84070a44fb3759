/**
 * View-ready decisions for the Carbon-level XML files of API Manager 2.6.0, IS as Key Manager 5.7.0
 * and Open Banking KM 1.5 (carbon.xml, axis2.xml, registry.xml, user-mgt.xml,
 * master-datasources.xml). A field named `…password` holds the element text; its `…SecretAlias` twin
 * holds the secure-vault alias (`svns:secretAlias`) when the spec gave `$secret{alias}`, else null.
 */

export interface KeyStoreView {
  location: string
  type: string
  password: string
  passwordSecretAlias: string | null
  keyAlias: string
  keyPassword: string
  keyPasswordSecretAlias: string | null
}

export interface TrustStoreView {
  location: string
  type: string
  password: string
  passwordSecretAlias: string | null
}

export interface CarbonView {
  /** Declare the secure-vault namespace on the root element. */
  secureVault: boolean
  hostName: string
  mgtHostName: string
  offset: number
  forceLocalCache: boolean
  keyStore: KeyStoreView
  internalKeyStore: KeyStoreView
  trustStore: TrustStoreView
}

export interface ClusterMemberView {
  hostName: string
  port: number
}

export interface ClusteringView {
  enabled: boolean
  membershipScheme: string
  domain: string
  localMemberHost: string
  localMemberPort: number
  subDomain: string
  /** Scheme-specific parameters (kubernetes), in output order. */
  schemeParameters: { name: string; value: string }[]
  members: ClusterMemberView[]
}

export interface Axis2View {
  secureVault: boolean
  clustering: ClusteringView
  /** PassThrough HTTPS listener and sender stores (API Manager only). */
  keyStore: KeyStoreView
  trustStore: TrustStoreView
}

export interface DatasourceView {
  name: string
  description: string
  jndiName: string
  url: string
  username: string
  usernameSecretAlias: string | null
  password: string
  passwordSecretAlias: string | null
  driverClassName: string
  maxActive: number
  maxWait: number
  testOnBorrow: boolean
  validationQuery: string
  validationInterval: number
  /** Omitted from the file when null (the pack's entry has none). */
  defaultAutoCommit: { value: boolean } | null
}

export interface DatasourcesView {
  secureVault: boolean
  datasources: DatasourceView[]
}

export interface LdapStoreView {
  connectionUrl: string
}

export interface UserMgtView {
  secureVault: boolean
  /** Realm/Configuration/Property[@name='dataSource']. */
  dataSource: string
  adminUsername: string
  adminPassword: string
  adminPasswordSecretAlias: string | null
  /** Exactly one of the two user stores is set. */
  jdbcStore: boolean
  ldapStore: LdapStoreView | null
}

export interface RegistryDbConfigView {
  name: string
  dataSource: string
}

export interface RemoteInstanceView {
  url: string
  id: string
  dbConfig: string
  readOnly: boolean
  enableCache: boolean
  registryRoot: string
  cacheId: string
}

export interface MountView {
  path: string
  overwrite: boolean
  instanceId: string
  targetPath: string
}

export interface RegistryView {
  /** indexingConfiguration/startIndexing (off where the node's profile turns it off). */
  startIndexing: boolean
  dbConfigs: RegistryDbConfigView[]
  remoteInstances: RemoteInstanceView[]
  mounts: MountView[]
}

/** `node.sections['legacy-carbon']`. */
export interface LegacyCarbonSection {
  carbon: CarbonView
  axis2: Axis2View
  datasources: DatasourcesView
  userMgt: UserMgtView
  registry: RegistryView
  /** Every secure-vault alias the node's five files use, sorted: entries for the cipher tool. */
  secretAliases: string[]
  /**
   * Aliases the product reads under a fixed name (secret.ts FIXED_ALIAS), each with the spec alias
   * whose value it must hold in cipher-text.properties.
   */
  secretSources: { alias: string; holds: string }[]
}
