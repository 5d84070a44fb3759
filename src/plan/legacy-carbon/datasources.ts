/**
 * master-datasources.xml entries: the node's planned datasources plus the pack's local H2 entries the
 * role does not use (kept so the file stays a complete pack file), pool settings per S3.2.
 */
import { DEFAULT_DB_CREDENTIALS, JDBC } from '../database.js'
import type { DatasourceKind, DatasourcePlan, NodePlan } from '../types.js'
import { vaultValue } from './secret.js'
import type { DatasourceView } from './types.js'

interface StockEntry {
  id: string
  jndi: string
  kind: DatasourceKind
  h2: string
  description: string
}

/** The pack's entries, in pack order (identical ids in API Manager 2.6.0 and IS-KM 5.7.0). */
const STOCK: readonly StockEntry[] = [
  { id: 'WSO2_CARBON_DB', jndi: 'jdbc/WSO2CarbonDB', kind: 'local', h2: 'WSO2CARBON_DB', description: 'The datasource used for registry and user manager' },
  { id: 'WSO2AM_DB', jndi: 'jdbc/WSO2AM_DB', kind: 'apim', h2: 'WSO2AM_DB', description: 'The datasource used for API Manager database' },
  { id: 'WSO2AM_STATS_DB', jndi: 'jdbc/WSO2AM_STATS_DB', kind: 'stats', h2: 'WSO2AM_STATS_DB', description: 'The datasource used for getting statistics to API Manager' },
  { id: 'WSO2_MB_STORE_DB', jndi: 'WSO2MBStoreDB', kind: 'mb', h2: 'WSO2MB_DB', description: 'The datasource used for message broker database' },
]

const DESCRIPTIONS: Partial<Record<DatasourceKind, string>> = {
  user: 'The datasource used by user manager',
  registry: 'The datasource used by the registry',
  config: 'The datasource used by the configuration registry',
  openBanking: 'The datasource used by Open Banking',
}

/** `defaultAutoCommit` of the pack's local entries; null where the pack file has none. */
const STOCK_AUTO_COMMIT: Record<'apim' | 'km', Record<string, boolean | null>> = {
  apim: { WSO2_CARBON_DB: true, WSO2AM_DB: true, WSO2AM_STATS_DB: true, WSO2_MB_STORE_DB: false },
  km: { WSO2_CARBON_DB: null, WSO2AM_DB: null, WSO2AM_STATS_DB: null, WSO2_MB_STORE_DB: false },
}

/** Pool settings: S3.2; Open Banking KM shared databases per its clustering page (maxActive 150). */
export const POOL = { maxActive: 50, maxActiveShared: 100, maxActiveSharedObKm: 150, maxWait: 60000, testOnBorrow: true, validationInterval: 30000 } as const

function localPlan(entry: StockEntry): DatasourcePlan {
  return {
    id: entry.id,
    jndi: entry.jndi,
    kind: entry.kind,
    type: 'h2',
    database: entry.h2,
    url: JDBC.h2.url('', 0, entry.h2),
    driver: JDBC.h2.driver,
    username: DEFAULT_DB_CREDENTIALS.username,
    password: DEFAULT_DB_CREDENTIALS.password,
    validationQuery: JDBC.h2.validationQuery,
    shared: false,
  }
}

/** The node's datasources in file order: the pack's entries first, then the ones the topology adds. */
export function datasourceViews(node: NodePlan): DatasourceView[] {
  const family = node.product === 'apim-2.6.0' ? 'apim' : 'km'
  const planned = new Map(node.datasources.map((d) => [d.id, d]))
  const ordered: { plan: DatasourcePlan; description: string }[] = [
    ...STOCK.map((e) => ({ plan: planned.get(e.id) ?? localPlan(e), description: e.description })),
    ...node.datasources
      .filter((d) => !STOCK.some((e) => e.id === d.id))
      .map((d) => ({ plan: d, description: DESCRIPTIONS[d.kind] ?? `The datasource ${d.id}` })),
  ]
  return ordered.map(({ plan: d, description }) => {
    const username = vaultValue(d.username)
    const password = vaultValue(d.password)
    // S3.2: shared databases commit explicitly; local ones keep the pack's setting.
    const autoCommit = d.shared ? false : (STOCK_AUTO_COMMIT[family][d.id] ?? null)
    return {
      name: d.id,
      description,
      jndiName: d.jndi,
      url: d.url,
      username: username.text,
      usernameSecretAlias: username.alias,
      password: password.text,
      passwordSecretAlias: password.alias,
      driverClassName: d.driver,
      maxActive: d.shared ? (node.product === 'ob-km-1.5.0' ? POOL.maxActiveSharedObKm : POOL.maxActiveShared) : POOL.maxActive,
      maxWait: POOL.maxWait,
      testOnBorrow: POOL.testOnBorrow,
      validationQuery: d.validationQuery,
      validationInterval: POOL.validationInterval,
      defaultAutoCommit: autoCommit === null ? null : { value: autoCommit },
    }
  })
}
