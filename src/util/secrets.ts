/** Secret values never leave the process in output meant for people or logs. */

const SECRET_KEY = /(password|secret|accesstoken|refreshtoken|keypassword|apikey)$/i
const REFERENCE = /^\$(env|secret)\{[^}]*\}$/

export const isReference = (value: string): boolean => REFERENCE.test(value)

/** A deep copy with every secret-named string replaced by `********` (references stay readable). */
export function maskSecrets<T>(value: T): T {
  return mask(value, '') as T
}

function mask(value: unknown, key: string): unknown {
  if (typeof value === 'string') return SECRET_KEY.test(key) && value !== '' && !isReference(value) ? '********' : value
  if (Array.isArray(value)) return value.map((v) => mask(v, key))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mask(v, k)]))
  }
  return value
}
