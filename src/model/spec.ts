/**
 * The topology spec (v1): the public contract of DESIGN.md section 3, as TypeScript types.
 * A value of type `Spec` has passed the JSON Schema (schemas/topology.schema.json); defaults are
 * not applied here but in the planning stage.
 */

export const PLATFORMS = ['apim-2.6.0', 'apim-4.7.0'] as const
export type Platform = (typeof PLATFORMS)[number]

export const PATTERNS = ['single-node', 'active-active', 'distributed'] as const
export type Pattern = (typeof PATTERNS)[number]

export const KEY_MANAGER_TYPES = ['resident', 'is-km', 'ob-km', 'is7', 'third-party'] as const
export type KeyManagerType = (typeof KEY_MANAGER_TYPES)[number]

export const DATABASE_TYPES = ['h2', 'mysql', 'postgresql', 'mssql', 'oracle'] as const
export type DatabaseType = (typeof DATABASE_TYPES)[number]

export const CLUSTERING_SCHEMES = ['wka', 'multicast', 'kubernetes', 'aws', 'none'] as const
export type ClusteringScheme = (typeof CLUSTERING_SCHEMES)[number]

export const ROLES_BY_PLATFORM = {
  'apim-2.6.0': [
    'all-in-one',
    'publisher',
    'store',
    'gateway-manager',
    'gateway-worker',
    'key-manager',
    'traffic-manager',
    'microgateway',
  ],
  'apim-4.7.0': ['all-in-one', 'control-plane', 'gateway', 'traffic-manager', 'key-manager', 'microgateway'],
} as const satisfies Record<Platform, readonly string[]>

export type Role26 = (typeof ROLES_BY_PLATFORM)['apim-2.6.0'][number]
export type Role47 = (typeof ROLES_BY_PLATFORM)['apim-4.7.0'][number]
export type Role = Role26 | Role47
export const ALL_ROLES: readonly Role[] = [
  ...new Set<Role>([...ROLES_BY_PLATFORM['apim-2.6.0'], ...ROLES_BY_PLATFORM['apim-4.7.0']]),
]

/** A load balancer in front of a group of nodes. */
export interface LoadBalancerSpec {
  /** The external DNS name clients and other nodes use. */
  host: string
  /** HTTPS port the balancer listens on (default 443). */
  port?: number
  /** HTTP port the balancer listens on (default 80). */
  httpPort?: number
  /** Certificate and key paths on the load balancer host (Nginx `ssl_certificate`, `ssl_certificate_key`). */
  certificate?: string
  certificateKey?: string
  /** Separate DNS name for gateway (NIO) traffic; defaults to `host`. */
  gatewayHost?: string
  /** Separate DNS name for the management console of the manager node; optional. */
  managementHost?: string
}

export interface JwtSpec {
  enabled: boolean
  signatureAlgorithm?: 'NONE' | 'SHA256withRSA'
}

export const THIRD_PARTY_CONNECTORS = ['okta', 'keycloak', 'auth0', 'pingfederate', 'forgerock', 'azure-ad'] as const
export type ThirdPartyConnector = (typeof THIRD_PARTY_CONNECTORS)[number]

export interface ThirdPartySpec {
  /** apim-2.6.0: the KeyManager implementation class (APIKeyManager/KeyManagerClientImpl). */
  clientImpl?: string
  /** apim-2.6.0: the key validation handler class (APIKeyValidator/KeyValidationHandlerClassName). */
  validationHandler?: string
  /** apim-2.6.0: child elements of APIKeyManager/Configuration, written in sorted key order (output never depends on input key order). */
  properties?: Record<string, string>
  /** apim-2.6.0: the jar that holds clientImpl, named in the generated README. */
  jar?: string
  /** apim-4.7.0: the connector type registered through the Admin REST API. */
  connector?: ThirdPartyConnector
  /** apim-4.7.0: name of the key manager in the Admin portal (also the payload file name). */
  name?: string
  /** apim-4.7.0: endpoints and connector configuration of the payload. */
  endpoints?: Record<string, string>
  configuration?: Record<string, string>
  /** apim-4.7.0: token claims of the client id and the scopes; the connector's defaults otherwise. */
  claims?: { consumerKey?: string; scopes?: string }
  /** apim-4.7.0: grant types offered in the Developer Portal (availableGrantTypes). */
  grantTypes?: string[]
}

