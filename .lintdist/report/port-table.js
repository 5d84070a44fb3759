export function portTable(topology) {
    const byHost = new Map();
    for (const n of topology.nodes) {
        const rows = byHost.get(n.host) ?? [];
        for (const p of n.ports)
            rows.push({ host: n.host, port: p.effective, node: n.name, service: p.service, base: p.base, offset: p.offset });
        byHost.set(n.host, rows);
    }
    const hosts = [...byHost.keys()].sort().map((host) => ({
        host,
        rows: byHost.get(host).sort((a, b) => a.port - b.port || a.node.localeCompare(b.node)),
    }));
    const collisions = [];
    for (const { host, rows } of hosts) {
        const seen = new Map();
        for (const r of rows)
            seen.set(r.port, [...(seen.get(r.port) ?? []), r.node]);
        for (const [port, nodes] of seen)
            if (nodes.length > 1)
                collisions.push({ host, port, nodes });
    }
    return { hosts, collisions };
}
const OFFSET_NOTE = { product: 'offset by product', manual: 'offset by plan', fixed: 'fixed' };
export function portTableText(table) {
    const lines = [];
    for (const { host, rows } of table.hosts) {
        lines.push(`${host}`);
        const w = Math.max(...rows.map((r) => r.node.length), 4);
        for (const r of rows) {
            lines.push(`  ${String(r.port).padStart(5)}  ${r.node.padEnd(w)}  ${r.service.padEnd(17)} ${String(r.base).padStart(5)} ${OFFSET_NOTE[r.offset]}`);
        }
    }
    lines.push(table.collisions.length === 0
        ? `no collisions: ${table.hosts.reduce((s, h) => s + h.rows.length, 0)} ports on ${table.hosts.length} hosts are distinct per host`
        : `${table.collisions.length} collisions`);
    return lines.join('\n');
}
