/**
 * `topology.sections.deployment`: what an operator does with the rendered files — where each node's
 * pack lives, how it starts and in which order, the certificates, databases, shared folders and
 * host names to prepare. The README, the diagram and the database setup scripts format it.
 */
import type { DatabaseType, Role } from '../../model/spec.js'
import type { Product } from '../types.js'

export type StoreType = 'JKS' | 'PKCS12'

export interface JdbcDriver {
  jar: string
  /** Maven coordinates group:artifact:version. */
  coordinates: string
  url: string
}

export interface DeploymentNode {
  node: string
  role: Role
  host: string
  product: Product
  /** Folder name of the unpacked product, e.g. wso2am-2.6.0. */
  pack: string
  /** Where the pack is unpacked on the host (PRODUCT_HOME); the node's output folder mirrors it. */
  home: string
  /** Start command, run inside `home`. */
  start: string
  /** A caveat about the start command (profile optimisation). */
  startNote?: string
  /**
   * Profile setup run once in `home` before the rendered files are copied in: it removes the webapps
   * the profile does not need and, for a traffic manager, installs the profile's axis2.xml and
   * registry.xml (which are not rendered for it).
   */
  profileSetup?: string
  /** Certificate group whose key store the node uses; absent for nodes without a Carbon key store. */
  certificate?: string
  /** Key store and trust store, relative to `home`. */
  keystore: string
  truststore: string
  storeType: StoreType
  /** The JDBC driver the node needs in repository/components/lib (absent with H2 only). */
  jdbcDriver?: JdbcDriver
}

/** One key pair shared by every node of a product (same host names in one certificate). */
export interface CertificateGroup {
  id: string
  /** Key store file on the workstation, relative to the output folder. */
  file: string
  /** Public certificate exported from it, relative to the output folder. */
  certificateFile: string
  keyAlias: string
  storeType: StoreType
  /** Subject (and, self-signed, issuer) distinguished name. */
  dname: string
  /** Subject alternative names: DNS names and IP addresses every caller may use. */
  dns: string[]
  ips: string[]
  nodes: string[]
  /** Alias under which other trust stores hold this certificate. */
  trustAlias: string
  /**
   * API Manager 4.7.0: gateways verify the tokens the control plane signs with the certificate
   * their trust store holds under `gateway_certificate_alias` (the stock alias of the pack's
   * certificate); with the key pair replaced, this certificate takes that alias on these nodes.
   */
  gatewayTrust?: { alias: string; nodes: string[] }
}

/** The TLS certificate a load balancer presents. */
export interface BalancerCertificate {
  id: string
  host: string
  names: string[]
  /** Paths on the load balancer host (Nginx ssl_certificate, ssl_certificate_key). */
  certificate: string
  certificateKey: string
  /** Files on the workstation, relative to the output folder. */
  localCertificate: string
  localKey: string
  trustAlias: string
}

/** A product table script to run against one database. */
export interface TableScript {
  /** Node whose pack holds the script (run it from that pack's folder). */
  node: string
  pack: string
  /** Paths relative to the pack folder, in the order to run them. */
  paths: string[]
  note?: string
}

export interface DatabaseUser {
  username: string
  /** As the spec gives it: a literal, `$secret{…}` or `$env{…}`. */
  password: string
}

/** One database on the database server and everyone who uses it. */
export interface DatabaseSetup {
  type: Exclude<DatabaseType, 'h2'>
  host: string
  port: number
  database: string
  users: DatabaseUser[]
  /** Datasource ids that point at it, sorted. */
  datasources: string[]
  nodes: string[]
  scripts: TableScript[]
  /** MySQL: the datasource URLs allow Connector/J to fetch the server's RSA key (caching_sha2_password without TLS). */
  publicKeyRetrieval?: true
}

export type StartStageId = 'database' | 'key-managers' | 'traffic-managers' | 'management' | 'gateways' | 'microgateways'

export interface StartStage {
  stage: StartStageId
  nodes: string[]
}

/** How gateway nodes (2.6.0) share deployed APIs, or which folders API Manager nodes (4.7.0) share. */
export interface ArtifactSharing {
  mode: 'rsync' | 'shared-fs'
  /** The node rsync copies from (the gateway manager). */
  source?: string
  nodes: string[]
  /** Folders relative to PRODUCT_HOME. */
  paths: string[]
}

export interface DeploymentSection {
  nodes: DeploymentNode[]
  startOrder: StartStage[]
  /** Active-active first boot (an empty database): this node alone first, then the others. */
  firstBoot?: { node: string; then: string[] }
  certificates: CertificateGroup[]
  balancerCertificates: BalancerCertificate[]
  databases: DatabaseSetup[]
  artifactSync?: ArtifactSharing
  /** DNS names the configuration uses (nodes, load balancers, database server), sorted. */
  hostNames: string[]
  /** apim-2.6.0 third-party key manager: the jar that holds the client implementation. */
  thirdPartyJar?: string
}
