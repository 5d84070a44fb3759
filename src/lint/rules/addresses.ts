/**
 * IPv6 literals written without brackets where a port or a path follows them. RFC 3986 §3.2.2 puts
 * an IPv6 address of a URL in square brackets; pgjdbc, MySQL Connector/J and the Microsoft driver
 * parse `jdbc:…://` the same way, Oracle Easy Connect requires `[addr]:port`, and Hazelcast reads a
 * well-known member as `[addr]:port`. Unbracketed, `2001:db8::11:9443` is itself one valid IPv6
 * address: the port is silently taken as part of it.
 */
import type { LintFile, LintTree } from '../tree.js'
import type { Hit, LintRule } from '../types.js'

/** Two or more colons between hex groups (dotted IPv4 tail allowed), not followed by more of a host or by `@`. */
const V6 = String.raw`(?:[0-9A-Fa-f]{0,4}:){2,}[0-9A-Fa-f.]*(?![0-9A-Za-z:.@\]])`
/** `scheme://[userinfo@]2001:db8::11:9443…` (http, https, ws, tcp, ssl, ldap, jdbc:postgresql, jdbc:mysql, jdbc:sqlserver …). */
const IN_URL = new RegExp(String.raw`\b[A-Za-z][A-Za-z0-9+.-]*:\/\/(?:[^\s/@'"<>\[\]]*@)?(${V6})`, 'g')
/** Oracle thin: `@2001:db8::50:1522/svc` or `@//2001:db8::50:1522/svc`. */
const IN_ORACLE = new RegExp(String.raw`\bthin:@(?:\/\/)?(${V6})`, 'g')

function hitsIn(file: LintFile): Hit[] {
  const out: Hit[] = []
  for (const re of [IN_URL, IN_ORACLE]) {
    for (const m of file.text.matchAll(re)) {
      const address = m[1]!
      const offset = m.index + m[0].length - address.length
      out.push({
        file,
        at: file.position(offset),
        message: `the IPv6 address ${address} is written without brackets: a port after it reads as part of the address`,
      })
    }
  }
  return out
}

/** `[clustering] members = ["2001:db8::11:4000"]` in deployment.toml: Hazelcast reads a member as host[:port]. */
function membersIn(file: LintFile): Hit[] {
  if (!/(^|\/)deployment\.toml$/.test(file.rel)) return []
  const doc = file.toml()
  const clustering = doc?.data.clustering as { members?: unknown } | undefined
  if (!doc || !Array.isArray(clustering?.members)) return []
  return clustering.members.flatMap((m, i): Hit[] => {
    if (typeof m !== 'string' || m.startsWith('[') || (m.match(/:/g) ?? []).length < 2) return []
    const at = doc.at(`/clustering/members/${i}`) ?? doc.at('/clustering/members')
    return [{ file, ...(at ? { at } : {}), message: `well-known member ${m} is an IPv6 address without brackets: Hazelcast cannot tell its port apart` }]
  })
}

export const ADDRESS_RULES: readonly LintRule[] = [
  {
    id: 'address/unbracketed-ipv6',
    severity: 'error',
    summary: 'An IPv6 address followed by a port (in a URL, a JDBC URL or a cluster member) is not in square brackets.',
    hint: 'write the address in square brackets before the port, e.g. https://[2001:db8::11]:9443/ or [2001:db8::11]:4000',
    check: (tree: LintTree) => tree.files.flatMap((f) => [...hitsIn(f), ...membersIn(f)]),
  },
]
