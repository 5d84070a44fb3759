import { eachString, error, indexed, nodePointer } from './helpers.js';
const SECRET = /\$secret\{/;
/** micro-gw.conf resolves `$env{…}` but has no secure vault: a `$secret{…}` would be read as text. */
export const microgatewaySecretReferences = (spec) => {
    const findings = [];
    for (const { node, index } of indexed(spec)) {
        if (!node.microgateway)
            continue;
        const base = nodePointer(index, 'microgateway');
        eachString(node.microgateway, (text, pointer, isKey) => {
            if (isKey || !SECRET.test(text))
                return;
            findings.push(error('topology/microgateway-secret', base + pointer, `microgateway "${node.name}" cannot resolve $secret{…} references; micro-gw.conf reads $env{…} references only`, 'use an $env{…} reference and set the variable where the microgateway runs'));
        });
    }
    return findings;
};
