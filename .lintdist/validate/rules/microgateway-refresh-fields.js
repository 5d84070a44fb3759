import { error } from './helpers.js';
import { isOn, microgatewayBlocks } from './microgateway-helpers.js';
/**
 * What the refresh grant reads, per grant it renews: with the password grant the microgateway
 * renews at refreshUrl with the grant's client; with a direct token it has only the refresh table.
 */
const NEEDS = {
    password: ['refreshUrl'],
    'direct-token': ['refreshUrl', 'refreshToken', 'clientId', 'clientSecret'],
};
/** refresh must hold what its grant needs (a refresh with another grant is microgateway-refresh's). */
export const microgatewayRefreshFields = (spec) => microgatewayBlocks(spec).flatMap(({ name, block, security }) => {
    const oauth2 = block.security?.oauth2;
    const refresh = oauth2?.refresh;
    const type = oauth2?.grant?.type;
    if (!isOn(oauth2) || !refresh || (type !== 'password' && type !== 'direct-token'))
        return [];
    const missing = NEEDS[type].filter((key) => refresh[key] === undefined || refresh[key] === '');
    if (missing.length === 0)
        return [];
    return [
        error('topology/microgateway-refresh-fields', `${security}/oauth2/refresh`, `microgateway "${name}" refreshes its ${type} token without ${missing.join(' and ')}; with the ${type} grant refresh needs ${NEEDS[type].join(', ')}`),
    ];
});
