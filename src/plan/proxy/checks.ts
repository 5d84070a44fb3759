/**
 * Findings about the balancers as Nginx would see them: two server blocks for one name and port,
 * a port that is TLS for one name and plain for another, values Nginx would read as variables, and
 * a management name with no manager node behind it.
 */
import type { Finding } from '../../diagnostics/diagnostic.js'
import type { LoadBalancerPlan, TopologyPlan } from '../types.js'
import { managerOf } from './balancers.js'
import type { BalancerProxyPlan } from './types.js'

/** Where a balancer sits in the spec. */
export const balancerPointer = (id: string): string => (id === 'key-manager' ? '/keyManager/loadBalancer' : '/loadBalancer')

/** Nginx expands `$name` in certificate paths and treats `\` as an escape: such paths cannot be written safely. */
const NGINX_UNSAFE = /[$\\\u0000-\u001f\u007f]/

function unsafeValues(lb: LoadBalancerPlan): Finding[] {
  const fields = [
    ['certificate', lb.certificate],
    ['certificateKey', lb.certificateKey],
  ] as const
  return fields
    .filter(([, v]) => NGINX_UNSAFE.test(v))
    .map(([field, v]) => ({
      pointer: `${balancerPointer(lb.id)}/${field}`,
      severity: 'error' as const,
      rule: 'loadbalancer/nginx-unsafe-value',
      message: `${field} "${v}" contains $, a backslash or a control character, which Nginx would read as a variable or an escape`,
      hint: 'rename the file so its path has none of these characters',
    }))
}

function listenConflicts(balancers: readonly BalancerProxyPlan[]): Finding[] {
  const findings: Finding[] = []
  const byName = new Map<string, string>()
  const tlsByPort = new Map<number, { tls: boolean; id: string; name: string }>()
  for (const b of balancers) {
    for (const s of b.servers) {
      const key = `${s.serverName}:${s.port}`
      const prev = byName.get(key)
      if (prev !== undefined) {
        findings.push({
          pointer: balancerPointer(b.id),
          severity: 'error',
          rule: 'loadbalancer/duplicate-server',
          message: `${s.serverName} port ${s.port} is served twice (${prev} and ${b.id} ${s.purpose} traffic); Nginx would send all of it to one of them`,
          hint: 'give the gateway or management traffic its own name (gatewayHost, managementHost), or the balancers different hosts or ports',
        })
      } else byName.set(key, `${b.id} ${s.purpose} traffic`)
      const other = tlsByPort.get(s.port)
      if (other && other.tls !== s.tls) {
        findings.push({
          pointer: balancerPointer(b.id),
          severity: 'error',
          rule: 'loadbalancer/port-tls-mismatch',
          message: `port ${s.port} is HTTPS for ${other.tls ? other.name : s.serverName} and plain HTTP for ${other.tls ? s.serverName : other.name}; one Nginx port is either TLS or not`,
          hint: 'choose different port or httpPort values',
        })
      } else if (!other) tlsByPort.set(s.port, { tls: s.tls, id: b.id, name: s.serverName })
    }
  }
  return findings
}

function unusedManagementHost(lb: LoadBalancerPlan, topology: TopologyPlan): Finding[] {
  if (lb.managementHost === undefined || lb.members.length === 0 || managerOf(lb, topology)) return []
  return [
    {
      pointer: `${balancerPointer(lb.id)}/managementHost`,
      severity: 'warning',
      rule: 'loadbalancer/management-host-unused',
      message: `managementHost ${lb.managementHost} has no manager node behind it (a gateway-manager node or a key manager), so no server block is emitted for it`,
      hint: 'remove managementHost, or add a gateway-manager node',
    },
  ]
}

function emptyBalancer(lb: LoadBalancerPlan): Finding[] {
  if (lb.members.length > 0) return []
  return [
    {
      pointer: balancerPointer(lb.id),
      severity: 'warning',
      rule: 'loadbalancer/no-members',
      message: `load balancer ${lb.host} has no node behind it, so no Nginx configuration is emitted for it`,
      hint: lb.id === 'key-manager' ? 'add key-manager nodes or remove keyManager.loadBalancer' : 'remove loadBalancer',
    },
  ]
}

export function proxyFindings(topology: TopologyPlan, balancers: readonly BalancerProxyPlan[]): Finding[] {
  return [
    ...topology.loadBalancers.flatMap((lb) => [...unsafeValues(lb), ...emptyBalancer(lb), ...unusedManagementHost(lb, topology)]),
    ...listenConflicts(balancers),
  ]
}
