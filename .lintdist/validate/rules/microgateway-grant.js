import { error } from './helpers.js';
import { isOn, microgatewayBlocks } from './microgateway-helpers.js';
const RULE = 'topology/microgateway-grant';
/** The fields each grant type cannot work without. */
const NEEDS = {
    'client-credentials': ['clientId', 'clientSecret'],
    password: ['username', 'password'],
    'direct-token': ['accessToken'],
};
/** oauth2 security needs a grant, and the grant needs its credentials. */
export const microgatewayGrant = (spec) => microgatewayBlocks(spec).flatMap(({ name, block, security }) => {
    const oauth2 = block.security?.oauth2;
    if (!isOn(oauth2))
        return [];
    const grant = oauth2?.grant;
    if (!grant) {
        return [error(RULE, `${security}/oauth2`, `microgateway "${name}" enables oauth2 security without a grant`, 'add grant with type client-credentials, password or direct-token')];
    }
    const missing = NEEDS[grant.type].filter((key) => grant[key] === undefined || grant[key] === '');
    if (missing.length === 0)
        return [];
    return [error(RULE, `${security}/oauth2/grant`, `grant type ${grant.type} needs ${NEEDS[grant.type].join(' and ')}; missing ${missing.join(' and ')}`)];
});
