/**
 * identity.xml: the persistence datasource (S0.7, S3.1) and the OAuth/OIDC endpoint URLs. A key
 * manager behind `keyManager.loadBalancer` advertises the balancer (S3.7); an Open Banking KM sends
 * authorize, token, userinfo and registration through the API Manager gateway and serves its own
 * consent pages from the `/ob/authenticationendpoint` web app (FACTS 1.5, 5). Elsewhere the pack's
 * own-address placeholders stay.
 */
import { urlOf } from '../endpoints.js'
import type { NodePlan, TopologyPlan } from '../types.js'
import { DEFAULT_DATA_SOURCE, LOCAL_IDENTITY_BASE, stockIdTokenIssuer } from './stock.js'
import type { IdentityUrls, IdentityView } from './types.js'
import { serviceUrl } from '../address.js'

type UrlElement = keyof IdentityUrls

/** Path of each URL element below the server's address, as in the pack. */
const PATHS: Record<UrlElement, string> = {
  OAuth1RequestTokenUrl: '/oauth/request-token',
  OAuth1AuthorizeUrl: '/oauth/authorize-url',
  OAuth1AccessTokenUrl: '/oauth/access-token',
  OAuth2AuthzEPUrl: '/oauth2/authorize',
  OAuth2TokenEPUrl: '/oauth2/token',
  OAuth2RevokeEPUrl: '/oauth2/revoke',
  OAuth2IntrospectEPUrl: '/oauth2/introspect',
  OAuth2UserInfoEPUrl: '/oauth2/userinfo',
  OIDCCheckSessionEPUrl: '/oidc/checksession',
  OIDCLogoutEPUrl: '/oidc/logout',
  OAuth2ConsentPage: '/authenticationendpoint/oauth2_authz.do',
  OAuth2ErrorPage: '/authenticationendpoint/oauth2_error.do',
  OIDCConsentPage: '/authenticationendpoint/oauth2_consent.do',
  OIDCLogoutConsentPage: '/authenticationendpoint/oauth2_logout_consent.do',
  OIDCLogoutPage: '/authenticationendpoint/oauth2_logout.do',
  OIDCWebFingerEPUrl: '/.well-known/webfinger',
  OAuth2DCREPUrl: '/api/identity/oauth2/dcr/v1.1/register',
  OAuth2JWKSPage: '/oauth2/jwks',
  OIDCDiscoveryEPUrl: '/oauth2/oidcdiscovery',
  IDTokenIssuerID: '/oauth2/token',
}

const PAGES: readonly UrlElement[] = ['OAuth2ConsentPage', 'OAuth2ErrorPage', 'OIDCConsentPage', 'OIDCLogoutConsentPage', 'OIDCLogoutPage']

/** Open Banking KM: the endpoints API consumers call through the gateway, and their gateway paths. */
const OB_GATEWAY_PATHS: Partial<Record<UrlElement, string>> = {
  OAuth2AuthzEPUrl: '/authorize',
  OAuth2TokenEPUrl: '/token',
  OAuth2UserInfoEPUrl: '/userinfo',
  OAuth2DCREPUrl: '/register',
  IDTokenIssuerID: '/token',
}

/** `https://<balancer>:<port>` when the node is a key manager behind keyManager.loadBalancer. */
function keyManagerBalancerBase(node: NodePlan, topology: TopologyPlan): string | undefined {
  if (node.role !== 'key-manager') return undefined
  const lb = topology.loadBalancers.find((l) => l.id === 'key-manager' && l.members.includes(node.name))
  return lb ? serviceUrl('https', lb.host, lb.httpsPort) : undefined
}

export function identityView(node: NodePlan, topology: TopologyPlan): IdentityView {
  const apimDb = node.datasources.find((d) => d.kind === 'apim')
  const balancer = keyManagerBalancerBase(node, topology)
  const base = balancer ?? LOCAL_IDENTITY_BASE
  const obKm = node.product === 'ob-km-1.5.0'
  const gateway = obKm ? node.targets.gatewayTraffic : undefined
  const urls = {} as IdentityUrls
  for (const element of Object.keys(PATHS) as UrlElement[]) {
    const gatewayPath = OB_GATEWAY_PATHS[element]
    if (gateway && gatewayPath) {
      urls[element] = urlOf('https', gateway, 'nioHttps', gatewayPath)
    } else if (element === 'IDTokenIssuerID' && !balancer) {
      urls[element] = stockIdTokenIssuer(node.product)
    } else {
      const path = obKm && PAGES.includes(element) ? `/ob${PATHS[element]}` : PATHS[element]
      urls[element] = `${base}${path}`
    }
  }
  return { dataSource: apimDb?.jndi ?? DEFAULT_DATA_SOURCE, urls }
}
