/**
 * Rule ids of the spec checks (semantic rules and the plan's checks). A spec's `allow` list and
 * `--allow` name ids from here; only warnings are ever dropped, errors stay errors.
 */
import { UsageError } from '../diagnostics/diagnostic.js'
import { suggest } from '../spec/suggest.js'

export const SPEC_RULES: readonly string[] = [
  'loadbalancer/duplicate-server',
  'loadbalancer/management-host-unused',
  'loadbalancer/nginx-unsafe-value',
  'loadbalancer/no-members',
  'loadbalancer/port-tls-mismatch',
  'spec/env-control-character',
  'spec/env-unset',
  'topology/artifact-sync',
  'topology/auto-configure-allowed-usernames',
  'topology/auto-configure-resident',
  'topology/clustering-single-node',
  'topology/clustering-unused',
  'topology/database-host',
  'topology/database-identifier-length',
  'topology/database-script-value',
  'topology/default-credentials',
  'topology/duplicate-node-name',
  'topology/env-unsupported',
  'topology/h2-shared',
  'topology/is7-key-manager-payload',
  'topology/key-manager-configuration',
  'topology/key-manager-endpoint',
  'topology/key-manager-load-balancer',
  'topology/key-manager-nodes',
  'topology/key-manager-payload',
  'topology/key-manager-platform',
  'topology/key-manager-token-validation',
  'topology/key-validation-host',
  'topology/load-balancer-single-node',
  'topology/loopback-host',
  'topology/microgateway-grant',
  'topology/microgateway-grant-fields',
  'topology/microgateway-jwt-issuer',
  'topology/microgateway-key-manager',
  'topology/microgateway-key-manager-url',
  'topology/microgateway-key-validation',
  'topology/microgateway-pairing',
  'topology/microgateway-reference',
  'topology/microgateway-refresh',
  'topology/microgateway-refresh-fields',
  'topology/microgateway-role',
  'topology/microgateway-security',
  'topology/microgateway-token-url',
  'topology/microgateway-unauthenticated',
  'topology/mutual-tls',
  'topology/mutual-tls-balancer',
  'topology/pattern-roles',
  'topology/port-collision',
  'topology/reference-syntax',
  'topology/role-not-on-platform',
  'topology/shared-ldap-ha',
  'topology/shared-ldap-unavailable',
  'topology/tenant-sharing',
  'topology/third-party',
  'topology/third-party-jar',
  'topology/unsafe-key-manager-name',
  'topology/unsafe-node-name',
  'topology/xml-invalid-character',
]

/** The rule id of an `allow` entry that names no rule. */
export const UNKNOWN_ALLOWED_RULE = 'spec/unknown-allowed-rule'

export const isSpecRule = (id: string): boolean => SPEC_RULES.includes(id)

/** "did you mean …" for a rule id that is not one, or where rule ids are shown. */
export function ruleHint(id: string): string {
  const near = suggest(id, SPEC_RULES)
  return near ? `did you mean "${near}"?` : 'a rule id is printed in brackets after each warning, e.g. [topology/default-credentials]'
}

/** `--allow` values: each must name a rule (exit 2 otherwise). */
export function checkAllowOption(ids: readonly string[]): void {
  for (const id of ids) if (!isSpecRule(id)) throw new UsageError(`--allow ${id}: no such rule; ${ruleHint(id)}`)
}
