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
  /** Per JSON pointer of a string that held references: the variables used and the values they gave. */
  sources: Map<string, { names: string[]; values: string[] }>
}

/** C0 controls, DEL and C1 controls: no configuration value holds one. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/

/** Microgateway blocks are left alone: a reference there is rejected (validate/rules/microgateway-references.ts). */
const keepsReferences = (path: readonly (string | number)[]): boolean => path[0] === 'nodes' && path[2] === 'microgateway'

export function resolveEnvRefs<T>(value: T, env: Readonly<Record<string, string | undefined>>): Resolved<T> {
  const findings: Finding[] = []
  const sources = new Map<string, { names: string[]; values: string[] }>()
  const walk = (v: unknown, path: (string | number)[]): unknown => {
    if (keepsReferences(path)) return v
    if (typeof v === 'string') {
      return v.replace(ENV_REF, (ref, name: string) => {
        const got = env[name]
        const pointer = pointerOf(path)
        if (got !== undefined) {
          const source = sources.get(pointer) ?? { names: [], values: [] }
          source.names.push(name)
          source.values.push(got)
          sources.set(pointer, source)
          if (CONTROL.test(got)) {
            findings.push({
              pointer,
              rule: 'spec/env-control-character',
              severity: 'error',
              message: `${ref}: the environment variable ${name} holds a control character (a line break, tab or other), which no configuration value may hold`,
              hint: `set ${name} to a value without control characters`,
            })
          }
        }
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
  return { value: walk(value, []) as T, findings, sources }
}
