/**
 * Nginx plan of each load balancer: which nodes serve which paths (upstreams), and the server blocks
 * that listen for the main name, gateway traffic, WebSocket APIs and the manager's console.
 */
import { balancerEndpoint } from '../endpoints.js'
import { portOf } from '../ports.js'
import type { LoadBalancerPlan, NodePlan, Service, TopologyPlan } from '../types.js'
import type { BalancerProxyPlan, LocationPlan, ServerBlockPlan, UpstreamPlan } from './types.js'

/** FACTS §5: the balancer waits this long for slow nodes (token calls, console uploads). */
const TIMEOUT = '5m'

/** A set of nodes behind one balancer that serve the same servlet paths. */
interface Group {
  /** Part of the upstream names; '' for the key manager nodes of the key manager balancer. */
  key: string
  nodes: NodePlan[]
  paths: string[]
}

const PUBLISHER_PATHS = ['/publisher', '/admin', '/api/am/publisher/', '/api/am/admin/']
const STORE_PATHS = ['/store', '/api/am/store/']

/** Products with the Carbon management console at /carbon. */
const CARBON_CONSOLE = new Set(['apim-2.6.0', 'is-km-5.7.0', 'ob-km-1.5.0', 'apim-4.7.0'])

const byRole = (nodes: readonly NodePlan[], ...roles: string[]) => nodes.filter((n) => roles.includes(n.role))

/**
 * Servlet groups of the API Manager balancer. The default path `/` goes to the node that holds the
 * console and admin services: the gateway manager (2.6.0), else all-in-one or control-plane nodes,
 * else the publishers (then the stores).
 */
function apimGroups(members: readonly NodePlan[]): { groups: Group[]; manager: NodePlan | undefined } {
  const manager = byRole(members, 'gateway-manager')[0]
  const shared = byRole(members, 'all-in-one', 'control-plane')
  const publishers = byRole(members, 'publisher')
  const stores = byRole(members, 'store')
  const groups: Group[] = []
  if (manager) groups.push({ key: 'manager', nodes: [manager], paths: ['/'] })
  if (shared.length > 0) groups.push({ key: shared[0]!.role === 'control-plane' ? 'control-plane' : 'portal', nodes: shared, paths: ['/'] })
  const hasDefault = groups.length > 0
  if (publishers.length > 0) groups.push({ key: 'publisher', nodes: publishers, paths: hasDefault ? PUBLISHER_PATHS : ['/', ...PUBLISHER_PATHS] })
  const defaultTaken = hasDefault || publishers.length > 0
  if (stores.length > 0) groups.push({ key: 'store', nodes: stores, paths: defaultTaken ? STORE_PATHS : ['/', ...STORE_PATHS] })
  return { groups, manager }
}

/** Nodes that take API traffic: gateway workers when there are any, else the nodes that act as gateways. */
function trafficNodes(members: readonly NodePlan[]): NodePlan[] {
  const workers = byRole(members, 'gateway-worker', 'gateway')
  if (workers.length > 0) return workers
  const gateways = byRole(members, 'gateway-manager')
  return gateways.length > 0 ? gateways : byRole(members, 'all-in-one')
}

class Upstreams {
  readonly list: UpstreamPlan[] = []
  constructor(private readonly lb: LoadBalancerPlan) {}

  /** The upstream of `nodes` at `service`, created on first use; returns its name. */
  use(group: string, suffix: string, nodes: readonly NodePlan[], service: Service, sticky: boolean): string {
    const name = [this.lb.id, group, suffix].filter((p) => p !== '').join('-')
    if (!this.list.some((u) => u.name === name)) {
      this.list.push({
        name,
        sticky,
        servers: nodes.map((n) => {
          const port = portOf(n.ports, service)
          if (port === undefined) throw new Error(`node ${n.name} has no ${service} port`)
          return { node: n.name, host: n.host, port }
        }),
      })
    }
    return name
  }
}

const location = (path: string, upstream: string, scheme: 'http' | 'https', websocket = false): LocationPlan => ({
  path,
  upstream,
  scheme,
  websocket,
})

