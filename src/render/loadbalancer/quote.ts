/**
 * Nginx-safe words. Values come from the spec (host names, certificate paths); a value Nginx would
 * read differently from its text (a `$` variable, a `\` escape, a control character, a leading `~`
 * or `*` in a server name) is refused rather than written.
 */
import { bracketHost, isIpv6Literal } from '../../plan/address.js'

/** Thrown when a plan value cannot be written into an Nginx configuration as it is. */
export class NginxValueError extends Error {
  constructor(what: string, value: string, why: string) {
    super(`${what} ${JSON.stringify(value)} cannot be written into an Nginx configuration: ${why}`)
    this.name = 'NginxValueError'
  }
}

const BARE = /^[A-Za-z0-9._/:@+=,[\]-]+$/
const UNSAFE = /[$\\\u0000-\u001f\u007f]/

/** One directive argument: bare when plain, else double-quoted. */
export function nginxWord(value: string, what: string): string {
  if (value === '') throw new NginxValueError(what, value, 'it is empty')
  if (UNSAFE.test(value)) throw new NginxValueError(what, value, 'it holds $, a backslash or a control character')
  return BARE.test(value) ? value : `"${value.replace(/"/g, '\\"')}"`
}

const HOST = /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/

/** A host in an address (`server host:port`): IPv6 addresses in brackets. */
export function nginxHost(host: string, what: string): string {
  if (isIpv6Literal(host)) return bracketHost(host)
  if (!HOST.test(host)) throw new NginxValueError(what, host, 'it is not a DNS name or an IP address')
  return host
}

/** A `server_name` value: a plain DNS name or address (no wildcard, no regular expression). */
export const nginxServerName = (host: string, what: string): string => nginxHost(host, what)
