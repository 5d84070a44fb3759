/**
 * The node plan: every decision about a topology, as plain serialisable data.
 * Renderers read it and only format; no renderer computes a host, a port or a URL.
 */
import type { ClusteringScheme, DatabaseType, KeyManagerType, Pattern, Platform, Role } from '../model/spec.js'

export type Product = 'apim-2.6.0' | 'is-km-5.7.0' | 'ob-km-1.5.0' | 'apim-4.7.0' | 'is-7.2.0' | 'microgateway-3.2.0'

/** Every listening service a node can have. */
export const SERVICES = [
  'https',
  'http',
  'nioHttps',
  'nioHttp',
  'thrift',
  'ldap',
  'kdc',
  'binaryTcp',
  'binarySsl',
  'jms',
  'ws',
  'wss',
  'hazelcast',
  'jmxRegistry',
  'jmxServer',
  'thriftEntitlement',
  'mgwHttp',
  'mgwHttps',
  'mgwToken',
] as const
export type Service = (typeof SERVICES)[number]

/**
 * How the effective port comes about:
 * `product`: the product adds the carbon port offset itself;
 * `manual`: the product reads the number as written, so the plan adds the offset by hand;
 * `fixed`: no offset applies.
 */
export type OffsetMode = 'product' | 'manual' | 'fixed'

export interface PortPlan {
  service: Service
  base: number
  effective: number
  offset: OffsetMode
}

/**
 * A place a node must reach: one node, or a load balancer in front of several.
 * Ports are the ones a caller uses (effective ports of the node, or the balancer's listening ports).
 */
export interface Endpoint {
  /** The node reached directly; absent when the endpoint is a load balancer or an external URL. */
  node?: string
  host: string
  viaLoadBalancer: boolean
  ports: Partial<Record<Service, number>>
}

export type DatasourceKind = 'local' | 'apim' | 'user' | 'registry' | 'config' | 'openBanking' | 'stats' | 'mb' | 'shared' | 'identity'

export interface DatasourcePlan {
  /** Datasource name, e.g. WSO2AM_DB. */
  id: string
  /** JNDI name, e.g. jdbc/WSO2AM_DB. */
  jndi: string
  kind: DatasourceKind
  /** Database type the URL is for. */
  type: DatabaseType
  /** Database (schema) name on the server; the H2 file name for h2. */
  database: string
  url: string
  driver: string
  username: string
  /** The password as the spec gives it: a literal, `$secret{…}` or `$env{…}`. */
  password: string
  validationQuery: string
  /** True when several nodes share this database. */
  shared: boolean
}

export interface ClusterMember {
  node: string
  host: string
  port: number
}

export interface ClusterPlan {
  scheme: Exclude<ClusteringScheme, 'none'>
  domain: string
  /** Hazelcast sub-domain (gateway manager `mgt`, gateway worker `worker`), when the cluster has them. */
  subDomain?: string
  localMemberHost: string
  /** Not shifted by the product: distinct per co-hosted node by plan. */
  localMemberPort: number
  /** Every member of the cluster, this node included, in stable order. */
  members: ClusterMember[]
}

/** Where this node's calls go; computed once per topology and copied into each node. */
export interface Targets {
  /** Key validation, AuthManager and token calls: a key manager node, its load balancer, or the node itself. */
  keyManager?: Endpoint
  /** The key manager nodes (empty when the key manager is resident in API Manager nodes). */
  keyManagerNodes: string[]
  /** Where the key manager deploys APIs (API Gateway ServerURL): seed 000 step 4.1. */
  gatewayManagement?: Endpoint
  /** Gateway traffic (NIO) entry point: the gateway worker, or the gateway load balancer. */
  gatewayTraffic?: Endpoint
  /** Every gateway node, stable order. */
  gateways: Endpoint[]
  /** Every traffic manager (or the nodes that act as one), stable order. */
  trafficManagers: Endpoint[]
  publisher?: Endpoint
  store?: Endpoint
  /** apim-4.7.0: the control plane (or its load balancer) for key validation and the event hub. */
  controlPlane?: Endpoint
  /** apim-4.7.0: every control plane (or node that acts as one), stable order. */
  controlPlanes: Endpoint[]
}

export interface NodePlan {
  name: string
  role: Role
  host: string
  platform: Platform
  product: Product
  /** Product profile: the -Dprofile / server_role the node runs as (`default` for none). */
  profile: string
  /** Effective carbon port offset (auto resolved). */
  portOffset: number
  ports: PortPlan[]
  targets: Targets
  datasources: DatasourcePlan[]
  cluster?: ClusterPlan
  /** Output files of this node, relative to the output folder, sorted. Filled by the renderer registry. */
  files: string[]
  /** Platform- or product-specific decisions, keyed by the planner that made them. */
  sections: Record<string, unknown>
}

export interface LoadBalancerPlan {
  /** `apim` (spec.loadBalancer) or `key-manager` (keyManager.loadBalancer). */
  id: string
  host: string
  httpsPort: number
  httpPort: number
  gatewayHost: string
  managementHost?: string
  certificate: string
  certificateKey: string
  /** Nodes behind the balancer, stable order. */
  members: string[]
}

export interface TopologyPlan {
  name: string
  platform: Platform
  pattern: Pattern
  keyManagerType: KeyManagerType
  nodes: NodePlan[]
  loadBalancers: LoadBalancerPlan[]
  /** The database server every shared datasource points at (absent for h2). */
  database: { type: DatabaseType; host?: string; port?: number }
  /** Topology-wide decisions, keyed by the planner that made them. */
  sections: Record<string, unknown>
}
