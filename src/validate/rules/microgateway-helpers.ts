import type { MicrogatewaySpec, Spec } from '../../model/spec.js'
import { indexed, nodePointer } from './helpers.js'

/** A node's microgateway block with the pointer prefix of its security settings. */
export interface MicrogatewayBlock {
  name: string
  block: MicrogatewaySpec
  security: string
}

export const microgatewayBlocks = (spec: Spec): MicrogatewayBlock[] =>
  indexed(spec).flatMap(({ node, index }) =>
    node.microgateway && node.role === 'microgateway' ? [{ name: node.name, block: node.microgateway, security: nodePointer(index, 'microgateway', 'security') }] : [],
  )

/** A security option counts as on when its block is present and not switched off. */
export const isOn = (option: { enabled?: boolean } | undefined): boolean => option !== undefined && option.enabled !== false
