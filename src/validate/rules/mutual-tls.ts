import type { Rule } from './types.js'
import { error, keyManagerType } from './helpers.js'

/** mutualTls configures Identity Server 7; other key managers have no such settings. */
export const mutualTls: Rule = (spec) => {
  const type = keyManagerType(spec)
  if (!spec.mutualTls || type === 'is7') return []
  return [error('topology/mutual-tls', '/mutualTls', `mutualTls configures Identity Server 7.2.0 and needs keyManager.type is7; the key manager type is ${type}`, 'remove mutualTls, or set keyManager.type to is7')]
}
