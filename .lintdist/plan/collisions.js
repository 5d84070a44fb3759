export function portCollisions(nodes, nodeIndex) {
    const seen = new Map();
    const findings = [];
    for (const node of nodes) {
        for (const p of node.ports) {
            const key = `${node.host}:${p.effective}`;
            const prior = seen.get(key);
            if (!prior) {
                seen.set(key, { node: node.name, service: p.service });
                continue;
            }
            findings.push({
                pointer: `/nodes/${nodeIndex(node.name)}/portOffset`,
                rule: 'topology/port-collision',
                severity: 'error',
                message: `port ${p.effective} (${p.service}) of node "${node.name}" is also used by node "${prior.node}" (${prior.service}) on host ${node.host}`,
                hint: 'give each node on a shared host its own portOffset, or use portOffset: auto',
            });
        }
    }
    return findings;
}
