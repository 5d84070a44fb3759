import { error } from './helpers.js';
import { isOn, microgatewayBlocks } from './microgateway-helpers.js';
/** The client-credentials and password grants fetch the microgateway's token at tokenUrl. */
export const microgatewayTokenUrl = (spec) => microgatewayBlocks(spec).flatMap(({ name, block, security }) => {
    const oauth2 = block.security?.oauth2;
    const type = oauth2?.grant?.type;
    if (!isOn(oauth2) || oauth2?.tokenUrl !== undefined || (type !== 'client-credentials' && type !== 'password'))
        return [];
    return [
        error('topology/microgateway-token-url', `${security}/oauth2`, `microgateway "${name}" uses the ${type} grant without tokenUrl; the grant fetches its token there`, 'set oauth2.tokenUrl to the token endpoint of the identity provider'),
    ];
});
