import { balancerEndpoint, nodeEndpoint } from './endpoints.js';
const byRole = (nodes, ...roles) => nodes.filter((n) => roles.includes(n.role));
/** The first of several nodes, or their balancer when there is one and more than one node. */
function oneOf(nodes, lb, use = 'management') {
    if (nodes.length === 0)
        return undefined;
    if (lb && nodes.length > 1)
        return balancerEndpoint(lb, use);
    return nodeEndpoint(nodes[0]);
}
function keyManagerTarget(spec, nodes, lbs) {
    const kms = byRole(nodes, 'key-manager');
    const kmLb = lbs.find((l) => l.id === 'key-manager');
    if (kms.length > 0)
        return kmLb && kms.length > 1 ? balancerEndpoint(kmLb, 'management') : nodeEndpoint(kms[0]);
    if (spec.keyManager?.type === 'third-party')
        return undefined;
    // Resident key manager: the nodes that carry it (2.6.0 all-in-one; 4.7.0 control plane or all-in-one).
    const carriers = spec.platform === 'apim-2.6.0' ? byRole(nodes, 'all-in-one') : byRole(nodes, 'control-plane', 'all-in-one');
    return oneOf(carriers, lbs.find((l) => l.id === 'apim'));
}
/** Seed 000 step 4.1: where the key manager deploys APIs, by topology and artifact sync. */
function gatewayManagementTarget(spec, nodes) {
    const managers = byRole(nodes, 'gateway-manager');
    const workers = byRole(nodes, 'gateway-worker', 'gateway');
    const hybrid = byRole(nodes, 'all-in-one');
    if (spec.gatewayArtifactSync !== 'shared-fs' && managers.length > 0)
        return nodeEndpoint(managers[0]);
    const first = managers[0] ?? workers[0] ?? hybrid[0];
    return first ? nodeEndpoint(first) : undefined;
}
export function planTargets(spec, nodes, lbs) {
    const apimLb = lbs.find((l) => l.id === 'apim');
    const gatewayNodes = byRole(nodes, 'gateway-manager', 'gateway-worker', 'gateway');
    const gateways = gatewayNodes.length > 0 ? gatewayNodes : byRole(nodes, 'all-in-one');
    const trafficNodes = byRole(nodes, 'traffic-manager');
    const controlNodes = byRole(nodes, 'control-plane');
    const controlPlanes = controlNodes.length > 0 ? controlNodes : byRole(nodes, 'all-in-one');
    const workers = byRole(nodes, 'gateway-worker', 'gateway');
    const trafficGateways = workers.length > 0 ? workers : gateways;
    const publishers = byRole(nodes, 'publisher');
    const stores = byRole(nodes, 'store');
    const allInOne = byRole(nodes, 'all-in-one');
    const targets = {
        keyManagerNodes: byRole(nodes, 'key-manager').map((n) => n.name),
        gateways: gateways.map(nodeEndpoint),
        trafficManagers: (trafficNodes.length > 0 ? trafficNodes : spec.platform === 'apim-2.6.0' ? allInOne : controlPlanes).map(nodeEndpoint),
        controlPlanes: spec.platform === 'apim-4.7.0' ? controlPlanes.map(nodeEndpoint) : [],
    };
    const km = keyManagerTarget(spec, nodes, lbs);
    if (km)
        targets.keyManager = km;
    const gwm = gatewayManagementTarget(spec, nodes);
    if (gwm)
        targets.gatewayManagement = gwm;
    const gwt = oneOf(trafficGateways, apimLb, 'gateway');
    if (gwt)
        targets.gatewayTraffic = gwt;
    const pub = oneOf(publishers.length > 0 ? publishers : allInOne, apimLb);
    if (pub)
        targets.publisher = pub;
    const store = oneOf(stores.length > 0 ? stores : allInOne, apimLb);
    if (store)
        targets.store = store;
    if (spec.platform === 'apim-4.7.0') {
        const cp = oneOf(controlPlanes, apimLb);
        if (cp)
            targets.controlPlane = cp;
    }
    return targets;
}
