import { planApimToml } from './modern/apim.js';
import { planIs7Toml } from './modern/is7.js';
import { payloadProblems, planKeyManagerPayload, planModernKeyManagers } from './modern/key-manager-payload.js';
export { payloadProblems } from './modern/key-manager-payload.js';
/** The section id under `node.sections` and `topology.sections`. */
export const MODERN = 'modern';
export function planModernNode(node, topology, spec) {
    if (node.product === 'apim-4.7.0')
        return planApimToml(node, topology, spec);
    if (node.product === 'is-7.2.0')
        return planIs7Toml(node, topology, spec);
    return undefined;
}
export function planModernTopology(topology, spec) {
    if (topology.platform !== 'apim-4.7.0' || spec.keyManager?.type !== 'is7')
        return undefined;
    return planModernKeyManagers(topology, spec);
}
/** Findings the spec rules cannot see: they need the planned key manager payload. */
export function checkModern(topology, spec) {
    if (topology.platform !== 'apim-4.7.0' || spec.keyManager?.type !== 'is7')
        return [];
    const findings = [];
    if (!spec.mutualTls?.trustedIssuer) {
        findings.push({
            pointer: spec.mutualTls ? '/mutualTls' : '/keyManager/type',
            rule: 'topology/is7-mutual-tls',
            severity: 'warning',
            message: 'Identity Server 7 trusts API Manager by its client certificate, but mutualTls.trustedIssuer is not set: no thumbprint mapping is written (S2.2)',
            hint: 'set mutualTls.trustedIssuer to the issuer DN of API Manager\'s certificate (openssl x509 -noout -issuer -in apim.crt)',
        });
    }
    const km = planKeyManagerPayload(topology, spec);
    for (const problem of km ? payloadProblems(km.body) : ['no Identity Server or control plane to register']) {
        findings.push({ pointer: '/keyManager', rule: 'topology/is7-key-manager-payload', severity: 'error', message: `key manager payload: ${problem}` });
    }
    return findings;
}
export const modernPlanner = {
    id: MODERN,
    node: planModernNode,
    topology: planModernTopology,
    check: checkModern,
};