/** The manager node of a balancer (S3.12): the 2.6.0 gateway manager, or the first key manager. */
export function managerOf(lb: LoadBalancerPlan, topology: TopologyPlan): NodePlan | undefined {
  const members = membersOf(lb, topology)
  return lb.id === 'key-manager' ? members[0] : apimGroups(members).manager
}

/** The member nodes of a balancer, looked up by name in one pass (a balancer may front thousands of gateways). */
function membersOf(lb: LoadBalancerPlan, topology: TopologyPlan): NodePlan[] {
  const byName = new Map(topology.nodes.map((n) => [n.name, n]))
  return lb.members.map((m) => byName.get(m)!)
}

export function planBalancer(lb: LoadBalancerPlan, topology: TopologyPlan): BalancerProxyPlan | undefined {
  const members = membersOf(lb, topology)
  if (members.length === 0) return undefined
  const ups = new Upstreams(lb)
  const servers: ServerBlockPlan[] = []
  const isKm = lb.id === 'key-manager'
  const { groups, manager } = isKm
    ? { groups: [{ key: '', nodes: members, paths: ['/'] }], manager: members[0] }
    : apimGroups(members)

  // Main name: servlet ports behind HTTPS and HTTP, sticky (FACTS §2.2, seed 003).
  if (groups.length > 0) {
    const https = groups.flatMap((g) => g.paths.map((p) => location(p, ups.use(g.key, 'https', g.nodes, 'https', true), 'https')))
    const http = groups.flatMap((g) => g.paths.map((p) => location(p, ups.use(g.key, 'http', g.nodes, 'http', true), 'http')))
    // Without a management name, the key managers' console stays on the manager node (S3.12).
    if (isKm && manager && lb.managementHost === undefined && members.length > 1 && CARBON_CONSOLE.has(manager.product)) {
      https.push(location('/carbon', ups.use('manager', 'https', [manager], 'https', true), 'https'))
    }
    servers.push({ purpose: 'main', serverName: lb.host, port: lb.httpsPort, tls: true, locations: https })
    servers.push({ purpose: 'main', serverName: lb.host, port: lb.httpPort, tls: false, locations: http })
  }

  // Gateway traffic on its own name, or on its own ports of the main name (endpoints.ts decides which).
  const traffic = isKm ? [] : trafficNodes(members)
  if (traffic.length > 0) {
    const ep = balancerEndpoint(lb, 'gateway')
    servers.push({
      purpose: 'gateway',
      serverName: ep.host,
      port: ep.ports.nioHttps!,
      tls: true,
      locations: [location('/', ups.use('gateway', 'https', traffic, 'nioHttps', false), 'https')],
    })
    servers.push({
      purpose: 'gateway',
      serverName: ep.host,
      port: ep.ports.nioHttp!,
      tls: false,
      locations: [location('/', ups.use('gateway', 'http', traffic, 'nioHttp', false), 'http')],
    })
    if (traffic.every((n) => portOf(n.ports, 'wss') !== undefined && portOf(n.ports, 'ws') !== undefined)) {
      servers.push({
        purpose: 'websocket',
        serverName: ep.host,
        port: ep.ports.wss!,
        tls: true,
        locations: [location('/', ups.use('gateway', 'wss', traffic, 'wss', false), 'https', true)],
      })
      servers.push({
        purpose: 'websocket',
        serverName: ep.host,
        port: ep.ports.ws!,
        tls: false,
        locations: [location('/', ups.use('gateway', 'ws', traffic, 'ws', false), 'http', true)],
      })
    }
  }

  // The manager's console on its own name (S3.12).
  if (lb.managementHost !== undefined && manager) {
    servers.push({
      purpose: 'management',
      serverName: lb.managementHost,
      port: lb.httpsPort,
      tls: true,
      locations: [location('/', ups.use('manager', 'https', [manager], 'https', true), 'https')],
    })
  }

  return {
    id: lb.id,
    host: lb.host,
    file: `loadbalancer/conf.d/${lb.id}.conf`,
    certificate: lb.certificate,
    certificateKey: lb.certificateKey,
    timeout: TIMEOUT,
    upstreams: ups.list,
    servers,
  }
}
