/**
 * The `proxy` planner: Nginx configuration of every load balancer (upstreams, server blocks), the
 * ports each node behind a balancer announces (S3.10), catalina-server.xml values, and the manual
 * steps around balancers and certificates. Renderers: render/loadbalancer/nginx.ts, catalina-server.xml.
 */
import { planBalancer } from './proxy/balancers.js';
import { proxyFindings } from './proxy/checks.js';
import { planNodeProxy } from './proxy/node.js';
import { planManualSteps } from './proxy/steps.js';
export const PROXY = 'proxy';
export const NGINX_MAIN = 'loadbalancer/nginx.conf';
const balancersOf = (topology) => topology.loadBalancers.map((lb) => planBalancer(lb, topology)).filter((b) => b !== undefined);
export const proxyPlanner = {
    id: PROXY,
    topology(topology, spec) {
        const balancers = balancersOf(topology);
        const manualSteps = planManualSteps(topology, spec, balancers, NGINX_MAIN);
        if (balancers.length === 0 && manualSteps.length === 0)
            return undefined;
        // Included relative to nginx.conf's own folder (Nginx resolves relative paths against it).
        const includes = balancers.map((b) => b.file.slice('loadbalancer/'.length));
        return { mainFile: NGINX_MAIN, includes, balancers, manualSteps };
    },
    node: planNodeProxy,
    check: (topology) => proxyFindings(topology, balancersOf(topology)),
};
