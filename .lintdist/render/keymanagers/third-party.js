const ENV_REF = /\$env\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
/**
 * Two-space JSON with a final newline; key order is the payload's own (fixed by the planner).
 * `$env{NAME}` is written as `${NAME}`, the form `envsubst` fills in when the payload is posted.
 */
export const payloadJson = (body) => JSON.stringify(body, (_key, value) => (typeof value === 'string' ? value.replace(ENV_REF, (_m, name) => `\${${name}}`) : value), 2) + '\n';
export const thirdPartyKeyManagerRenderer = {
    id: 'third-party-key-managers',
    render(topology) {
        const section = topology.sections['key-managers'];
        return Object.fromEntries((section?.payloads ?? []).map((p) => [p.file, payloadJson(p.body)]));
    },
};
