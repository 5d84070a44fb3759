/**
 * Host addresses in URLs and `host:port` pairs. An IPv6 literal holds colons, so wherever a port or a
 * path follows it the address goes in square brackets (RFC 3986 §3.2.2, `IP-literal`); a DNS name,
 * an IPv4 address and an `$env{NAME}` reference are written as they are. Every URL and every
 * `host:port` the plan builds, and the renderers that print one, go through this module.
 */

/** The spec's host grammar for an IP address with colons (schema definition `host`). */
const IPV6_LITERAL = /^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$/

/** True for an IPv6 literal such as `2001:db8::11` or `::1` (not bracketed yet). */
export const isIpv6Literal = (host: string): boolean => IPV6_LITERAL.test(host)

/** The host as it is written before `:port` or in a URL authority: `[2001:db8::11]`, `gw.example.com`. */
export const bracketHost = (host: string): string => (isIpv6Literal(host) ? `[${host}]` : host)

/** `host:port` with an IPv6 literal in brackets: `[2001:db8::5]:5432`. */
export const hostPort = (host: string, port: number | string): string => `${bracketHost(host)}:${port}`

/** `scheme://host:port` + path, the authority written by {@link hostPort}. */
export const serviceUrl = (scheme: string, host: string, port: number | string, path = ''): string =>
  `${scheme}://${hostPort(host, port)}${path}`

/** `scheme://host` + path, for a URL on the scheme's default port. */
export const hostUrl = (scheme: string, host: string, path = ''): string => `${scheme}://${bracketHost(host)}${path}`

/** The address inside `[…]`, for comparing a host read back from a file with a spec host. */
export const unbracketHost = (host: string): string => (host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host)

/**
 * The server of `sqlcmd -S` ("Connect to SQL Server with sqlcmd": `tcp:<computer name>,<port number>`):
 * the port follows a comma; an IPv6 address takes the explicit `tcp:` prefix, so that its colons are
 * not read as a protocol prefix.
 */
export const sqlcmdServer = (host: string, port: number | string): string => (isIpv6Literal(host) ? `tcp:${host},${port}` : `${host},${port}`)
