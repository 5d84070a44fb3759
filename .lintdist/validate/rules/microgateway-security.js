import { error } from './helpers.js';
import { isOn, microgatewayBlocks } from './microgateway-helpers.js';
/** The microgateway authenticates to its key manager with basic or oauth2, never both. */
export const microgatewaySecurity = (spec) => microgatewayBlocks(spec).flatMap(({ name, block, security }) => isOn(block.security?.basic) && isOn(block.security?.oauth2)
    ? [
        error('topology/microgateway-security', `${security}/oauth2`, `microgateway "${name}" enables both basic and oauth2 security; it authenticates to the key manager with exactly one of them`, 'remove one of the two, or set enabled: false on it'),
    ]
    : []);
