/**
 * Which renderer makes which file. A new output file = a renderer + one row here.
 */
import type { NodeFileRenderer, TopologyRenderer } from './types.js'

export const NODE_RENDERERS: readonly NodeFileRenderer[] = []

export const TOPOLOGY_RENDERERS: readonly TopologyRenderer[] = []
