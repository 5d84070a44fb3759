/**
 * Third-party key manager connectors of API Manager 4.x, as data: the type string the Admin REST
 * API expects, and the endpoints and connector settings a registration needs (the consumer-key and
 * scopes claims are left to the connector's defaults). Required fields follow the connectors' own configuration and the product's admin
 * REST tests (a registration without them is refused with "Required Key Manager configuration missing").
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
  /** Endpoint values the connector uses when the identity provider has no such endpoint. */
  endpointDefaults: Readonly<Partial<Record<EndpointKey, string>>>
}

export const CONNECTORS: Readonly<Record<ThirdPartyConnector, ConnectorFacts>> = {
  okta: {
    type: 'Okta',
    displayName: 'Okta',
    endpoints: ['introspection', 'clientRegistration', 'token', 'revoke'],
    configuration: ['apiKey', 'client_id', 'client_secret'],
    configurationDefaults: {},
    endpointDefaults: {},
  },
  keycloak: {
    type: 'KeyCloak',
    displayName: 'Keycloak',
    endpoints: ['issuer', 'introspection', 'clientRegistration', 'token', 'revoke'],
    configuration: ['client_id', 'client_secret'],
    configurationDefaults: {},
    endpointDefaults: {},
  },
  auth0: {
    type: 'Auth0',
    displayName: 'Auth0',
    endpoints: ['issuer', 'clientRegistration', 'token', 'revoke', 'authorize'],
    configuration: ['client_id', 'client_secret', 'audience'],
    configurationDefaults: {},
    // Auth0 has no introspection endpoint; the connector validates its JWTs itself.
    endpointDefaults: { introspection: 'none' },
  },
  pingfederate: {
    type: 'PingFederate',
    displayName: 'PingFederate',
    endpoints: ['issuer', 'introspection', 'clientRegistration', 'token', 'revoke'],
    configuration: ['username', 'password', 'client_id', 'client_secret'],
    configurationDefaults: {},
    endpointDefaults: {},
  },
  forgerock: {
    type: 'Forgerock',
    displayName: 'ForgeRock',
    endpoints: ['issuer', 'introspection', 'clientRegistration', 'token', 'revoke'],
    configuration: ['client_id', 'client_secret'],
    configurationDefaults: {},
    endpointDefaults: {},
  },
  'azure-ad': {
    type: 'AzureAD',
    displayName: 'Azure AD',
    // Azure AD tokens are JWTs validated against the tenant's keys; there is no introspection.
    endpoints: ['issuer', 'token', 'jwks'],
    configuration: ['azure_ad_client_id', 'azure_ad_client_secret'],
    configurationDefaults: { microsoft_graph_api_endpoint: 'https://graph.microsoft.com', microsoft_graph_api_endpoint_version: 'v1.0' },
    endpointDefaults: {},
  },
}
