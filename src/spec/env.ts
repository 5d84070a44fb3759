/**
 * `render --resolve-env`: substitute `$env{NAME}` references with values from the environment,
 * for config models that cannot resolve them at run time (the 2.6.0 XML files).
 */
import type { Finding } from '../diagnostics/diagnostic.js'
import { pointerOf } from '../diagnostics/diagnostic.js'

const ENV_REF = /\$env\{([^}]*)\}/g

export interface Resolved<T> {
  value: T
  findings: Finding[]
}

/** Microgateway blocks are left alone: a reference there is rejected (validate/rules/microgateway-references.ts). */
const keepsReferences = (path: readonly (string | number)[]): boolean => path[0] === 'nodes' && path[2] === 'microgateway'

export function resolveEnvRefs<T>(value: T, env: Readonly<Record<string, string | undefined>>): Resolved<T> {
  const findings: Finding[] = []
  const walk = (v: unknown, path: (string | number)[]): unknown => {
    if (keepsReferences(path)) return v
    if (typeof v === 'string') {
      return v.replace(ENV_REF, (ref, name: string) => {
        const got = env[name]
        if (got === undefined) {
          findings.push({
            pointer: pointerOf(path),
            rule: 'spec/env-unset',
            severity: 'error',
            message: `${ref} cannot be resolved: the environment variable ${name} is not set`,
            hint: `set ${name} before running with --resolve-env, or write the value into the spec`,
          })
          return ref
        }
        return got
      })
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...path, i]))
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, [...path, k])]))
    return v
  }
  return { value: walk(value, []) as T, findings }
}
