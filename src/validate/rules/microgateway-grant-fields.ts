import type { MicrogatewayGrantSpec } from '../../model/spec.js'
import type { Rule } from './types.js'
import { error } from './helpers.js'
import { microgatewayBlocks } from './microgateway-helpers.js'

/** The settings each grant type reads; a setting of another grant means two grants were meant. */
const READS: Record<MicrogatewayGrantSpec['type'], readonly (keyof MicrogatewayGrantSpec)[]> = {
  'client-credentials': ['type', 'clientId', 'clientSecret', 'scopes'],
  password: ['type', 'clientId', 'clientSecret', 'scopes', 'username', 'password'],
  'direct-token': ['type', 'accessToken'],
}

/** A grant holds only its own settings: micro-gw.conf enables exactly one grant (S4.3). */
export const microgatewayGrantFields: Rule = (spec) =>
  microgatewayBlocks(spec).flatMap(({ name, block, security }) => {
    const grant = block.security?.oauth2?.grant
    if (!grant) return []
    const reads = READS[grant.type]
    return (Object.keys(grant) as (keyof MicrogatewayGrantSpec)[])
      .filter((key) => !reads.includes(key))
      .map((key) => {
        const owners = (Object.keys(READS) as MicrogatewayGrantSpec['type'][]).filter((t) => t !== grant.type && READS[t].includes(key))
        return error(
          'topology/microgateway-grant-fields',
          `${security}/oauth2/grant/${key}`,
          `microgateway "${name}" sets ${key}, a setting of the ${owners.join(' or ')} grant, on a ${grant.type} grant; micro-gw.conf enables exactly one grant`,
          `remove ${key}, or change grant.type`,
        )
      })
  })
