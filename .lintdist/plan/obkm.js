/**
 * The `obkm` planner: Open Banking Key Manager 1.5 values of identity/application-authentication.xml
 * (S3.8: login pages at the key manager's balancer) and finance/open-banking.xml (S3.3: its
 * datasource; PSU/SCA links at the key manager, API links at the API Manager gateway), plus the
 * manual steps of seed 003 for files this tool does not write.
 */
import { homeOf } from './deployment/packs.js';
import { shellCommand } from './proxy/shell.js';
export const OBKM = 'obkm';
/** Open Banking specification deployed when the spec does not say (the product's first choice). */
const DEFAULT_SPECIFICATION = 'UK';
const DEFAULT_PORT = { https: 443, http: 80 };
/** `scheme://host[:port]`, the port left out when it is the scheme's default. */
export function baseUrl(scheme, ep, service) {
    const port = ep.ports[service];
    if (port === undefined)
        throw new Error(`endpoint ${ep.host} has no ${service} port`);
    const host = ep.host.includes(':') ? `[${ep.host}]` : ep.host;
    return port === DEFAULT_PORT[scheme] ? `${scheme}://${host}` : `${scheme}://${host}:${port}`;
}
function planNode(node) {
    if (node.product !== 'ob-km-1.5.0')
        return undefined;
    const km = node.targets.keyManager;
    const gw = node.targets.gatewayTraffic;
    const ob = node.datasources.find((d) => d.kind === 'openBanking');
    if (!km || !ob)
        return undefined;
    const kmBase = baseUrl('https', km, 'https');
    // Without an API Manager gateway in the topology the gateway links stay at the key manager's host.
    const gwEp = gw ?? { host: km.host, viaLoadBalancer: false, ports: { nioHttps: 8243 } };
    const gwBase = baseUrl('https', gwEp, 'nioHttps');
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
            gatewayPort: gwEp.ports.nioHttps,
            oauthMetadataEndpoint: `${gwBase}/.well-known/openid-configuration`,
            notificationApiUrl: `${gwBase}/open-banking/v3.1/event-notification`,
            paymentApiUrl: `${gwBase}/open-banking/{version}/pisp/`,
            accountApiUrl: `${gwBase}/open-banking/{version}/aisp/`,
            fundsConfirmationApiUrl: `${gwBase}/open-banking/{version}/cbpii/`,
            accountConsentSelfLink: `${gwBase}/xs2a/1.3.3/consents/%s`,
            paymentResourceSelfLink: `${gwBase}/xs2a/1.3.3/%s/%s/%s`,
            authorizationEndpoint: `${gwBase}/authorize`,
        },
    };
}
const on = (node) => `# on ${node.name} (${node.host})`;
/** Seed 003 "Configure the Proxy Port": dashboard, portal and gadget server of nodes behind the balancer. */
function proxySettingsStep(topology, obNodes) {
    const lb = topology.loadBalancers.find((l) => l.id === 'key-manager');
    const behind = obNodes.filter((n) => lb?.members.includes(n.name));
    if (!lb || behind.length === 0)
        return [];
    const port = String(lb.httpsPort);
    const commands = [];
    for (const node of behind) {
        const apps = `${homeOf(node, topology.nodes)}/repository/deployment/server`;
        const dashboard = `${apps}/jaggeryapps/dashboard/conf/site.json`;
        const portal = `${apps}/jaggeryapps/portal/conf/site.json`;
        const shindig = `${apps}/webapps/shindig/WEB-INF/web.xml`;
        const proxy = `.proxy.proxyHost = "${lb.host}" | .proxy.proxyHTTPSPort = "${port}" | .proxy.proxyContextPath = ""`;
        commands.push(on(node), `${shellCommand('jq', `${proxy} | .proxy.servicePath = "/services"`, dashboard)} > site.json.new && ${shellCommand('mv', 'site.json.new', dashboard)}`, `${shellCommand('jq', proxy, portal)} > site.json.new && ${shellCommand('mv', 'site.json.new', portal)}`, shellCommand('sed', '-i', '-e', `s|^\\(\\s*shindig\\.host=\\).*|\\1${lb.host}|`, '-e', `s|^\\(\\s*shindig\\.port=\\).*|\\1${port}|`, shindig));
    }
    return [
        {
            title: `Point the key manager dashboard, portal and gadget server at ${lb.host}`,
            commands,
            note: 'Needed for the Identity Server dashboard behind the load balancer; the commands use jq.',
        },
    ];
}
function mergeStep(topology, obNodes) {
    const commands = [];
    for (const n of obNodes) {
        const file = `${homeOf(n, topology.nodes)}/repository/conf/finance/open-banking.xml`;
        commands.push(on(n), shellCommand('cp', '-n', file, `${file}.pack`), `${shellCommand('diff', '-u', `${file}.pack`, file)} || true`);
    }
    return {
        title: 'Complete finance/open-banking.xml from the Open Banking pack',
        commands,
        note: 'Keep the pack copy (first command, before the generated files are copied in), then compare. The generated file holds what the topology decides (datasource, PSU/SCA links, gateway links); carry over the specification-specific sections you use (signing, DCR, payment restrictions, analytics) before the first start.',
    };
}
export const obKmPlanner = {
    id: OBKM,
    topology(topology) {
        const obNodes = topology.nodes.filter((n) => n.product === 'ob-km-1.5.0');
        if (obNodes.length === 0)
            return undefined;
        return { manualSteps: [...proxySettingsStep(topology, obNodes), mergeStep(topology, obNodes)] };
    },
    node: (node) => planNode(node),
};
