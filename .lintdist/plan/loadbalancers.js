/** Roles that serve browsers or API traffic; key managers have their own balancer, traffic managers none. */
const BEHIND_APIM_BALANCER = new Set(['all-in-one', 'publisher', 'store', 'gateway-manager', 'gateway-worker', 'control-plane', 'gateway']);
const certPath = (host, ext) => `/etc/nginx/ssl/${host}.${ext}`;
export function planLoadBalancers(spec, nodes) {
    const out = [];
    if (spec.loadBalancer) {
        const lb = spec.loadBalancer;
        out.push({
            id: 'apim',
            host: lb.host,
            httpsPort: lb.port ?? 443,
            httpPort: lb.httpPort ?? 80,
            gatewayHost: lb.gatewayHost ?? lb.host,
            ...(lb.managementHost !== undefined ? { managementHost: lb.managementHost } : {}),
            certificate: lb.certificate ?? certPath(lb.host, 'crt'),
            certificateKey: lb.certificateKey ?? certPath(lb.host, 'key'),
            members: nodes.filter((n) => BEHIND_APIM_BALANCER.has(n.role)).map((n) => n.name),
        });
    }
    const km = spec.keyManager?.loadBalancer;
    if (km) {
        out.push({
            id: 'key-manager',
            host: km.host,
            httpsPort: km.port ?? 443,
            httpPort: km.httpPort ?? 80,
            gatewayHost: km.gatewayHost ?? km.host,
            ...(km.managementHost !== undefined ? { managementHost: km.managementHost } : {}),
            certificate: km.certificate ?? certPath(km.host, 'crt'),
            certificateKey: km.certificateKey ?? certPath(km.host, 'key'),
            members: nodes.filter((n) => n.role === 'key-manager').map((n) => n.name),
        });
    }
    return out;
}
