/**
 * Which datasources each node has, and where they point. Shared databases live on the spec's
 * database server; the carbon database (and the 2.6.0 message-broker and statistics stores) stay
 * local H2 per node.
 */
import type { Spec } from '../model/spec.js'
import { DEFAULT_DB_CREDENTIALS, DEFAULT_DB_NAMES, JDBC } from './database.js'
import type { DatasourceKind, DatasourcePlan, Product } from './types.js'

interface DatasourceDef {
  id: string
  jndi: string
  kind: DatasourceKind
  /** Key into database.names for shared ones; the H2 file name for local ones. */
  name: keyof typeof DEFAULT_DB_NAMES | { h2: string }
}

const CARBON: DatasourceDef = { id: 'WSO2_CARBON_DB', jndi: 'jdbc/WSO2CarbonDB', kind: 'local', name: { h2: 'WSO2CARBON_DB' } }
const STATS: DatasourceDef = { id: 'WSO2AM_STATS_DB', jndi: 'jdbc/WSO2AM_STATS_DB', kind: 'stats', name: { h2: 'WSO2AM_STATS_DB' } }
const MB: DatasourceDef = { id: 'WSO2_MB_STORE_DB', jndi: 'WSO2MBStoreDB', kind: 'mb', name: { h2: 'WSO2MB_DB' } }
const AM: DatasourceDef = { id: 'WSO2AM_DB', jndi: 'jdbc/WSO2AM_DB', kind: 'apim', name: 'apim' }
const UM: DatasourceDef = { id: 'WSO2UM_DB', jndi: 'jdbc/WSO2UM_DB', kind: 'user', name: 'user' }
const REG: DatasourceDef = { id: 'WSO2REG_DB', jndi: 'jdbc/WSO2REG_DB', kind: 'registry', name: 'registry' }
const CONFIG: DatasourceDef = { id: 'WSO2CONFIG_DB', jndi: 'jdbc/WSO2Config_DB', kind: 'config', name: 'config' }
const OB: DatasourceDef = { id: 'WSO2_OPEN_BANKING_DB', jndi: 'jdbc/WSO2OpenBankingDB', kind: 'openBanking', name: 'openBanking' }
const AM47: DatasourceDef = { id: 'WSO2AM_DB', jndi: 'jdbc/WSO2AM_DB', kind: 'apim', name: 'apim' }
const SHARED47: DatasourceDef = { id: 'WSO2_SHARED_DB', jndi: 'jdbc/SHARED_DB', kind: 'shared', name: 'shared' }
const IDENTITY: DatasourceDef = { id: 'WSO2_IDENTITY_DB', jndi: 'jdbc/WSO2IdentityDB', kind: 'identity', name: 'identity' }
const IS_SHARED: DatasourceDef = { id: 'WSO2_SHARED_DB', jndi: 'jdbc/SHARED_DB', kind: 'shared', name: 'identityShared' }

/** Datasources per product and 4.7.0 profile. */
function definitionsFor(product: Product, profile: string): DatasourceDef[] {
  switch (product) {
    case 'apim-2.6.0':
      return profile === 'default' || profile === 'gateway-worker' || profile === 'traffic-manager'
        ? [CARBON, AM, STATS, MB, UM, REG]
        : [CARBON, AM, UM, REG]
    case 'is-km-5.7.0':
      return [CARBON, AM, UM, REG]
    case 'ob-km-1.5.0':
      return [CARBON, AM, UM, REG, CONFIG, OB]
    case 'apim-4.7.0':
      return profile === 'gateway-worker' ? [SHARED47] : [AM47, SHARED47]
    case 'is-7.2.0':
      return [IDENTITY, IS_SHARED]
    case 'microgateway-3.2.0':
      return []
  }
}

const LEGACY_PRODUCTS: ReadonlySet<Product> = new Set<Product>(['apim-2.6.0', 'is-km-5.7.0', 'ob-km-1.5.0'])

export function datasourcesFor(spec: Spec, product: Product, profile: string): DatasourcePlan[] {
  const db = spec.database ?? { type: 'h2' as const }
  const facts = JDBC[db.type]
  const host = db.host ?? 'localhost'
  const port = db.port ?? facts.defaultPort
  const names = { ...DEFAULT_DB_NAMES, ...db.names }
  const username = db.username ?? DEFAULT_DB_CREDENTIALS.username
  const password = db.password ?? DEFAULT_DB_CREDENTIALS.password
  return definitionsFor(product, profile).map((def): DatasourcePlan => {
    const local = typeof def.name === 'object'
    const onH2 = local || db.type === 'h2'
    const database = typeof def.name === 'object' ? def.name.h2 : onH2 ? def.id : names[def.name]
    const type = onH2 ? 'h2' : db.type
    return {
      id: def.id,
      jndi: def.jndi,
      kind: def.kind,
      type,
      database,
      url: JDBC[type].url(host, port, database, LEGACY_PRODUCTS.has(product)),
      driver: JDBC[type].driver,
      username: onH2 ? DEFAULT_DB_CREDENTIALS.username : username,
      password: onH2 ? DEFAULT_DB_CREDENTIALS.password : password,
      validationQuery: JDBC[type].validationQuery,
      shared: !onH2,
    }
  })
}
