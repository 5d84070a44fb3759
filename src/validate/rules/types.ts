import type { Finding } from '../../diagnostics/diagnostic.js'
import type { Spec } from '../../model/spec.js'

/** Options of the semantic checks. */
export interface RuleOptions {
  /** `$env{…}` references are substituted at render time, so the legacy XML model may hold them. */
  resolveEnv?: boolean
}

/** One semantic check over a schema-valid spec. */
export type Rule = (spec: Spec, opts: RuleOptions) => Finding[]
