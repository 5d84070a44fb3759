import { error, names, nodePointer, withRole } from './helpers.js';
/** Several key manager nodes are reached through one load balancer (HA key manager). */
export const keyManagerLoadBalancer = (spec) => {
    const kms = withRole(spec, 'key-manager');
    const second = kms[1];
    if (!second || spec.keyManager?.loadBalancer)
        return [];
    return [
        error('topology/key-manager-load-balancer', spec.keyManager ? '/keyManager' : nodePointer(second.index, 'role'), `there are ${kms.length} key-manager nodes (${names(kms.map(({ node }) => node.name))}) but no keyManager.loadBalancer; API Manager must reach them through one load balancer address`, 'add keyManager: { loadBalancer: { host: <DNS name of the key manager load balancer> } }'),
    ];
};
