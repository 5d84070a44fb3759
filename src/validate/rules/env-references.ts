import type { Finding } from '../../diagnostics/diagnostic.js'
import type { Rule } from './types.js'
import { eachString, error } from './helpers.js'

const ENV = /\$env\{([^}]*)\}/

/** Microgateway blocks have their own rule (microgateway-references): Ballerina config resolves no reference. */
const inMicrogateway = (path: readonly (string | number)[]): boolean => path[0] === 'nodes' && path[2] === 'microgateway'

/** apim-2.6.0 XML files take values literally, so `$env{…}` would reach the server unresolved. */
export const envReferences: Rule = (spec, opts) => {
  if (spec.platform !== 'apim-2.6.0' || opts.resolveEnv) return []
  const findings: Finding[] = []
  eachString(
    spec,
    (text, pointer, isKey) => {
      const match = isKey ? null : ENV.exec(text)
      if (!match) return
      findings.push(
        error(
          'topology/env-unsupported',
          pointer,
          `$env{${match[1] ?? ''}} would be written literally: the apim-2.6.0 XML configuration does not resolve environment references`,
          'write the value itself, or use --resolve-env to substitute it from the environment when rendering',
        ),
      )
    },
    [],
    inMicrogateway,
  )
  return findings
}
