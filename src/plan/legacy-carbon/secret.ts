/**
 * Secure vault for the XML model: a whole value `$secret{alias}` becomes the element text
 * `password` with `svns:secretAlias="alias"` on the element; the server reads the real value from
 * its secret repository (filled by the cipher tool).
 */

const SECRET = /^\$secret\{([A-Za-z0-9_.-]+)\}$/

/** Element text and alias for one spec value. */
export function vaultValue(value: string): { text: string; alias: string | null } {
  const m = SECRET.exec(value)
  return m ? { text: 'password', alias: m[1]! } : { text: value, alias: null }
}

/** Every alias held by `…SecretAlias` fields anywhere in a view, sorted and unique. */
export function aliasesIn(view: unknown): string[] {
  const found = new Set<string>()
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'string') {
      if (key.endsWith('SecretAlias')) found.add(v)
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key))
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k)
  }
  walk(view, '')
  return [...found].sort()
}
