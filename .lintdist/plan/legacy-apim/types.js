/**
 * View-ready decisions for api-manager.xml and identity/identity.xml of API Manager 2.6.0, IS as Key
 * Manager 5.7.0 and Open Banking KM 1.5. Every URL is final: a node that calls itself keeps the pack's
 * run-time placeholder form (it follows the node's own offset), a call to another node or a load
 * balancer carries that target's host and effective port. A field named `…password` holds element
 * text; its `…SecretAlias` twin holds the secure-vault alias (`svns:secretAlias`) or null.
 */
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
];
