import { pointerOf } from '../diagnostics/diagnostic.js';
const ENV_REF = /\$env\{([^}]*)\}/g;
/** Paths whose consumer resolves `$env{…}` itself (the microgateway reads them at start-up). */
const keepsReferences = (path) => path[0] === 'nodes' && path[2] === 'microgateway';
export function resolveEnvRefs(value, env) {
    const findings = [];
    const walk = (v, path) => {
        if (keepsReferences(path))
            return v;
        if (typeof v === 'string') {
            return v.replace(ENV_REF, (ref, name) => {
                const got = env[name];
                if (got === undefined) {
                    findings.push({
                        pointer: pointerOf(path),
                        rule: 'spec/env-unset',
                        severity: 'error',
                        message: `${ref} cannot be resolved: the environment variable ${name} is not set`,
                        hint: `set ${name} before running with --resolve-env, or write the value into the spec`,
                    });
                    return ref;
                }
                return got;
            });
        }
        if (Array.isArray(v))
            return v.map((x, i) => walk(x, [...path, i]));
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, [...path, k])]));
        return v;
    };
    return { value: walk(value, []), findings };
}
