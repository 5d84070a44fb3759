import { error, keyManagerType } from './helpers.js';
/** The platforms each key manager type works with. */
const PLATFORMS = {
    resident: ['apim-2.6.0', 'apim-4.7.0'],
    'is-km': ['apim-2.6.0'],
    'ob-km': ['apim-2.6.0'],
    is7: ['apim-4.7.0'],
    'third-party': ['apim-2.6.0', 'apim-4.7.0'],
};
/** keyManager.type must be one the platform supports. */
export const keyManagerPlatform = (spec) => {
    const type = keyManagerType(spec);
    if (PLATFORMS[type].includes(spec.platform))
        return [];
    const options = Object.keys(PLATFORMS).filter((t) => PLATFORMS[t].includes(spec.platform));
    return [
        error('topology/key-manager-platform', '/keyManager/type', `keyManager.type ${type} works only with ${PLATFORMS[type].join(', ')}, not ${spec.platform}; on ${spec.platform} use ${options.join(', ')}`),
    ];
};
