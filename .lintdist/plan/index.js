import { planClusters } from './cluster.js';
import { portCollisions } from './collisions.js';
import { datasourcesFor } from './datasources.js';
import { JDBC } from './database.js';
import { planFiles } from './files.js';
import { planLoadBalancers } from './loadbalancers.js';
import { resolveOffsets } from './offsets.js';
import { portsOf } from './ports.js';
import { productOf } from './products.js';
import { sectionPlanners } from './sections.js';
import { planTargets } from './targets.js';
export function plan(spec) {
    const kmType = spec.keyManager?.type ?? 'resident';
    const chosen = spec.nodes.map((n) => ({ spec: n, ...productOf(spec.platform, kmType, n) }));
    const offsets = resolveOffsets(chosen);
    const nodes = chosen.map(({ spec: n, product, profile }, i) => ({
        name: n.name,
        role: n.role,
        host: n.host,
        platform: spec.platform,
        product,
        profile,
        portOffset: offsets[i],
        ports: portsOf(product, offsets[i]),
        targets: { keyManagerNodes: [], gateways: [], trafficManagers: [], controlPlanes: [] },
        datasources: datasourcesFor(spec, product, profile),
        files: [],
        sections: {},
    }));
    const loadBalancers = planLoadBalancers(spec, nodes);
    const clusters = planClusters(spec, nodes);
    const targets = planTargets(spec, nodes, loadBalancers);
    const db = spec.database ?? { type: 'h2' };
    const topology = {
        name: spec.name,
        platform: spec.platform,
        pattern: spec.pattern,
        keyManagerType: kmType,
        nodes,
        loadBalancers,
        database: db.type === 'h2'
            ? { type: 'h2' }
            : { type: db.type, host: db.host ?? 'localhost', port: db.port ?? JDBC[db.type].defaultPort },
        sections: {},
    };
    for (const node of nodes) {
        node.targets = structuredClone(targets);
        const c = clusters.get(node.name);
        if (c)
            node.cluster = c;
        node.files = planFiles(node, topology);
    }
    const indexOf = (name) => spec.nodes.findIndex((n) => n.name === name);
    const findings = portCollisions(nodes, indexOf);
    for (const planner of sectionPlanners()) {
        if (planner.topology) {
            const t = planner.topology(topology, spec);
            if (t !== undefined)
                topology.sections[planner.id] = t;
        }
        if (planner.node) {
            for (const node of nodes) {
                const s = planner.node(node, topology, spec);
                if (s !== undefined)
                    node.sections[planner.id] = s;
            }
        }
        if (planner.check)
            findings.push(...planner.check(topology, spec));
    }
    return { plan: topology, findings };
}
