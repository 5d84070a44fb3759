/**
 * Third-party key manager connectors of API Manager 4.x, as data: the type string the Admin REST
 * API expects, the endpoints and connector settings a registration needs, and the claims the
 * gateway reads the consumer key and the scopes from. Connector settings are the names each
 * connector's `getConnectionConfigurations()` declares (wso2-extensions apim-km-<connector>,
 * `…ConnectorConfiguration.java`); `APIAdminImpl.validateKeyManagerConfiguration` refuses a payload
 * without every required one ("Required Key Manager configuration missing", 901401).
 */
import type { ThirdPartyConnector } from '../model/spec.js'

/** Endpoint keys of `keyManager.thirdParty.endpoints`, mapped to the payload fields they fill. */
export const ENDPOINT_FIELDS = {
  issuer: 'issuer',
  wellKnown: 'wellKnownEndpoint',
  token: 'tokenEndpoint',
  revoke: 'revokeEndpoint',
  introspection: 'introspectionEndpoint',
  clientRegistration: 'clientRegistrationEndpoint',
  authorize: 'authorizeEndpoint',
  userInfo: 'userInfoEndpoint',
  scopeManagement: 'scopeManagementEndpoint',
  /** Not an endpoint field: becomes `certificates: { type: JWKS, value }`. */
  jwks: 'certificates',
} as const

export type EndpointKey = keyof typeof ENDPOINT_FIELDS
export const ENDPOINT_KEYS = Object.keys(ENDPOINT_FIELDS) as EndpointKey[]

export interface ConnectorFacts {
  /** `type` of the registration payload. */
  type: string
  /** Name shown in the Admin portal. */
  displayName: string
  /** Endpoints a registration cannot do without. */
  endpoints: readonly EndpointKey[]
  /** Connector settings (`additionalProperties`) a registration cannot do without. */
  configuration: readonly string[]
  /** Connector settings with a default value, filled when the spec leaves them out. */
  configurationDefaults: Readonly<Record<string, string>>
  /** Connector settings the connector reads but does not require. */
  optionalConfiguration: readonly string[]
  /** Endpoint values the connector uses when the identity provider has no such endpoint. */
  endpointDefaults: Readonly<Partial<Record<EndpointKey, string>>>
  /**
   * Token claims holding the client id and the scopes (`consumerKeyClaim`, `scopesClaim` of the
   * payload): the connector's `getDefaultConsumerKeyClaim()`/`getDefaultScopesClaim()`, or, where
   * it declares none, the claims carbon-apimgt's DefaultJWTTransformer falls back to (azp, scope).
   */
  claims: Readonly<{ consumerKey: string; scopes: string }>
}

export const CONNECTORS: Readonly<Record<ThirdPartyConnector, ConnectorFacts>> = {
  okta: {
    type: 'Okta',
    displayName: 'Okta',
    endpoints: ['introspection', 'clientRegistration', 'token', 'revoke'],
    configuration: ['apiKey', 'client_id', 'client_secret'],
    configurationDefaults: {},
    optionalConfiguration: [],
    endpointDefaults: {},
    claims: { consumerKey: 'cid', scopes: 'scp' },
  },
  keycloak: {
    type: 'KeyCloak',
    displayName: 'Keycloak',
    endpoints: ['issuer', 'introspection', 'clientRegistration', 'token', 'revoke'],
    configuration: ['client_id', 'client_secret'],
    configurationDefaults: {},
    optionalConfiguration: [],
    endpointDefaults: {},
    claims: { consumerKey: 'azp', scopes: 'scope' },
  },
  auth0: {
    type: 'Auth0',
    displayName: 'Auth0',
    endpoints: ['issuer', 'clientRegistration', 'token', 'revoke', 'authorize'],
    configuration: ['client_id', 'client_secret', 'audience'],
    configurationDefaults: {},
    optionalConfiguration: [],
    // Auth0 has no introspection endpoint; the connector validates its JWTs itself.
    endpointDefaults: { introspection: 'none' },
    claims: { consumerKey: 'azp', scopes: 'scope' },
  },
  pingfederate: {
    type: 'PingFederate',
    displayName: 'PingFederate',
    endpoints: ['issuer', 'introspection', 'clientRegistration', 'token', 'revoke'],
    configuration: ['username', 'password', 'client_id', 'client_secret'],
    configurationDefaults: {},
    optionalConfiguration: [],
    endpointDefaults: {},
    claims: { consumerKey: 'client_id_name', scopes: 'scope' },
  },
  forgerock: {
    type: 'Forgerock',
    displayName: 'ForgeRock',
    endpoints: ['issuer', 'introspection', 'clientRegistration', 'token', 'revoke'],
    configuration: ['client_id', 'client_secret'],
    configurationDefaults: {},
    optionalConfiguration: [],
    endpointDefaults: {},
    claims: { consumerKey: 'aud', scopes: 'scp' },
  },
  'azure-ad': {
    type: 'AzureAD',
    displayName: 'Azure AD',
    // Azure AD tokens are JWTs validated against the tenant's keys; there is no introspection.
    endpoints: ['issuer', 'token', 'jwks'],
    configuration: ['azure_ad_client_id', 'azure_ad_client_secret'],
    // The Graph API version's configuration name is literally "v1.0" (AzureADConstants.GRAPH_API_ENDPOINT_VERSION).
    configurationDefaults: { microsoft_graph_api_endpoint: 'https://graph.microsoft.com', 'v1.0': 'v1.0' },
    optionalConfiguration: ['azure_ad_requested_access_token_version', 'polling_initial_delay_ms', 'polling_max_wait_time_ms'],
    endpointDefaults: {},
    claims: { consumerKey: 'azp', scopes: 'scope' },
  },
}

/** Every connector setting the connector reads (required, defaulted and optional). */
export const configurationNamesOf = (facts: ConnectorFacts): string[] => [
  ...new Set([...facts.configuration, ...Object.keys(facts.configurationDefaults), ...facts.optionalConfiguration]),
]
