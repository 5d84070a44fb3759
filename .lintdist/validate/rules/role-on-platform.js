import { ROLES_BY_PLATFORM } from '../../model/spec.js';
import { suggest } from '../../spec/suggest.js';
import { error, indexed, nodePointer } from './helpers.js';
/** The closest role of the other platform, for a hint. */
const COUNTERPART = {
    'apim-2.6.0': { 'control-plane': 'publisher and store', gateway: 'gateway-worker or gateway-manager' },
    'apim-4.7.0': { publisher: 'control-plane', store: 'control-plane', 'gateway-worker': 'gateway', 'gateway-manager': 'gateway' },
};
/** Every node's role must exist on the platform. */
export const roleOnPlatform = (spec) => {
    const roles = ROLES_BY_PLATFORM[spec.platform];
    return indexed(spec).flatMap(({ node, index }) => {
        if (roles.includes(node.role))
            return [];
        const instead = COUNTERPART[spec.platform][node.role] ?? suggest(node.role, roles);
        return [
            error('topology/role-not-on-platform', nodePointer(index, 'role'), `role ${node.role} does not exist on ${spec.platform}; its roles are ${roles.join(', ')}`, instead ? `on ${spec.platform} use ${instead}` : undefined),
        ];
    });
};
