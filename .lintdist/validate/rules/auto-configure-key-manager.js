import { error, keyManagerType } from './helpers.js';
/** autoConfigureKeyManager replaces the resident key manager, so it contradicts type resident (S2.7). */
export const autoConfigureKeyManager = (spec) => {
    if (spec.tenantSharing?.autoConfigureKeyManager !== true || keyManagerType(spec) !== 'resident')
        return [];
    return [
        error('topology/auto-configure-resident', '/tenantSharing/autoConfigureKeyManager', 'autoConfigureKeyManager registers Identity Server as the key manager and stops API Manager from creating its resident one, which contradicts keyManager.type resident', 'set keyManager.type to is7, or set autoConfigureKeyManager to false'),
    ];
};
