import type { Finding } from '../../diagnostics/diagnostic.js'
import type { Rule } from './types.js'
import { error, indexed, nodePointer, warning } from './helpers.js'

/** What WSO2 pairs with each platform instead of Microgateway 3.2. */
const INSTEAD: Record<string, string> = {
  'apim-2.6.0': 'API Manager 2.6.0 pairs with API Microgateway 2.6',
  'apim-4.7.0': 'API Manager 4.x pairs with Choreo Connect, the successor of the microgateway',
}

/**
 * WSO2 states that Microgateway 3.2.x is compatible with the API Manager 3.x series only
 * (wso2.com/api-manager/api-microgateway), so a microgateway next to 2.6.0 or 4.7.0 is an untested
 * pairing. And API Manager 4.x / Identity Server 7 offer no WSO2 key validation service: the 3.2
 * gateway uses it only in legacy mode, "for API-M versions < 3.2" (product-microgateway v3.2.0
 * token_introspection_handler.bal), so `external: false` there fails every opaque token.
 */
export const microgatewayPairing: Rule = (spec) => {
  const findings: Finding[] = []
  for (const { node, index } of indexed(spec)) {
    if (node.role !== 'microgateway') continue
    const version = spec.platform.replace(/^apim-/, '')
    findings.push(
      warning(
        'topology/microgateway-pairing',
        nodePointer(index),
        `microgateway "${node.name}" runs API Microgateway 3.2, which WSO2 supports with the API Manager 3.x series only; this topology runs API Manager ${version}`,
        `${INSTEAD[spec.platform] ?? 'check the pairing with WSO2'}; keep the microgateway only if you have tested it against this API Manager`,
      ),
    )
    const km = node.microgateway?.keyManager
    if (spec.platform === 'apim-4.7.0' && km?.url === undefined && km?.external === false) {
      findings.push(
        error(
          'topology/microgateway-key-validation',
          nodePointer(index, 'microgateway', 'keyManager', 'external'),
          `microgateway "${node.name}" sets external: false, the WSO2 key validation service, which the API Manager 4.7.0 topology's key manager does not offer`,
          'remove external (or set it to true): the microgateway then introspects tokens at <key manager>/oauth2/introspect',
        ),
      )
    }
  }
  return findings
}
