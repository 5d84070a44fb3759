/** All-in-one and control-plane packs: the gateway types the publisher offers. */
export const GATEWAY_TYPES = 'Regular,APK,AWS,Azure,Kong,Envoy,APIPlatform';
/** Every API Manager profile except the traffic manager. */
export const CORS = {
    allow_origins: '*',
    allow_methods: ['GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'OPTIONS'],
    allow_headers: ['authorization', 'Access-Control-Allow-Origin', 'Content-Type', 'SOAPAction', 'apikey', 'Internal-Key'],
    allow_credentials: false,
};
/** Publishing profiles (all-in-one, control plane): JWT access tokens of the resident key manager. */
export const TOKEN_TYPES = [{ name: 'JWT', issuer: 'org.wso2.is.key.manager.tokenpersistence.issuer.ExtendedJWTTokenIssuer' }];
export const EVENT_HANDLERS = [{ name: 'userPostSelfRegistration', subscriptions: ['POST_ADD_USER'] }];
export const SERVICE_PROVIDER = { sp_name_regex: '^[\\sa-zA-Z0-9._-]*$' };
export const LOCAL_DATABASE = { url: 'jdbc:h2:./repository/database/WSO2CARBON_DB;DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=-1' };
/** The all-in-one pack only. */
export const TOKEN_EXCHANGE = { enable: true, allow_refresh_tokens: true, iat_validity_period: '1h' };
export const AI = { enable: true, key: '' };
/** All-in-one and gateway packs. */
export const ANALYTICS = { enable: false, type: 'moesif' };
/** The gateway pack: token, resource and JWT claim caches. */
export const GATEWAY_CACHES = {
    gateway_token: { enable: true, expiry_time: 15 },
    resource: { enable: true },
    jwt_claim: { enable: true, expiry_time: 900 },
};
/**
 * The gateway pack strips the Authorization header before calling back ends; its toml says so with a
 * key no template reads (`remove_outbound_auth_header`), the template reads this one.
 */
export const GATEWAY_OAUTH = { enable_outbound_auth_header: false, auth_header: 'Authorization' };
/** Identity Server 7.2.0 pack defaults kept in a replaced deployment.toml. */
export const IS7 = {
    userStore: { type: 'database_unique_id' },
    agentIdentityDatasource: {
        id: 'AgentIdentity',
        url: 'jdbc:h2:./repository/database/WSO2AGENTIDENTITY_DB;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=60000',
        username: 'wso2carbon',
        password: 'wso2carbon',
        driver: 'org.h2.Driver',
    },
    accountRecoveryHash: '66cd9688a2ae068244ea01e70f0e230f5623b7fa4cdecb65070a09ec06452262',
    authFrameworkAppPassword: 'dashboard',
    /** Key manager use (FACTS 6): API Manager reads users through SCIM2 Me across tenants. */
    scimMeAccess: { context: '(.*)/scim2/Me', secure: true, http_method: 'GET', cross_tenant: true, permissions: [], scopes: [] },
};
