import { eachString, error } from './helpers.js';
const ENV = /\$env\{([^}]*)\}/;
/** Where the product itself resolves `$env{…}`: micro-gw.conf does, the 2.6.0 XML files do not. */
const inMicrogateway = (path) => path[0] === 'nodes' && path[2] === 'microgateway';
/** apim-2.6.0 XML files take values literally, so `$env{…}` would reach the server unresolved. */
export const envReferences = (spec, opts) => {
    if (spec.platform !== 'apim-2.6.0' || opts.resolveEnv)
        return [];
    const findings = [];
    eachString(spec, (text, pointer, isKey) => {
        const match = isKey ? null : ENV.exec(text);
        if (!match)
            return;
        findings.push(error('topology/env-unsupported', pointer, `$env{${match[1] ?? ''}} would be written literally: the apim-2.6.0 XML configuration does not resolve environment references`, 'write the value itself, or use --resolve-env to substitute it from the environment when rendering'));
    }, [], inMicrogateway);
    return findings;
};
