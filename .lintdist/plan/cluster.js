import { portOf } from './ports.js';
function defaultDomain(spec, key) {
    if (key === 'key-manager') {
        const t = spec.keyManager?.type;
        return t === 'ob-km' ? 'wso2.obkm.domain' : t === 'is7' ? 'wso2.is.domain' : 'wso2.km.domain';
    }
    return 'wso2.am.domain';
}
function groupKey(spec, node) {
    switch (node.role) {
        case 'key-manager':
            return 'key-manager';
        case 'gateway-manager':
        case 'gateway-worker':
            return 'gateway';
        case 'all-in-one':
            return spec.platform === 'apim-2.6.0' ? 'apim' : undefined;
        default:
            return undefined;
    }
}
export function planClusters(spec, nodes) {
    const scheme = spec.clustering?.scheme ?? 'wka';
    const result = new Map();
    if (scheme === 'none')
        return result;
    const groups = new Map();
    for (const node of nodes) {
        const key = groupKey(spec, node);
        if (!key)
            continue;
        let g = groups.get(key);
        if (!g) {
            // The spec's domain names the API Manager cluster; key managers keep their own domain.
            const domain = key !== 'key-manager' && spec.clustering?.domain ? spec.clustering.domain : defaultDomain(spec, key);
            groups.set(key, (g = { key, domain, nodes: [] }));
        }
        g.nodes.push(node);
    }
    for (const g of groups.values()) {
        if (g.nodes.length < 2)
            continue;
        const members = g.nodes.map((n) => ({ node: n.name, host: n.host, port: portOf(n.ports, 'hazelcast') ?? 4000 }));
        for (const n of g.nodes) {
            const self = members.find((m) => m.node === n.name);
            const subDomain = n.role === 'gateway-manager' ? 'mgt' : n.role === 'gateway-worker' ? 'worker' : undefined;
            result.set(n.name, {
                scheme,
                domain: g.domain,
                ...(subDomain ? { subDomain } : {}),
                localMemberHost: n.host,
                localMemberPort: self.port,
                members,
            });
        }
    }
    return result;
}
