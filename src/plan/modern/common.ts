/**
 * Parts every apim-4.7.0 platform deployment.toml shares: the admin account, databases, key and
 * trust stores, load balancer proxy ports, URL spelling and the `[secrets]` entries.
 */
import type { Spec } from '../../model/spec.js'
import type { DatasourcePlan, Endpoint, LoadBalancerPlan, NodePlan, Service, TopologyPlan } from '../types.js'
import type { AdminPlan, DatabasePlan, ProxyPortsPlan, SecretPlan, StoresPlan, TomlDatabaseType } from './types.js'
import { hostUrl, serviceUrl } from '../address.js'
import { hasMember } from '../loadbalancers.js'

/** @default admin / admin, the packs' super admin */
export const adminOf = (spec: Spec): AdminPlan => ({
  username: spec.admin?.username ?? 'admin',
  password: spec.admin?.password ?? 'admin',
})

/** The 4.x `type` keyword of each database type (FACTS 3.3: PostgreSQL is `postgre`). */
const TOML_TYPE: Record<DatasourcePlan['type'], TomlDatabaseType> = {
  h2: 'h2',
  mysql: 'mysql',
  postgresql: 'postgre',
  mssql: 'mssql',
  oracle: 'oracle',
}

/** 4.x packs ship MySQL Connector/J 8, whose driver class is the `cj` one. */
const DRIVER_4X: Partial<Record<DatasourcePlan['type'], string>> = { mysql: 'com.mysql.cj.jdbc.Driver' }

const TABLE_OF: Partial<Record<DatasourcePlan['kind'], DatabasePlan['name']>> = {
  apim: 'apim_db',
  shared: 'shared_db',
  identity: 'identity_db',
}

/** `[database.*]` tables from the node's datasources, in the core plan's order. */
/**
 * The product's config mapper writes `url` into master-datasources.xml as it stands, so a JDBC URL
 * carries its `&` as `&amp;` in deployment.toml (a bare `&` leaves the datasource file unparsable).
 */
const tomlJdbcUrl = (url: string): string => url.replace(/&(?!amp;)/g, '&amp;')

export function databasesOf(node: NodePlan): DatabasePlan[] {
  return node.datasources.flatMap((ds): DatabasePlan[] => {
    const name = TABLE_OF[ds.kind]
    if (!name) return []
    // The config mapper copies the value into master-datasources.xml as it is: `&` must arrive as `&amp;`.
    return [{ name, type: TOML_TYPE[ds.type], url: tomlJdbcUrl(ds.url), username: ds.username, password: ds.password, driver: DRIVER_4X[ds.type] ?? ds.driver }]
  })
}

/** PKCS#12 files by extension, JKS otherwise. */
const storeType = (file: string): string => (/\.(p12|pfx)$/i.test(file) ? 'PKCS12' : 'JKS')

/**
 * Key and trust store from `spec.keystore`.
 * @default API Manager: wso2carbon.jks / client-truststore.jks; IS 7.2.0: wso2carbon.p12 / client-truststore.p12; passwords wso2carbon
 */
export function storesOf(spec: Spec, pkcs12: boolean): StoresPlan {
  const k = spec.keystore ?? {}
  const ext = pkcs12 ? 'p12' : 'jks'
  const file = k.file ?? `wso2carbon.${ext}`
  const trustFile = k.truststoreFile ?? `client-truststore.${ext}`
  const password = k.password ?? 'wso2carbon'
  return {
    keystore: { fileName: file, type: storeType(file), password, alias: k.alias ?? 'wso2carbon', keyPassword: k.keyPassword ?? password },
    truststore: { fileName: trustFile, type: storeType(trustFile), password: k.truststorePassword ?? 'wso2carbon' },
  }
}

/** The load balancer of `id` that has the node behind it. */
export const balancerOf = (topology: TopologyPlan, node: NodePlan, id: string): LoadBalancerPlan | undefined =>
  topology.loadBalancers.find((lb) => lb.id === id && hasMember(lb, node.name))

export const proxyPortsOf = (lb: LoadBalancerPlan): ProxyPortsPlan => ({ http: lb.httpPort, https: lb.httpsPort })

/** `scheme://host:port` + path, with the endpoint's port for `service`. */
export function urlAt(scheme: string, ep: Endpoint, service: Service, path = ''): string {
  const port = ep.ports[service]
  if (port === undefined) throw new Error(`endpoint ${ep.host} has no ${service} port`)
  return serviceUrl(scheme, ep.host, port, path)
}

/** `https://host` with the port left out when it is the HTTPS default, as Identity Server spells its own URLs. */
export function httpsBase(ep: Endpoint): string {
  const port = ep.ports.https
  if (port === undefined) throw new Error(`endpoint ${ep.host} has no https port`)
  return port === 443 ? hostUrl('https', ep.host) : serviceUrl('https', ep.host, port)
}

const SECRET_REF = /\$secret\{([^}]*)\}/g

/** Every `$secret{alias}` in any string of `value`, sorted and unique, with the text the cipher tool encrypts. */
export function secretsIn(value: unknown): SecretPlan[] {
  const aliases = new Set<string>()
  const walk = (v: unknown): void => {
    if (typeof v === 'string') for (const m of v.matchAll(SECRET_REF)) aliases.add(m[1]!)
    else if (Array.isArray(v)) v.forEach(walk)
    else if (v && typeof v === 'object') Object.values(v).forEach(walk)
  }
  walk(value)
  return [...aliases].sort().map((alias) => ({ alias, placeholder: `[<value of ${alias}>]` }))
}
