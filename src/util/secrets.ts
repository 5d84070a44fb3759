/**
 * Secret values never leave the process in output meant for people or logs. Two layers: values at
 * secret-named keys are masked in structured output (`maskSecrets`), and every secret value the
 * spec holds is replaced wherever it occurs in text written to a terminal or a log (`redact`), so a
 * password quoted in an error message, a rendered diff or a URL is masked too.
 */
import type { Finding } from '../diagnostics/diagnostic.js'
import { pointerOf } from '../diagnostics/diagnostic.js'

export const MASK = '********'

/** Keys whose values are secrets: passwords (keystorePass too), client secrets, tokens, private keys. */
const SECRET_KEY = /(password|passwd|pass|secret|token|privatekey|apikey|credentials?)$/i
const REFERENCE = /^\$(env|secret)\{[^}]*\}$/

export const isReference = (value: string): boolean => REFERENCE.test(value)

/** A deep copy with every secret-named string replaced by `********` (references stay readable). */
export function maskSecrets<T>(value: T): T {
  return mask(value, '') as T
}

function mask(value: unknown, key: string): unknown {
  if (typeof value === 'string') return SECRET_KEY.test(key) && value !== '' && !isReference(value) ? MASK : maskUrlPassword(value)
  if (Array.isArray(value)) return value.map((v) => mask(v, key))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mask(v, k)]))
  }
  return value
}

/** `scheme://user:password@host…` — the password part of a URL's user information (RFC 3986 §3.2.1). */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/[^\s/:@]*):([^\s/@]+)@/gi

/** A product placeholder (`${admin.password}`) or a reference stands for a password, it is none. */
const isPlaceholder = (pw: string): boolean => pw.startsWith('$') || pw === MASK

/** The text with the password of every `scheme://user:password@` masked. */
export const maskUrlPassword = (text: string): string =>
  text.replace(URL_CREDENTIALS, (all: string, head: string, pw: string) => (isPlaceholder(pw) ? all : `${head}:${MASK}@`))

/** The passwords of the URLs in a text. */
const urlPasswords = (text: string): string[] => [...text.matchAll(URL_CREDENTIALS)].map((m) => m[2]!).filter((pw) => !isPlaceholder(pw))

/** Maps of third-party key manager settings: every value is the connector's to interpret, so each counts as secret. */
const THIRD_PARTY_MAPS = new Set(['properties', 'configuration'])

/**
 * Shorter values of third-party maps (`default`, a realm name) and booleans or numbers are not
 * replaced in free text: they would mask ordinary words. Values at secret-named keys are replaced
 * from 4 characters on.
 */
const MIN_SECRET = 4
const MIN_THIRD_PARTY = 8
const PLAIN = /^(true|false|-?\d+(\.\d+)?)$/i
const PLAIN_URL = /^[a-z][a-z0-9+.-]*:\/\/[^\s@]*$/i

/** Every secret value of a spec (as loaded, before or after validation): the strings `redact` replaces. */
export function secretValuesOf(spec: unknown): string[] {
  const secrets = new Set<string>()
  const plain = new Set<string>()
  const walk = (value: unknown, key: string, thirdParty: boolean): void => {
    if (typeof value === 'string') {
      for (const pw of urlPasswords(value)) secrets.add(decodeSafe(pw)).add(pw)
      if (isReference(value)) return
      if (SECRET_KEY.test(key)) {
        if (value.length >= MIN_SECRET) secrets.add(value)
      } else if (thirdParty) {
        if (value.length >= MIN_THIRD_PARTY && !PLAIN.test(value) && !PLAIN_URL.test(value)) secrets.add(value)
      } else plain.add(value)
      return
    }
    if (Array.isArray(value)) for (const v of value) walk(v, key, thirdParty)
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k, thirdParty || (key === 'thirdParty' && THIRD_PARTY_MAPS.has(k)))
    }
  }
  walk(spec, '', false)
  // A value that is also an ordinary setting (a password equal to the user name) is printed as
  // that setting anyway; masking it everywhere would only blank the setting.
  return [...secrets].filter((s) => !plain.has(s)).sort()
}

