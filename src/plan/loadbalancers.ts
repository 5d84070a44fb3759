/** Load balancers of the topology and the nodes behind each. */
import type { Spec } from '../model/spec.js'
import type { LoadBalancerPlan, NodePlan } from './types.js'

const certPath = (host: string, ext: 'crt' | 'key') => `/etc/nginx/ssl/${host}.${ext}`

export function planLoadBalancers(spec: Spec, nodes: readonly NodePlan[]): LoadBalancerPlan[] {
  const out: LoadBalancerPlan[] = []
  if (spec.loadBalancer) {
    const lb = spec.loadBalancer
    out.push({
      id: 'apim',
      host: lb.host,
      httpsPort: lb.port ?? 443,
      httpPort: lb.httpPort ?? 80,
      gatewayHost: lb.gatewayHost ?? lb.host,
      ...(lb.managementHost !== undefined ? { managementHost: lb.managementHost } : {}),
      certificate: lb.certificate ?? certPath(lb.host, 'crt'),
      certificateKey: lb.certificateKey ?? certPath(lb.host, 'key'),
      members: nodes.filter((n) => n.role !== 'key-manager' && n.role !== 'microgateway').map((n) => n.name),
    })
  }
  const km = spec.keyManager?.loadBalancer
  if (km) {
    out.push({
      id: 'key-manager',
      host: km.host,
      httpsPort: km.port ?? 443,
      httpPort: km.httpPort ?? 80,
      gatewayHost: km.gatewayHost ?? km.host,
      ...(km.managementHost !== undefined ? { managementHost: km.managementHost } : {}),
      certificate: km.certificate ?? certPath(km.host, 'crt'),
      certificateKey: km.certificateKey ?? certPath(km.host, 'key'),
      members: nodes.filter((n) => n.role === 'key-manager').map((n) => n.name),
    })
  }
  return out
}
