import { error, keyManagerType, nodePointer, withRole } from './helpers.js';
const RULE = 'topology/key-manager-nodes';
/** Key manager types that run as nodes of this topology, and the product each node runs. */
const PRODUCT = {
    'is-km': 'WSO2 IS as Key Manager 5.7.0',
    'ob-km': 'Open Banking Key Manager 1.5',
    is7: 'WSO2 Identity Server 7.2.0',
};
/** key-manager nodes must agree with keyManager.type. */
export const keyManagerNodes = (spec) => {
    const type = keyManagerType(spec);
    const kms = withRole(spec, 'key-manager');
    const findings = [];
    const product = PRODUCT[type];
    if (product && kms.length === 0) {
        findings.push(error(RULE, '/keyManager/type', `keyManager.type ${type} needs at least one node with role key-manager to run ${product}; there is none`));
    }
    if (type === 'third-party') {
        for (const { node, index } of kms) {
            findings.push(error(RULE, nodePointer(index, 'role'), `node "${node.name}" has role key-manager, but keyManager.type third-party means the key manager runs outside this topology`, 'remove the node, or change keyManager.type'));
        }
    }
    if (type === 'resident' && spec.platform === 'apim-4.7.0') {
        for (const { node, index } of kms) {
            findings.push(error(RULE, nodePointer(index, 'role'), `node "${node.name}" has role key-manager, which on apim-4.7.0 runs Identity Server 7.2.0 and needs keyManager.type is7; the resident key manager is part of the control plane`, 'set keyManager.type to is7, or remove the node'));
        }
    }
    return findings;
};
