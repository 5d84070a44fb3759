/** Load balancers of the topology and the nodes behind each. */
import type { Spec } from '../model/spec.js'
import type { LoadBalancerPlan, NodePlan } from './types.js'

/** Roles that serve browsers or API traffic; key managers have their own balancer, traffic managers none. */
const BEHIND_APIM_BALANCER = new Set<string>(['all-in-one', 'publisher', 'store', 'gateway-manager', 'gateway-worker', 'control-plane', 'gateway'])

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
      members: nodes.filter((n) => BEHIND_APIM_BALANCER.has(n.role)).map((n) => n.name),
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

/** Member names of a balancer as a set, built once per member list. */
const memberSets = new WeakMap<readonly string[], { length: number; names: Set<string> }>()

/**
 * Whether `name` is behind `lb`. Asked for every node about every balancer, so the lookup is a
 * set, not a scan of a member list that may hold thousands of gateways.
 */
export function hasMember(lb: LoadBalancerPlan, name: string): boolean {
  let cached = memberSets.get(lb.members)
  if (!cached || cached.length !== lb.members.length) {
    cached = { length: lb.members.length, names: new Set(lb.members) }
    memberSets.set(lb.members, cached)
  }
  return cached.names.has(name)
}
