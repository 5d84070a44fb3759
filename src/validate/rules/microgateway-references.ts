import type { Finding } from '../../diagnostics/diagnostic.js'
import type { Rule } from './types.js'
import { eachString, error, indexed, nodePointer } from './helpers.js'

const REFERENCE = /\$(env|secret)\{[^}]*\}?/

/** Basic credentials the spec may leave out: the planner then leaves the key out and the README exports it. */
const OPTIONAL: Record<string, string> = {
  '/security/basic/username': 'keymanager_security_basic_username',
  '/security/basic/password': 'keymanager_security_basic_password',
}

/**
 * Microgateway 3.x reads micro-gw.conf through Ballerina's config API (product-microgateway
 * utils.bal getConfigValue → config:getAsString): a key comes from the command line, the
 * environment or the file, an `@encrypted:{…}` value is decrypted, but `$env{…}` and `$secret{…}`
 * are Carbon syntax it never resolves — the gateway would send the reference text itself.
 */
export const microgatewayReferences: Rule = (spec) => {
  const findings: Finding[] = []
  for (const { node, index } of indexed(spec)) {
    if (!node.microgateway) continue
    const base = nodePointer(index, 'microgateway')
    eachString(node.microgateway, (text, pointer, isKey) => {
      const match = isKey ? null : REFERENCE.exec(text)
      if (!match) return
      const variable = OPTIONAL[pointer]
      const field = pointer.slice(1).split('/').join('.')
      findings.push(
        error(
          'topology/microgateway-reference',
          base + pointer,
          `microgateway "${node.name}" would send ${match[0]} as it is: Microgateway 3.x reads micro-gw.conf through Ballerina's config API, which resolves no $env{…} or $secret{…} reference`,
          variable
            ? `write the value itself or its Ballerina @encrypted:{…} form, or leave ${field} out: the README then says to export ${variable}, which the microgateway reads in its place`
            : `write the value itself or its Ballerina @encrypted:{…} form (decrypted at start with --b7a.config.secret=<file>)`,
        ),
      )
    })
  }
  return findings
}
