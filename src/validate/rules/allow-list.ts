import { pointerOf } from '../../diagnostics/diagnostic.js'
import { isSpecRule, ruleHint, UNKNOWN_ALLOWED_RULE } from '../rule-ids.js'
import { error } from './helpers.js'
import type { Rule } from './types.js'

/** Every entry of `allow` names a rule of the spec checks. */
export const allowList: Rule = (spec) =>
  (spec.allow ?? []).flatMap((id, i) => (isSpecRule(id) ? [] : [error(UNKNOWN_ALLOWED_RULE, pointerOf(['allow', i]), `allow names no rule "${id}"`, ruleHint(id))]))
