import { indexed, nodePointer } from './helpers.js';
export const microgatewayBlocks = (spec) => indexed(spec).flatMap(({ node, index }) => node.microgateway && node.role === 'microgateway' ? [{ name: node.name, block: node.microgateway, security: nodePointer(index, 'microgateway', 'security') }] : []);
/** A security option counts as on when its block is present and not switched off. */
export const isOn = (option) => option !== undefined && option.enabled !== false;
