/** The host name a node announces (carbon.xml HostName / MgtHostName): its own, or its balancer's. */
import type { NodePlan, TopologyPlan } from '../types.js'
import { hasMember } from '../loadbalancers.js'

/**
 * A node behind a load balancer generates URLs with the balancer's name (S3.11): gateway workers
 * with the gateway name, a gateway manager with the management name when there is one.
 */
export function announcedHost(node: NodePlan, topology: TopologyPlan): string {
  const lb = topology.loadBalancers.find((l) => hasMember(l, node.name))
  if (!lb) return node.host
  if (node.role === 'gateway-worker') return lb.gatewayHost
  if (node.role === 'gateway-manager') return lb.managementHost ?? lb.host
  return lb.host
}
