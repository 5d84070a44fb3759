import type { Rule } from './types.js'
import { serverNodes, warning } from './helpers.js'

/** Discovery schemes that only make sense with peers to discover. */
const DISCOVERY = ['kubernetes', 'aws']

/** A single server has no cluster members to find. */
export const clusteringScheme: Rule = (spec) => {
  const scheme = spec.clustering?.scheme
  if (!scheme || !DISCOVERY.includes(scheme) || serverNodes(spec).length > 1) return []
  return [warning('topology/clustering-single-node', '/clustering/scheme', `clustering scheme ${scheme} has no effect: the topology has a single server node`, 'remove clustering, or set scheme: none')]
}
