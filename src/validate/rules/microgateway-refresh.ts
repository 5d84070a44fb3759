import type { Rule } from './types.js'
import { error } from './helpers.js'
import { microgatewayBlocks } from './microgateway-helpers.js'

/** A refresh token exists only for the password and direct-token grants. */
export const microgatewayRefresh: Rule = (spec) =>
  microgatewayBlocks(spec).flatMap(({ name, block, security }) => {
    const oauth2 = block.security?.oauth2
    if (!oauth2?.refresh) return []
    const type = oauth2.grant?.type
    if (type === 'password' || type === 'direct-token') return []
    return [
      error(
        'topology/microgateway-refresh',
        `${security}/oauth2/refresh`,
        `microgateway "${name}" sets refresh with ${type ? `the ${type} grant` : 'no grant'}; refresh works only with the password or direct-token grant`,
        type === 'client-credentials' ? 'remove refresh: the client-credentials grant simply asks for a new token' : undefined,
      ),
    ]
  })
