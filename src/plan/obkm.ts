/**
 * The `obkm` planner: Open Banking Key Manager 1.5 values of identity/application-authentication.xml
 * (S3.8: login pages at the key manager's balancer) and finance/open-banking.xml (S3.3: its
 * datasource; PSU/SCA links at the key manager, API links at the API Manager gateway), plus the
 * manual steps of seed 003 for files this tool does not write.
 */
import { homeOf } from './deployment/packs.js'
import { shellCommand } from './proxy/shell.js'
import type { ManualStep } from './proxy/types.js'
import type { SectionPlanner } from './sections.js'
import type { Endpoint, NodePlan, Service, TopologyPlan } from './types.js'
import { hostUrl, serviceUrl } from './address.js'

export const OBKM = 'obkm'

export interface ApplicationAuthenticationView {
  /** S3.8 */
  authenticationEndpointUrl: string
  authenticationEndpointRetryUrl: string
  /** Relative, as the product resolves it against the login page. */
  authenticationEndpointMissingClaimsUrl: string
  smsOtpAuthenticationEndpointUrl: string
  smsOtpErrorPage: string
  smsOtpMobileNumberRegPage: string
}

export interface OpenBankingView {
  /** S3.3: JNDI name of the Open Banking datasource (master-datasources.xml defines it). */
  datasource: string
  deployedSpecification: string
  /** Berlin SCA links: the key manager (its balancer) that runs the PSU flows. */
  psuBaseUrl: string
  /** API Manager gateway (NIO HTTPS) host, port and URLs. */
  gatewayHost: string
  gatewayPort: number
  oauthMetadataEndpoint: string
  notificationApiUrl: string
  paymentApiUrl: string
  accountApiUrl: string
  fundsConfirmationApiUrl: string
  accountConsentSelfLink: string
  paymentResourceSelfLink: string
  authorizationEndpoint: string
}

export interface ObKmNodeSection {
  applicationAuthentication: ApplicationAuthenticationView
  openBanking: OpenBankingView
}

export interface ObKmTopologySection {
  manualSteps: ManualStep[]
}

/** Open Banking specification deployed when the spec does not say (the product's first choice). */
const DEFAULT_SPECIFICATION = 'UK'

const DEFAULT_PORT: Record<string, number> = { https: 443, http: 80 }

/** `scheme://host[:port]`, the port left out when it is the scheme's default. */
export function baseUrl(scheme: 'https' | 'http', ep: Endpoint, service: Service): string {
  const port = ep.ports[service]
  if (port === undefined) throw new Error(`endpoint ${ep.host} has no ${service} port`)
  return port === DEFAULT_PORT[scheme] ? hostUrl(scheme, ep.host) : serviceUrl(scheme, ep.host, port)
}

function planNode(node: NodePlan): ObKmNodeSection | undefined {
  if (node.product !== 'ob-km-1.5.0') return undefined
  const km = node.targets.keyManager
  const gw = node.targets.gatewayTraffic
  const ob = node.datasources.find((d) => d.kind === 'openBanking')
  if (!km || !ob) return undefined
  const kmBase = baseUrl('https', km, 'https')
  // Without an API Manager gateway in the topology the gateway links stay at the key manager's host.
  const gwEp: Endpoint = gw ?? { host: km.host, viaLoadBalancer: false, ports: { nioHttps: 8243 } }
  const gwBase = baseUrl('https', gwEp, 'nioHttps')
  return {
    applicationAuthentication: {
      authenticationEndpointUrl: `${kmBase}/ob/authenticationendpoint/login.do`,
      authenticationEndpointRetryUrl: `${kmBase}/ob/authenticationendpoint/retry.do`,
      authenticationEndpointMissingClaimsUrl: '/ob/authenticationendpoint/claims.do',
      smsOtpAuthenticationEndpointUrl: `${kmBase}/smsotpauthenticationendpoint/smsotp.jsp`,
      smsOtpErrorPage: `${kmBase}/smsotpauthenticationendpoint/smsotpError.jsp`,
      smsOtpMobileNumberRegPage: `${kmBase}/smsotpauthenticationendpoint/mobile.jsp`,
    },
    openBanking: {
      datasource: ob.jndi,
      deployedSpecification: DEFAULT_SPECIFICATION,
      psuBaseUrl: kmBase,
      gatewayHost: gwEp.host,
      gatewayPort: gwEp.ports.nioHttps!,
      oauthMetadataEndpoint: `${gwBase}/.well-known/openid-configuration`,
      notificationApiUrl: `${gwBase}/open-banking/v3.1/event-notification`,
      paymentApiUrl: `${gwBase}/open-banking/{version}/pisp/`,
      accountApiUrl: `${gwBase}/open-banking/{version}/aisp/`,
      fundsConfirmationApiUrl: `${gwBase}/open-banking/{version}/cbpii/`,
      accountConsentSelfLink: `${gwBase}/xs2a/1.3.3/consents/%s`,
      paymentResourceSelfLink: `${gwBase}/xs2a/1.3.3/%s/%s/%s`,
      authorizationEndpoint: `${gwBase}/authorize`,
    },
  }
}

