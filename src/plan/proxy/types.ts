/**
 * Decisions of the `proxy` planner: what each load balancer forwards where (Nginx upstreams and
 * server blocks), the ports nodes announce behind a balancer, and the manual steps that cannot be files.
 */

/** One step an operator runs by hand; the deployment README lists them in order. */
export interface ManualStep {
  title: string
  /** Shell commands, each complete and runnable as written. */
  commands: string[]
  note?: string
}

export interface UpstreamServer {
  node: string
  host: string
  port: number
}

/** A group of nodes that serve the same traffic. */
export interface UpstreamPlan {
  name: string
  /** `ip_hash`: a client keeps reaching the same node (console, portal and login sessions). */
  sticky: boolean
  servers: UpstreamServer[]
}

/**
 * What a server block carries: `main` the servlet ports (portals, console, services, OAuth),
 * `gateway` API traffic (NIO ports), `websocket` WebSocket APIs, `management` the manager node's console.
 */
export type ServerPurpose = 'main' | 'gateway' | 'websocket' | 'management'

export interface LocationPlan {
  /** Nginx prefix location. */
  path: string
  upstream: string
  /** Scheme from the balancer to the nodes. */
  scheme: 'http' | 'https'
  /** Pass the WebSocket Upgrade and Connection headers. */
  websocket: boolean
}

export interface ServerBlockPlan {
  purpose: ServerPurpose
  serverName: string
  port: number
  /** Terminates TLS with the balancer's certificate. */
  tls: boolean
  locations: LocationPlan[]
}

/** One load balancer as Nginx configuration. */
export interface BalancerProxyPlan {
  /** The load balancer id (`apim`, `key-manager`). */
  id: string
  host: string
  /** Output path of this balancer's upstreams and server blocks. */
  file: string
  certificate: string
  certificateKey: string
  /** Nginx duration for `proxy_read_timeout` and `proxy_send_timeout`. */
  timeout: string
  upstreams: UpstreamPlan[]
  servers: ServerBlockPlan[]
}

export interface ProxyTopologySection {
  /** Output path of the complete nginx.conf; it includes `includes` (relative to its own folder). */
  mainFile: string
  includes: string[]
  balancers: BalancerProxyPlan[]
  manualSteps: ManualStep[]
}

/** Ports a balancer listens on, which a node behind it announces in the URLs it generates. */
export interface ProxyPorts {
  https: number
  http: number
}

/** catalina-server.xml of a Carbon 4.4 node (API Manager 2.6.0, IS-KM 5.7.0, OB KM 1.5). */
export interface CatalinaView {
  /** S3.10: `proxyPort` of the 9443 and 9763 connectors; null without a balancer. */
  httpsProxyPort: number | null
  httpProxyPort: number | null
  keystoreFile: string
  keystorePass: string
}

export interface NodeProxySection {
  /** Id of the balancer in front of the node; null when there is none. */
  balancer: string | null
  /**
   * The balancer's ports: catalina-server.xml `proxyPort` (2.6.0 model) and deployment.toml
   * `[transport.https.properties] proxyPort` / `[transport.http.properties] proxyPort` (4.7.0, IS 7).
   */
  proxyPorts: ProxyPorts | null
  /** Present for nodes that get repository/conf/tomcat/catalina-server.xml. */
  catalina?: CatalinaView
}
