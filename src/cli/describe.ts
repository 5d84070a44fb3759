/** A short human summary of a plan, one block per node. */
import type { Endpoint, TopologyPlan } from '../plan/types.js'
import { hostPort } from '../plan/address.js'

const ep = (e: Endpoint | undefined): string => (e ? `${e.host}${e.viaLoadBalancer ? ' (load balancer)' : ''}` : '-')

export function describePlan(t: TopologyPlan): string {
  const lines = [`${t.name}: ${t.platform} ${t.pattern}, key manager ${t.keyManagerType}, ${t.nodes.length} nodes`]
  for (const n of t.nodes) {
    const https = n.ports.find((p) => p.service === 'https' || p.service === 'mgwHttps')?.effective
    lines.push(`- ${n.name}: ${n.role} (${n.product}${n.profile !== 'default' ? `, ${n.profile}` : ''}) on ${n.host}, offset ${n.portOffset}, https ${https}`)
    if (n.targets.keyManager && n.role !== 'key-manager') lines.push(`    key manager: ${ep(n.targets.keyManager)}`)
    if (n.cluster) lines.push(`    cluster ${n.cluster.domain}: ${n.cluster.members.map((m) => hostPort(m.host, m.port)).join(', ')}`)
    if (n.datasources.length) lines.push(`    datasources: ${n.datasources.map((d) => d.id).join(', ')}`)
    lines.push(`    files: ${n.files.length}`)
  }
  for (const lb of t.loadBalancers) lines.push(`load balancer ${lb.id}: ${lb.host} → ${lb.members.join(', ')}`)
  return lines.join('\n')
}
