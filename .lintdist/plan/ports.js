/** Carbon 4.4 (API Manager 2.6.0, IS as Key Manager 5.7.0, Open Banking KM 1.5). */
const CARBON_BASE = [
    ['https', 9443, 'product'],
    ['http', 9763, 'product'],
    ['ldap', 10389, 'product'],
    ['kdc', 8000, 'product'],
    ['jmxRegistry', 9999, 'product'],
    ['jmxServer', 11111, 'product'],
    ['thriftEntitlement', 10500, 'product'],
    // Hazelcast reads localMemberPort as written: the plan shifts it by hand.
    ['hazelcast', 4000, 'manual'],
];
const APIM_EXTRA = [
    ['nioHttps', 8243, 'product'],
    ['nioHttp', 8280, 'product'],
    ['jms', 5672, 'product'],
    ['binaryTcp', 9611, 'product'],
    ['binarySsl', 9711, 'product'],
    ['ws', 9099, 'product'],
    ['wss', 8099, 'product'],
];
const PORTS = {
    'apim-2.6.0': [...CARBON_BASE, ...APIM_EXTRA, ['thrift', 10397, 'product']],
    'is-km-5.7.0': [...CARBON_BASE, ['thrift', 10397, 'product']],
    'ob-km-1.5.0': [...CARBON_BASE, ['thrift', 10397, 'product']],
    'apim-4.7.0': [...CARBON_BASE, ...APIM_EXTRA],
    'is-7.2.0': CARBON_BASE.filter(([s]) => s !== 'ldap'),
    // The microgateway has no carbon offset; its listener ports are literal, shifted by hand.
    'microgateway-3.2.0': [
        ['mgwHttp', 9090, 'manual'],
        ['mgwHttps', 9095, 'manual'],
        ['mgwToken', 9096, 'manual'],
    ],
};
export function portsOf(product, offset) {
    return PORTS[product].map(([service, base, mode]) => ({
        service,
        base,
        offset: mode,
        effective: mode === 'fixed' ? base : base + offset,
    }));
}
export function portOf(ports, service) {
    return ports.find((p) => p.service === service)?.effective;
}
/** Effective ports keyed by service, for endpoints. */
export function portMap(ports) {
    return Object.fromEntries(ports.map((p) => [p.service, p.effective]));
}
