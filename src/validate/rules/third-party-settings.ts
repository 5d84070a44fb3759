import type { Finding } from '../../diagnostics/diagnostic.js'
import type { Platform, ThirdPartySpec } from '../../model/spec.js'
import type { Rule } from './types.js'
import { error, keyManagerType, warning } from './helpers.js'

const RULE = 'topology/third-party'

/** What each platform reads from keyManager.thirdParty: required and optional fields. */
const FIELDS: Record<Platform, { required: readonly (keyof ThirdPartySpec)[]; optional: readonly (keyof ThirdPartySpec)[] }> = {
  'apim-2.6.0': { required: ['clientImpl'], optional: ['validationHandler', 'properties', 'jar'] },
  'apim-4.7.0': { required: ['connector', 'name', 'endpoints'], optional: ['configuration', 'claims', 'grantTypes'] },
}

/** A third-party key manager needs the settings its platform registers it with. */
export const thirdPartySettings: Rule = (spec) => {
  const third = spec.keyManager?.thirdParty
  const type = keyManagerType(spec)
  if (type !== 'third-party') {
    return third ? [warning(RULE, '/keyManager/thirdParty', `keyManager.thirdParty is ignored because keyManager.type is ${type}`)] : []
  }
  const { required, optional } = FIELDS[spec.platform]
  const findings: Finding[] = []
  const missing = required.filter((key) => third?.[key] === undefined)
  if (missing.length > 0) {
    findings.push(
      error(RULE, third ? '/keyManager/thirdParty' : '/keyManager', `keyManager.type third-party on ${spec.platform} needs keyManager.thirdParty with ${required.join(', ')}; missing ${missing.join(', ')}`),
    )
  }
  for (const key of Object.keys(third ?? {}) as (keyof ThirdPartySpec)[]) {
    if (!required.includes(key) && !optional.includes(key)) {
      findings.push(warning(RULE, `/keyManager/thirdParty/${key}`, `keyManager.thirdParty.${key} is not used on ${spec.platform} and is ignored`))
    }
  }
  return findings
}
