import { warning } from './helpers.js';
/** The top-level load balancer spreads traffic over API Manager nodes; single-node has one. */
export const loadBalancerPattern = (spec) => spec.loadBalancer && spec.pattern === 'single-node'
    ? [warning('topology/load-balancer-single-node', '/loadBalancer', 'pattern single-node has one API Manager node, so loadBalancer only acts as a reverse proxy in front of it', 'remove loadBalancer unless a proxy is intended')]
    : [];
