/** Endpoints: one node at its effective ports, or a load balancer at its listening ports. */
import type { Endpoint, LoadBalancerPlan, NodePlan } from './types.js'
import { portMap } from './ports.js'
import { serviceUrl } from './address.js'

export const nodeEndpoint = (node: NodePlan): Endpoint => ({
  node: node.name,
  host: node.host,
  viaLoadBalancer: false,
  ports: portMap(node.ports),
})

/**
 * A load balancer forwards management traffic on its HTTPS/HTTP ports. Gateway (NIO) traffic has its
 * own server name when `gatewayHost` is set, else its own ports (8243/8280) on the same name.
 */
export function balancerEndpoint(lb: LoadBalancerPlan, use: 'management' | 'gateway'): Endpoint {
  if (use === 'management') {
    return { host: lb.host, viaLoadBalancer: true, ports: { https: lb.httpsPort, http: lb.httpPort } }
  }
  const ownName = lb.gatewayHost !== lb.host
  return {
    host: lb.gatewayHost,
    viaLoadBalancer: true,
    ports: {
      nioHttps: ownName ? lb.httpsPort : 8243,
      nioHttp: ownName ? lb.httpPort : 8280,
      wss: 8099,
      ws: 9099,
    },
  }
}

/** `https://host:port/services/` style URL of an endpoint's service. */
export function urlOf(scheme: string, ep: Endpoint, service: keyof Endpoint['ports'], path = ''): string {
  const port = ep.ports[service]
  if (port === undefined) throw new Error(`endpoint ${ep.host} has no ${service} port`)
  return serviceUrl(scheme, ep.host, port, path)
}
