/**
 * View-ready decisions for api-manager.xml and identity/identity.xml of API Manager 2.6.0, IS as Key
 * Manager 5.7.0 and Open Banking KM 1.5. Every URL is final: a node that calls itself keeps the pack's
 * run-time placeholder form (it follows the node's own offset), a call to another node or a load
 * balancer carries that target's host and effective port. A field named `…password` holds element
 * text; its `…SecretAlias` twin holds the secure-vault alias (`svns:secretAlias`) or null.
 */
import type { JndiView } from './throttling.js'

/** The admin account written into every credential element that the topology drives. */
export interface AdminView {
  username: string
  password: string
  passwordSecretAlias: string | null
}

export interface JwtView {
  claimsRetrieverImplClass: string
  consumerDialectUri: string
  signatureAlgorithm: string
}

export interface GatewayEnvironmentView {
  /** APIGateway/Environments/Environment/ServerURL (S0.3). */
  serverUrl: string
  gatewayEndpoint: string
  gatewayWsEndpoint: string
}

export interface KeyValidatorView {
  /** APIKeyValidator/ServerURL (S0.8). */
  serverUrl: string
  /** WSClient towards a remote or balanced key manager (S0.9); ThriftClient where the node validates against itself, and (unused) on key manager nodes as in the pack. */
  clientType: 'ThriftClient' | 'WSClient'
  enableThriftServer: boolean
  handlerClass: string
}

/**
 * APIKeyManager (commented out in the pack): written for a third-party key manager (S1.1) and for API
 * Manager nodes in front of an Open Banking KM (S3.9). Children of Configuration in output order;
 * a value whose key names a secret is masked in `plan --json` output.
 */
export interface KeyManagerClientView {
  clientImpl: string
  configuration: Record<string, string>
  /** Secure-vault alias per Configuration child that the spec gave as `$secret{…}`. */
  configurationSecretAliases: Record<string, string>
}

export interface ThrottlingView {
  receiverUrlGroup: string
  authUrlGroup: string
  dataPublisher: boolean
  policyDeployer: boolean
  policyDeployerUrl: string
  blockCondition: boolean
  jms: boolean
  /** The broker URL keeps the pack's `${admin.username}`/`${admin.password}`: a URL cannot carry a vault alias. */
  jmsConnectionFactory: string
}

export interface ApiManagerView {
  /** Declare the secure-vault namespace on the root element. */
  secureVault: boolean
  gatewayType: 'Synapse' | 'None'
  /** AuthManager/ServerURL (S0.8). */
  authManagerUrl: string
  /** JWTConfiguration elements, present when the node generates JWTs (S0.5). */
  jwt?: JwtView
  environment: GatewayEnvironmentView
  keyValidator: KeyValidatorView
  keyManagerClient?: KeyManagerClientView
  /** OAuthConfigurations/RevokeAPIURL (S0.4). */
  revokeApiUrl: string
  store: { url: string; serverUrl: string }
  publisherUrl: string
  throttling: ThrottlingView
}

/** identity.xml URL elements, keyed by element name (OAuth section and OpenIDConnect/IDTokenIssuerID). */
export type IdentityUrls = Record<(typeof IDENTITY_URL_ELEMENTS)[number], string>

export const IDENTITY_URL_ELEMENTS = [
  'OAuth1RequestTokenUrl',
  'OAuth1AuthorizeUrl',
  'OAuth1AccessTokenUrl',
  'OAuth2AuthzEPUrl',
  'OAuth2TokenEPUrl',
  'OAuth2RevokeEPUrl',
  'OAuth2IntrospectEPUrl',
  'OAuth2UserInfoEPUrl',
  'OIDCCheckSessionEPUrl',
  'OIDCLogoutEPUrl',
  'OAuth2ConsentPage',
  'OAuth2ErrorPage',
  'OIDCConsentPage',
  'OIDCLogoutConsentPage',
  'OIDCLogoutPage',
  'OIDCWebFingerEPUrl',
  'OAuth2DCREPUrl',
  'OAuth2JWKSPage',
  'OIDCDiscoveryEPUrl',
  'IDTokenIssuerID',
] as const

export interface IdentityView {
  /** JDBCPersistenceManager/DataSource/Name (S0.7, S3.1). */
  dataSource: string
  urls: IdentityUrls
}

export interface LegacyApimSection {
  admin: AdminView
  apiManager: ApiManagerView
  identity: IdentityView
  /** repository/conf/jndi.properties (publisher nodes only), else null. */
  jndi: JndiView | null
  /** Every secure-vault alias this section's files use, sorted (for the cipher-tool list). */
  secretAliases: string[]
}
