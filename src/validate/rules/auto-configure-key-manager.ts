import type { Finding } from '../../diagnostics/diagnostic.js'
import type { Rule } from './types.js'
import { error, keyManagerType, warning } from './helpers.js'

/**
 * autoConfigureKeyManager replaces the resident key manager, so it contradicts type resident (S2.7).
 *
 * With is7, API Manager registers each new tenant's key manager itself, with mutual TLS as
 * `<tenant admin>@<tenant domain>` (apim-km-wso2is WSO2IS7ConnectorConfiguration, the
 * auto-configured key manager's IdentityUser). Identity Server accepts API Manager's certificate
 * only for a user its `allowed_username` lists, so a list without `*` and without any tenant admin
 * leaves every auto-configured tenant unable to create applications or keys.
 */
export const autoConfigureKeyManager: Rule = (spec) => {
  if (spec.tenantSharing?.autoConfigureKeyManager !== true) return []
  const type = keyManagerType(spec)
  if (type === 'resident') {
    return [
      error(
        'topology/auto-configure-resident',
        '/tenantSharing/autoConfigureKeyManager',
        'autoConfigureKeyManager registers Identity Server as the key manager and stops API Manager from creating its resident one, which contradicts keyManager.type resident',
        'set keyManager.type to is7, or set autoConfigureKeyManager to false',
      ),
    ]
  }
  if (type !== 'is7') return []
  const findings: Finding[] = []
  const m = spec.mutualTls
  const why =
    'autoConfigureKeyManager registers each new tenant\'s key manager with mutual TLS as <tenant admin>@<tenant domain>, ' +
    'and Identity Server accepts API Manager\'s certificate only for the users allowed_username lists'
  if (!m?.trustedIssuer) return findings
  const allowed = m.allowedUsernames
  if (allowed === undefined || allowed.includes('*')) return findings
  const tenantUsers = allowed.filter((u) => u.includes('@'))
  if (tenantUsers.length === 0) {
    findings.push(
      error(
        'topology/auto-configure-allowed-usernames',
        '/mutualTls/allowedUsernames',
        `${why}; ${allowed.map((u) => `"${u}"`).join(', ')} names no tenant user, so every auto-configured tenant is refused`,
        'add "*" to mutualTls.allowedUsernames, or list each tenant admin as admin@tenant.domain',
      ),
    )
  } else {
    findings.push(
      warning(
        'topology/auto-configure-allowed-usernames',
        '/mutualTls/allowedUsernames',
        `${why}; only the tenants of ${tenantUsers.map((u) => `"${u}"`).join(', ')} are accepted, and every tenant created later must be added here`,
        'add "*" to mutualTls.allowedUsernames, or keep listing each tenant admin as admin@tenant.domain',
      ),
    )
  }
  return findings
}