export interface KeyManagerSpec {
  type: KeyManagerType
  loadBalancer?: LoadBalancerSpec
  jwt?: JwtSpec
  thirdParty?: ThirdPartySpec
  /** apim-2.6.0: APIM nodes read the KM's embedded LDAP as their user store (seed 000 step 5.3). */
  sharedLdap?: boolean
  /** Name of the key manager registered through the Admin REST API (apim-4.7.0, is7). */
  name?: string
}

export interface DatabaseNames {
  apim?: string
  user?: string
  registry?: string
  config?: string
  openBanking?: string
  /** apim-4.7.0: the shared database (registry and users) of API Manager nodes. */
  shared?: string
  /** is7: the identity database of Identity Server 7 nodes. */
  identity?: string
  /** is7: the shared database (registry and users) of Identity Server 7 nodes. */
  identityShared?: string
}

export interface DatabaseSpec {
  type: DatabaseType
  host?: string
  port?: number
  username?: string
  password?: string
  names?: DatabaseNames
}

export interface ClusteringSpec {
  scheme: ClusteringScheme
  domain?: string
}

export interface TenantSharingSpec {
  direction: 'apim-to-is' | 'is-to-apim'
  username?: string
  password?: string
  autoConfigureKeyManager?: boolean
  dotlessTenantDomains?: boolean
}

export interface MutualTlsSpec {
  trustedIssuer?: string
  certThumbprint?: string
  allowedUsernames?: string[]
  logClientCertInfo?: boolean
}

export interface AdminSpec {
  username?: string
  password?: string
}

export interface KeystoreSpec {
  /** Primary keystore file name under repository/resources/security (default wso2carbon.jks). */
  file?: string
  password?: string
  alias?: string
  keyPassword?: string
  truststoreFile?: string
  truststorePassword?: string
}

export interface MicrogatewayGrantSpec {
  type: 'client-credentials' | 'password' | 'direct-token'
  clientId?: string
  clientSecret?: string
  scopes?: string
  username?: string
  password?: string
  accessToken?: string
}

export interface MicrogatewayRefreshSpec {
  refreshUrl?: string
  refreshToken?: string
  clientId?: string
  clientSecret?: string
  scopes?: string
}

export interface MicrogatewaySpec {
  keyManager?: {
    url?: string
    external?: boolean
    tokenContext?: string
    timestampSkew?: number
  }
  /** `[[jwtTokenConfig]]` (extension of v1): who issues the JWTs and which trusted certificate signs them. */
  jwt?: {
    issuer?: string
    certificateAlias?: string
    certificate?: string
  }
  security?: {
    basic?: { enabled?: boolean; username?: string; password?: string }
    oauth2?: {
      enabled?: boolean
      credentialBearer?: 'AUTH_HEADER_BEARER' | 'POST_BODY_BEARER' | 'NO_BEARER'
      tokenUrl?: string
      grant?: MicrogatewayGrantSpec
      refresh?: MicrogatewayRefreshSpec
    }
  }
}

export interface NodeSpec {
  name: string
  role: Role
  host: string
  portOffset?: number | 'auto'
  microgateway?: MicrogatewaySpec
}

export interface Spec {
  name: string
  platform: Platform
  pattern: Pattern
  keyManager?: KeyManagerSpec
  database?: DatabaseSpec
  loadBalancer?: LoadBalancerSpec
  gatewayArtifactSync?: 'rsync' | 'shared-fs'
  clustering?: ClusteringSpec
  tenantSharing?: TenantSharingSpec
  mutualTls?: MutualTlsSpec
  admin?: AdminSpec
  keystore?: KeystoreSpec
  /** Rule ids of warnings the deployment accepts (never errors). */
  allow?: string[]
  nodes: NodeSpec[]
}
