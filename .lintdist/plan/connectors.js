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
};
export const ENDPOINT_KEYS = Object.keys(ENDPOINT_FIELDS);
export const CONNECTORS = {
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
};
