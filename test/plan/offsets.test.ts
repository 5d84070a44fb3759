import { describe, expect, it } from 'vitest'
import type { NodeSpec } from '../../src/model/spec.js'
import { resolveOffsets } from '../../src/plan/offsets.js'
import type { Product } from '../../src/plan/types.js'

const n = (name: string, host: string, portOffset?: number | 'auto', product: Product = 'apim-2.6.0') => ({
  spec: { name, role: 'all-in-one', host, ...(portOffset !== undefined ? { portOffset } : {}) } as NodeSpec,
  product,
})

describe('port offsets', () => {
  it('gives co-hosted nodes the lowest free offset in spec order', () => {
    expect(resolveOffsets([n('a', 'h1'), n('b', 'h1', 'auto'), n('c', 'h2'), n('d', 'h1')])).toEqual([0, 1, 0, 2])
  })
  it('keeps explicit offsets and fills around them', () => {
    expect(resolveOffsets([n('a', 'h1', 'auto'), n('b', 'h1', 0), n('c', 'h1', 'auto'), n('d', 'h1', 2)])).toEqual([1, 0, 3, 2])
  })
  it('S3.13: Open Banking key managers start at offset 3 and count up on a shared host', () => {
    const ob: Product = 'ob-km-1.5.0'
    expect(resolveOffsets([n('km1', 'h', 'auto', ob), n('km2', 'h', undefined, ob), n('km3', 'other', 'auto', ob)])).toEqual([3, 4, 3])
  })
})
