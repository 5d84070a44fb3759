/** Roles per stage; within a stage, roles start in the order listed (gateway manager before workers). */
const STAGES = [
    { stage: 'key-managers', roles: ['key-manager'] },
    { stage: 'traffic-managers', roles: ['traffic-manager'] },
    { stage: 'management', roles: ['all-in-one', 'control-plane', 'publisher', 'store'] },
    { stage: 'gateways', roles: ['gateway-manager', 'gateway-worker', 'gateway'] },
    { stage: 'microgateways', roles: ['microgateway'] },
];
export function startOrder(topology) {
    const stages = topology.database.type === 'h2' ? [] : [{ stage: 'database', nodes: [] }];
    for (const { stage, roles } of STAGES) {
        const nodes = roles.flatMap((role) => topology.nodes.filter((n) => n.role === role).map((n) => n.name));
        if (nodes.length > 0)
            stages.push({ stage, nodes });
    }
    return stages;
}
/**
 * PITFALL 24: two API Manager nodes that start together on an empty database race to register the
 * portals' system applications; one node boots alone first.
 */
export function firstBoot(topology) {
    for (const role of ['control-plane', 'all-in-one']) {
        const same = topology.nodes.filter((n) => n.role === role);
        if (same.length >= 2)
            return { node: same[0].name, then: same.slice(1).map((n) => n.name) };
    }
    return undefined;
}
