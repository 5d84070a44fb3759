/** `$secret{…}` and `$env{…}` references anywhere in a plan object. */

const SECRET = /\$secret\{([^}]*)\}/g
const ENV = /\$env\{([^}]*)\}/g

export interface References {
  secrets: string[]
  env: string[]
}

/**
 * Every reference in string values, plus every entry of `secretAliases: string[]` fields that
 * section planners publish.
 */
export function referencesIn(value: unknown): References {
  const secrets = new Set<string>()
  const env = new Set<string>()
  const walk = (v: unknown, key: string): void => {
    if (typeof v === 'string') {
      for (const m of v.matchAll(SECRET)) secrets.add(m[1]!)
      for (const m of v.matchAll(ENV)) env.add(m[1]!)
      if (key === 'secretAliases') secrets.add(v)
    } else if (Array.isArray(v)) {
      for (const x of v) walk(x, key)
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(x, k)
    }
  }
  walk(value, '')
  return { secrets: [...secrets].sort(), env: [...env].sort() }
}
