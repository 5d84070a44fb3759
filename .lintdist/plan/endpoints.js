import { portMap } from './ports.js';
export const nodeEndpoint = (node) => ({
    node: node.name,
    host: node.host,
    viaLoadBalancer: false,
    ports: portMap(node.ports),
});
/**
 * A load balancer forwards management traffic on its HTTPS/HTTP ports. Gateway (NIO) traffic has its
 * own server name when `gatewayHost` is set, else its own ports (8243/8280) on the same name.
 */
export function balancerEndpoint(lb, use) {
    if (use === 'management') {
        return { host: lb.host, viaLoadBalancer: true, ports: { https: lb.httpsPort, http: lb.httpPort } };
    }
    const ownName = lb.gatewayHost !== lb.host;
    return {
        host: lb.gatewayHost,
        viaLoadBalancer: true,
        ports: {
            nioHttps: ownName ? lb.httpsPort : 8243,
            nioHttp: ownName ? lb.httpPort : 8280,
            wss: 8099,
            ws: 9099,
        },
    };
}
/** `https://host:port/services/` style URL of an endpoint's service. */
export function urlOf(scheme, ep, service, path = '') {
    const port = ep.ports[service];
    if (port === undefined)
        throw new Error(`endpoint ${ep.host} has no ${service} port`);
    return `${scheme}://${ep.host}:${port}${path}`;
}