const on = (node: NodePlan): string => `# on ${node.name} (${node.host})`

/** Seed 003 "Configure the Proxy Port": dashboard, portal and gadget server of nodes behind the balancer. */
function proxySettingsStep(topology: TopologyPlan, obNodes: readonly NodePlan[]): ManualStep[] {
  const lb = topology.loadBalancers.find((l) => l.id === 'key-manager')
  const behind = obNodes.filter((n) => lb?.members.includes(n.name))
  if (!lb || behind.length === 0) return []
  const port = String(lb.httpsPort)
  const commands: string[] = []
  for (const node of behind) {
    const apps = `${homeOf(node, topology.nodes)}/repository/deployment/server`
    const dashboard = `${apps}/jaggeryapps/dashboard/conf/site.json`
    const portal = `${apps}/jaggeryapps/portal/conf/site.json`
    const shindig = `${apps}/webapps/shindig/WEB-INF/web.xml`
    const proxy = `.proxy.proxyHost = "${lb.host}" | .proxy.proxyHTTPSPort = "${port}" | .proxy.proxyContextPath = ""`
    commands.push(
      on(node),
      `${shellCommand('jq', `${proxy} | .proxy.servicePath = "/services"`, dashboard)} > site.json.new && ${shellCommand('mv', 'site.json.new', dashboard)}`,
      `${shellCommand('jq', proxy, portal)} > site.json.new && ${shellCommand('mv', 'site.json.new', portal)}`,
      shellCommand('sed', '-i', '-e', `s|^\\(\\s*shindig\\.host=\\).*|\\1${lb.host}|`, '-e', `s|^\\(\\s*shindig\\.port=\\).*|\\1${port}|`, shindig),
    )
  }
  return [
    {
      title: `Point the key manager dashboard, portal and gadget server at ${lb.host}`,
      commands,
      note: 'Needed for the Identity Server dashboard behind the load balancer; the commands use jq.',
    },
  ]
}

function mergeStep(topology: TopologyPlan, obNodes: readonly NodePlan[]): ManualStep {
  const commands: string[] = []
  for (const n of obNodes) {
    const home = homeOf(n, topology.nodes)
    const pack = home.slice(home.lastIndexOf('/') + 1)
    const file = `${home}/repository/conf/finance/open-banking.xml`
    commands.push(
      on(n),
      `${shellCommand('unzip', '-p', `${pack}.zip`, `${pack}/repository/conf/finance/open-banking.xml`)} > ${shellCommand(`${file}.pack`)}`,
      `${shellCommand('diff', '-u', `${file}.pack`, file)} || true`,
    )
  }
  return {
    title: 'Complete finance/open-banking.xml from the Open Banking pack',
    commands,
    note: 'Run where the pack archive is. The generated file holds what the topology decides (datasource, PSU/SCA links, gateway links); carry over the specification-specific sections of the pack copy that you use (signing, DCR, payment restrictions, analytics) before the first start.',
  }
}

export const obKmPlanner: SectionPlanner = {
  id: OBKM,
  topology(topology): ObKmTopologySection | undefined {
    const obNodes = topology.nodes.filter((n) => n.product === 'ob-km-1.5.0')
    if (obNodes.length === 0) return undefined
    return { manualSteps: [...proxySettingsStep(topology, obNodes), mergeStep(topology, obNodes)] }
  },
  node: (node) => planNode(node),
}
