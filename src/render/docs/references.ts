/** `$secret{…}` and `$env{…}` references anywhere in a plan object. */

const SECRET = /\$secret\{([^}]*)\}/g
const ENV = /\$env\{([^}]*)\}/g

export interface References {
  secrets: string[]
  env: string[]
  /** Alias -> the spec alias whose value it holds, from `secretSources` pairs (aliases the product reads under a fixed name). */
  sources: Record<string, string>
}

/**
 * Every reference in string values, plus every entry of `secretAliases: string[]` fields that
 * section planners publish, and the aliases of their `secretSources` pairs.
 */
export function referencesIn(value: unknown): References {
  const found: Found = { secrets: new Set(), env: new Set(), sources: new Map() }
  collect(value, '', found)
  const sources = Object.fromEntries([...found.sources].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  return { secrets: [...found.secrets].sort(), env: [...found.env].sort(), sources }
}

interface Found {
  secrets: Set<string>
  env: Set<string>
  sources: Map<string, string>
}

/**
 * Frozen objects are the plan's shared parts (every node's targets): their references are
 * collected once, not once per node that holds them.
 */
const sharedRefs = new WeakMap<object, Found>()

function collect(v: unknown, key: string, found: Found): void {
  if (typeof v === 'string') {
    for (const m of v.matchAll(SECRET)) found.secrets.add(m[1]!)
    for (const m of v.matchAll(ENV)) found.env.add(m[1]!)
    if (key === 'secretAliases') found.secrets.add(v)
  } else if (Array.isArray(v)) {
    for (const x of v) collect(x, key, found)
  } else if (v && typeof v === 'object' && key === 'secretSources') {
    const { alias, holds } = v as { alias?: unknown; holds?: unknown }
    if (typeof alias === 'string' && typeof holds === 'string') {
      found.secrets.add(alias)
      found.sources.set(alias, holds)
    }
  } else if (v && typeof v === 'object') {
    if (!Object.isFrozen(v)) {
      for (const [k, x] of Object.entries(v)) collect(x, k, found)
      return
    }
    let own = sharedRefs.get(v)
    if (!own) {
      own = { secrets: new Set(), env: new Set(), sources: new Map() }
      for (const [k, x] of Object.entries(v)) collect(x, k, own)
      sharedRefs.set(v, own)
    }
    for (const s of own.secrets) found.secrets.add(s)
    for (const e of own.env) found.env.add(e)
    for (const [a, s] of own.sources) found.sources.set(a, s)
  }
}
