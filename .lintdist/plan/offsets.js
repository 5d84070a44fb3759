const DEFAULT_START = { 'ob-km-1.5.0': 3 };
export function resolveOffsets(nodes) {
    const used = new Map();
    const taken = (host) => {
        let s = used.get(host);
        if (!s)
            used.set(host, (s = new Set()));
        return s;
    };
    for (const { spec } of nodes) {
        if (typeof spec.portOffset === 'number')
            taken(spec.host).add(spec.portOffset);
    }
    return nodes.map(({ spec, product }) => {
        if (typeof spec.portOffset === 'number')
            return spec.portOffset;
        const set = taken(spec.host);
        let offset = DEFAULT_START[product] ?? 0;
        while (set.has(offset))
            offset++;
        set.add(offset);
        return offset;
    });
}
