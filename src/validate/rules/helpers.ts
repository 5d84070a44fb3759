import type { Finding } from '../../diagnostics/diagnostic.js'
import { pointerOf } from '../../diagnostics/diagnostic.js'
import type { KeyManagerType, NodeSpec, Role, Spec } from '../../model/spec.js'

/** An error finding. */
export const error = (rule: string, pointer: string, message: string, hint?: string): Finding => ({
  severity: 'error',
  rule,
  pointer,
  message,
  ...(hint === undefined ? {} : { hint }),
})

/** A warning finding. */
export const warning = (rule: string, pointer: string, message: string, hint?: string): Finding => ({
  ...error(rule, pointer, message, hint),
  severity: 'warning',
})

/** A node with its index in `nodes`, for pointers. */
export interface IndexedNode {
  node: NodeSpec
  index: number
}

export const indexed = (spec: Spec): IndexedNode[] => spec.nodes.map((node, index) => ({ node, index }))

export const withRole = (spec: Spec, ...roles: Role[]): IndexedNode[] => indexed(spec).filter(({ node }) => roles.includes(node.role))

/** Nodes running an API Manager or key manager product (everything but microgateways). */
export const serverNodes = (spec: Spec): IndexedNode[] => indexed(spec).filter(({ node }) => node.role !== 'microgateway')

/** The key manager type, resident when the spec does not say. */
export const keyManagerType = (spec: Spec): KeyManagerType => spec.keyManager?.type ?? 'resident'

export const nodePointer = (index: number, ...rest: string[]): string => pointerOf(['nodes', index, ...rest])

/** `"a", "b" and "c"`. */
export function names(items: readonly string[]): string {
  const quoted = items.map((s) => `"${s}"`)
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1] ?? ''}`
}

/** Calls `visit` for every string value (and, with `keys`, every mapping key) under `value`. */
export function eachString(
  value: unknown,
  visit: (text: string, pointer: string, isKey: boolean) => void,
  path: (string | number)[] = [],
  skip: (path: readonly (string | number)[]) => boolean = () => false,
): void {
  if (skip(path)) return
  if (typeof value === 'string') visit(value, pointerOf(path), false)
  else if (Array.isArray(value)) value.forEach((item, i) => eachString(item, visit, [...path, i], skip))
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      visit(key, pointerOf([...path, key]), true)
      eachString(item, visit, [...path, key], skip)
    }
  }
}
