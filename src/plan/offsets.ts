/**
 * Port offsets: explicit numbers are kept; `auto` (and an omitted offset) takes the lowest offset
 * not used on the same host, in spec order. Open Banking KM nodes count up from 3, the product default.
 */
import type { NodeSpec } from '../model/spec.js'
import type { Product } from './types.js'

const DEFAULT_START: Partial<Record<Product, number>> = { 'ob-km-1.5.0': 3 }

export function resolveOffsets(nodes: readonly { spec: NodeSpec; product: Product }[]): number[] {
  const used = new Map<string, Set<number>>()
  const taken = (host: string): Set<number> => {
    let s = used.get(host)
    if (!s) used.set(host, (s = new Set()))
    return s
  }
  for (const { spec } of nodes) {
    if (typeof spec.portOffset === 'number') taken(spec.host).add(spec.portOffset)
  }
  return nodes.map(({ spec, product }) => {
    if (typeof spec.portOffset === 'number') return spec.portOffset
    const set = taken(spec.host)
    let offset = DEFAULT_START[product] ?? 0
    while (set.has(offset)) offset++
    set.add(offset)
    return offset
  })
}
