/**
 * Decisions behind one `repository/conf/deployment.toml` of the apim-4.7.0 platform (API Manager
 * 4.7.0 profiles and Identity Server 7.2.0), kept under `node.sections.modern`. Every URL is final:
 * host and effective port of the node (or load balancer) it reaches. The renderer maps these fields
 * to TOML keys and adds the pack's stock tables; it decides nothing.
 */

/** `[server]`. Only `offset` carries the port offset: the product adds it to every listener itself. */
export interface ServerPlan {
  /** The name clients use: the load balancer in front of the node, else the node's host. */
  hostname: string
  nodeIp: string
  offset: number
  /** API Manager profile (`default`, `control-plane`, `gateway-worker`, `traffic-manager`); absent for IS 7. */
  serverRole?: string
}

export interface AdminPlan {
  username: string
  /** As the spec gives it: literal, `$secret{…}` or `$env{…}`. */
  password: string
}

/** 4.x database `type` keywords (PostgreSQL is `postgre`). */
export type TomlDatabaseType = 'h2' | 'mysql' | 'postgre' | 'mssql' | 'oracle'

/** One `[database.<name>]` table. */
export interface DatabasePlan {
  name: 'apim_db' | 'shared_db' | 'identity_db'
  type: TomlDatabaseType
  url: string
  username: string
  password: string
  driver: string
}

/** `[keystore.primary]` (the TLS and internal keystores default to it) and `[truststore]`. */
export interface StoresPlan {
  keystore: { fileName: string; type: string; password: string; alias: string; keyPassword: string }
  truststore: { fileName: string; type: string; password: string }
}

/** Ports of the load balancer in front of the node's servlet transport (`proxyPort`). */
export interface ProxyPortsPlan {
  http: number
  https: number
}

/** Receivers of one data-publisher group: `[[apim.throttling.url_group]]` or `[[apim.event_hub.publish.url_group]]`. */
export interface UrlGroupPlan {
  urls: string[]
  authUrls: string[]
  /** Throttling groups only: how the publisher spreads events over the URLs of this group. */
  type?: 'loadbalance' | 'failover'
}

/** `[[apim.gateway.environment]]`. */
export interface GatewayEnvironmentPlan {
  name: string
  /** Management (`/services/`) URL of the gateway the publisher talks to. */
  serviceUrl: string
  httpEndpoint: string
  httpsEndpoint: string
  wsEndpoint: string
  wssEndpoint: string
}

/** `[apim.key_manager]`: key validation at the control plane. */
export interface KeyManagerClientPlan {
  serviceUrl: string
  username: string
  password: string
  /** S2.7: set whenever Identity Server is auto-configured as key manager. */
  skipCreateResidentKeyManager: boolean
}

/** `[apim.event_hub]` (+ its publisher groups on control planes in HA). */
export interface EventHubPlan {
  serviceUrl: string
  username: string
  password: string
  /** JMS endpoints of the control planes (effective JMS ports). */
  listeningEndpoints: string[]
  /** Control planes in HA: the JMS endpoints of the other control planes. */
  duplicateUrls: string[]
  /** Control planes in HA: one group per control plane's binary receiver. */
  publishGroups: UrlGroupPlan[]
}

/** `[apim.throttling]` and its `[[apim.throttling.url_group]]`s. */
export interface ThrottlingPlan {
  /** Policy deployer service of the traffic manager; absent when it is the node itself. */
  serviceUrl?: string
  username?: string
  password?: string
  /** JMS endpoints of the traffic managers the gateway reads throttle decisions from. */
  decisionEndpoints: string[]
  /** Traffic managers in HA: the JMS endpoints of the other traffic managers. */
  duplicateUrls: string[]
  /** One group per traffic manager: every traffic manager receives every event. */
  urlGroups: UrlGroupPlan[]
}

/** `[[apim.tenant_sharing]]` type `WSO2-IS-7` (S2.5). */
export interface TenantSharingPlan {
  type: 'WSO2-IS-7'
  enableTenantSync: boolean
  username: string
  password: string
  identityServerBaseUrl: string
  autoConfigureKeyManager: boolean
}

/** One `[[event_listener]]` that notifies API Manager over `/internal/data/v1/notify`. */
export interface NotifyListenerPlan {
  id: string
  type: string
  name: string
  order: number
  notificationEndpoint: string
  username: string
  password: string
  /** Value of the `X-WSO2-KEY-MANAGER` header. */
  keyManagerHeader: string
}

/** `[secrets]` entry for a `$secret{alias}` used in the file: the cipher tool encrypts the bracketed text. */
export interface SecretPlan {
  alias: string
  placeholder: string
}

/** deployment.toml of an API Manager 4.7.0 node. */
export interface ApimTomlPlan {
  product: 'apim-4.7.0'
  profile: string
  server: ServerPlan
  admin: AdminPlan
  databases: DatabasePlan[]
  stores: StoresPlan
  proxyPorts?: ProxyPortsPlan
  /** S2.4: `[multi_tenancy] stratos.public_cloud_setup = false`. */
  dotlessTenantDomains: boolean
  keyManager: KeyManagerClientPlan
  eventHub?: EventHubPlan
  /**
   * `[apim.cache_invalidation]`: control planes (or all-in-one nodes) in HA tell each other to drop
   * cached entries through the event hub; only nodes of the same `domain` listen to each other.
   */
  cacheInvalidation?: { domain: string }
  gatewayEnvironments: GatewayEnvironmentPlan[]
  /** `[apim.sync_runtime_artifacts.gateway] gateway_labels` (nodes that run a gateway). */
  gatewayLabels: string[]
  throttling?: ThrottlingPlan
  devportalUrl?: string
  tenantSharing?: TenantSharingPlan
  /** The resident key manager's token-revocation listener (control planes and all-in-one nodes). */
  revocationListener?: NotifyListenerPlan
  secrets: SecretPlan[]
}

/** deployment.toml of an Identity Server 7.2.0 key manager node. */
export interface Is7TomlPlan {
  product: 'is-7.2.0'
  server: ServerPlan
  admin: AdminPlan
  databases: DatabasePlan[]
  stores: StoresPlan
  proxyPorts?: ProxyPortsPlan
  /** Token revocation (always) and tenant sync to API Manager (S2.3, direction is-to-apim). */
  eventListeners: NotifyListenerPlan[]
  /** S2.1 and S2.2. */
  clientCertificateAuth: {
    logClientCertInfo?: boolean
    mappings: { trustedIssuer: string; certThumbprint: string; allowedUsernames: string[] }[]
  }
  /** Hazelcast WKA between two or more IS nodes. */
  clustering?: {
    membershipScheme: string
    domain: string
    localMemberHost: string
    localMemberPort: number
    /** WKA members `host:port` (every IS node, this one included). */
    members: string[]
    /** `[clustering.properties]`: what a scheme other than WKA needs to find its members. */
    properties: Record<string, string | boolean>
  }
  secrets: SecretPlan[]
}

export type ModernTomlPlan = ApimTomlPlan | Is7TomlPlan

/** The Admin REST API payload registering Identity Server 7 as the super tenant's key manager. */
export interface KeyManagerPayloadPlan {
  /** Output path, relative to the output folder. */
  file: string
  body: Record<string, unknown>
  /** Environment variables the registration command fills in with envsubst (the admin password when it is a reference). */
  envNames: string[]
}

/** `topology.sections.modern` (shaped like the third-party `key-managers` section for the README). */
export interface ModernTopologyPlan {
  payloads: KeyManagerPayloadPlan[]
  /** What the operator does by hand, each with its exact shell commands. */
  manualSteps: { title: string; commands: string[] }[]
}
