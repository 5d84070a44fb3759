import type { Rule } from './types.js'
import { error, indexed, nodePointer } from './helpers.js'

/** Only microgateway nodes read micro-gw.conf. */
export const microgatewayPlacement: Rule = (spec) =>
  indexed(spec).flatMap(({ node, index }) =>
    node.microgateway && node.role !== 'microgateway'
      ? [error('topology/microgateway-role', nodePointer(index, 'microgateway'), `node "${node.name}" has role ${node.role}; only nodes with role microgateway take a microgateway block`, 'move the block to a microgateway node, or remove it')]
      : [],
  )
