/**
 * Folders that nodes must share. API Manager 2.6.0 gateways keep deployed APIs as files: a shared
 * file system, or rsync from the gateway manager (DESIGN `gatewayArtifactSync`). API Manager 4.7.0
 * keeps APIs in the database; its control planes share only user stores and tenants (PITFALL 25).
 */
import type { Spec } from '../../model/spec.js'
import type { TopologyPlan } from '../types.js'
import type { ArtifactSharing } from './types.js'

export function artifactSharing(topology: TopologyPlan, spec: Spec): ArtifactSharing | undefined {
  if (topology.platform === 'apim-4.7.0') {
    const managers = topology.nodes.filter((n) => n.role === 'control-plane' || n.role === 'all-in-one')
    if (managers.length < 2) return undefined
    return { mode: 'shared-fs', nodes: managers.map((n) => n.name), paths: ['repository/deployment/server/userstores', 'repository/tenants'] }
  }
  const gatewayRoles = topology.nodes.filter((n) => n.role === 'gateway-manager' || n.role === 'gateway-worker')
  const gateways = gatewayRoles.length > 0 ? gatewayRoles : topology.nodes.filter((n) => n.role === 'all-in-one')
  if (gateways.length < 2) return undefined
  if (spec.gatewayArtifactSync === 'shared-fs') {
    return { mode: 'shared-fs', nodes: gateways.map((n) => n.name), paths: ['repository/deployment/server', 'repository/tenants'] }
  }
  // rsync copies one way: from the node the key manager and publisher deploy to (seed 000 step 4.1).
  const target = topology.nodes[0]?.targets.gatewayManagement?.node
  const source = gateways.find((n) => n.name === target) ?? gateways[0]!
  return {
    mode: 'rsync',
    source: source.name,
    nodes: gateways.filter((n) => n !== source).map((n) => n.name),
    paths: ['repository/deployment/server/synapse-configs', 'repository/tenants'],
  }
}