const decodeSafe = (s: string): string => {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

/** The forms a value takes in output: as is, inside a JSON or TOML string, in XML text, percent-encoded. */
function formsOf(value: string): string[] {
  const xml = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return [value, JSON.stringify(value).slice(1, -1), xml, xml.replace(/"/g, '&quot;').replace(/'/g, '&apos;'), ...percentEncoded(value)]
}

/** The percent-encoded form, none for a string that has no UTF-8 form (a lone surrogate). */
function percentEncoded(value: string): string[] {
  try {
    return [encodeURIComponent(value)]
  } catch {
    return []
  }
}

/** The secret values known to this process; text for a terminal or a log passes through `redact`. */
class SecretRegistry {
  private forms: string[] = []

  add(values: readonly string[]): void {
    const all = new Set([...this.forms, ...values.flatMap(formsOf)])
    this.forms = [...all].filter((f) => f.length >= MIN_SECRET).sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  }

  /** The text with every known secret value (in any of its forms) and every URL password replaced by `********`. */
  redact(text: string): string {
    let out = text
    for (const f of this.forms) if (out.includes(f)) out = out.split(f).join(MASK)
    return maskUrlPassword(out)
  }
}

export const knownSecrets = new SecretRegistry()

export const redact = (text: string): string => knownSecrets.redact(text)

/** A warning for each URL of the spec that carries a password (`https://user:pw@host`); the message never repeats it. */
export function urlCredentialFindings(spec: unknown): Finding[] {
  const out: Finding[] = []
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      if (urlPasswords(value).length > 0)
        out.push({
          pointer: pointerOf(path),
          rule: 'secrets/url-credentials',
          severity: 'warning',
          message: 'this URL carries a password (user:password@host); it ends up in files and logs as written',
          hint: 'leave the credentials out of the URL and give them in the setting meant for them, as $secret{alias} or $env{NAME}',
        })
      return
    }
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]))
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k])
  }
  walk(spec, [])
  return out
}

/** A key name that holds a secret: `password`, `keystorePass`, `client_secret`, `api_token`, `privateKey`. */
export const isSecretKey = (key: string): boolean => SECRET_KEY.test(key.replace(/["']/g, ''))

/** A value that shows no secret: empty, a boolean or number, a reference or a product placeholder. */
const shown = (value: string): boolean => value === '' || PLAIN.test(value) || isReference(value) || value.startsWith('${') || value === MASK

const maskValue = (value: string): string => (shown(value.trim()) ? value : MASK)

/**
 * One line of a configuration file (XML, TOML, JSON, SQL, properties) with the values of secret
 * keys masked: `<Password>x</Password>`, `<Property name="ConnectionPassword">x</Property>`,
 * `password="x"`, `password = "x"`, `"client_secret": "x"`, `IDENTIFIED BY 'x'`, URL passwords.
 * Masks whatever value is there, also one the spec no longer holds (the old side of a diff).
 */
export function maskSecretLine(line: string): string {
  return maskUrlPassword(
    line
      // <Password>x</Password>, <KeyPassword attr="…">x</KeyPassword>
      .replace(/<([\w:.-]+)(\s[^<>]*)?>([^<]*)<\/\1>/g, (all, name: string, attrs: string | undefined, value: string) => {
        const named = /\bname\s*=\s*"([^"]*)"/.exec(attrs ?? '')?.[1]
        return isSecretKey(name.replace(/^.*:/, '')) || (named !== undefined && isSecretKey(named)) ? `<${name}${attrs ?? ''}>${maskValue(value)}</${name}>` : all
      })
      // password="x" (an XML attribute), password = "x" (TOML), "client_secret": "x" (JSON)
      .replace(/(["']?)([\w.-]+)\1(\s*[=:]\s*)"((?:[^"\\]|\\.)*)"/g, (all, q: string, key: string, sep: string, value: string) =>
        isSecretKey(key) ? `${q}${key}${q}${sep}"${maskValue(value)}"` : all,
      )
      // key = 'x' (TOML literal string), key=x (properties)
      .replace(/^(\s*[\w.-]+\s*=\s*)'([^']*)'/, (all, head: string, value: string) => (isSecretKey(head.replace(/\s*=\s*$/, '').trim()) ? `${head}'${maskValue(value)}'` : all))
      // SQL: IDENTIFIED BY 'x', PASSWORD 'x', PASSWORD = 'x', WITH PASSWORD = N'x'
      .replace(/\b(IDENTIFIED\s+BY|PASSWORD\s*=?)(\s*N?)'((?:[^']|'')*)'/gi, (_, kw: string, n: string, value: string) => `${kw}${n}'${maskValue(value)}'`)
      .replace(/\b(IDENTIFIED\s+BY\s*)"([^"]*)"/gi, (_, kw: string, value: string) => `${kw}"${value.startsWith('&') ? value : maskValue(value)}"`),
  )
}
