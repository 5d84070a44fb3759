/**
 * The databases on the database server: who uses each one, with which account, and which of the
 * product's own table scripts (shipped under `<PRODUCT_HOME>/dbscripts/`) creates its tables.
 */
import type { DatabaseType } from '../../model/spec.js'
import type { DatasourceKind, NodePlan, Product, TopologyPlan } from '../types.js'
import { packOf } from './packs.js'
import { MYSQL_PUBLIC_KEY_RETRIEVAL } from '../database.js'
import type { DatabaseSetup, DatabaseUser, TableScript } from './types.js'

type ServerType = Exclude<DatabaseType, 'h2'>

/** Script file name per database type inside a dbscripts folder. */
const SCRIPT: Record<ServerType, string> = {
  mysql: 'mysql.sql',
  postgresql: 'postgresql.sql',
  mssql: 'mssql.sql',
  oracle: 'oracle.sql',
}

/** Folders (under dbscripts/) per datasource kind, in the order to run them. */
const FOLDERS: Partial<Record<DatasourceKind, readonly string[]>> = {
  apim: ['apimgt/'],
  user: [''],
  registry: [''],
  config: [''],
  shared: [''],
  identity: ['identity/', 'identity/uma/', 'consent/'],
  openBanking: ['finance/openbanking.org.uk/'],
}

/** Which pack to take a kind's scripts from when several products use the database. */
const PREFERENCE: readonly Product[] = ['apim-4.7.0', 'apim-2.6.0', 'is-7.2.0', 'is-km-5.7.0', 'ob-km-1.5.0']

const LEGACY: readonly Product[] = ['apim-2.6.0', 'is-km-5.7.0', 'ob-km-1.5.0']

function noteFor(kind: DatasourceKind, product: Product, type: ServerType): string | undefined {
  if (kind === 'openBanking') return 'deployments of other specifications run the scripts under dbscripts/finance/berlin-group.org/ or dbscripts/finance/STET/ instead'
  if (type === 'mysql' && LEGACY.includes(product)) return 'on MySQL 5.7 or later run the mysql5.7.sql script of the same folder instead'
  return undefined
}

function scriptsFor(kinds: readonly DatasourceKind[], users: readonly NodePlan[], type: ServerType): TableScript[] {
  const out: TableScript[] = []
  const seen = new Set<string>()
  for (const kind of kinds) {
    const folders = FOLDERS[kind]
    if (!folders) continue
    const candidates = users.filter((n) => n.datasources.some((d) => d.kind === kind))
    const rank = (n: NodePlan) => (kind === 'openBanking' && n.product === 'ob-km-1.5.0' ? -1 : PREFERENCE.indexOf(n.product))
    const from = [...candidates].sort((a, b) => rank(a) - rank(b))[0]
    if (!from) continue
    const pack = packOf(from.product, from.profile).pack
    const paths = folders.map((f) => `dbscripts/${f}${SCRIPT[type]}`).filter((p) => !seen.has(`${pack}/${p}`))
    if (paths.length === 0) continue
    for (const p of paths) seen.add(`${pack}/${p}`)
    const note = noteFor(kind, from.product, type)
    out.push({ node: from.name, pack, paths, ...(note ? { note } : {}) })
  }
  return out
}

const KIND_ORDER: readonly DatasourceKind[] = ['apim', 'identity', 'shared', 'user', 'registry', 'config', 'openBanking']

export function databaseSetups(topology: TopologyPlan): DatabaseSetup[] {
  const db = topology.database
  if (db.type === 'h2' || db.host === undefined || db.port === undefined) return []
  const type = db.type
  const byName = new Map<string, { users: DatabaseUser[]; ids: Set<string>; kinds: Set<DatasourceKind>; nodes: NodePlan[]; publicKey: boolean }>()
  for (const node of topology.nodes) {
    for (const ds of node.datasources) {
      if (!ds.shared || ds.type !== type) continue
      let e = byName.get(ds.database)
      if (!e) byName.set(ds.database, (e = { users: [], ids: new Set(), kinds: new Set(), nodes: [], publicKey: false }))
      if (ds.url.includes(MYSQL_PUBLIC_KEY_RETRIEVAL)) e.publicKey = true
      if (!e.users.some((u) => u.username === ds.username && u.password === ds.password)) e.users.push({ username: ds.username, password: ds.password })
      e.ids.add(ds.id)
      e.kinds.add(ds.kind)
      // A node's datasources come one after another, so the node is either the last one added or new.
      if (e.nodes[e.nodes.length - 1] !== node) e.nodes.push(node)
    }
  }
  return [...byName.keys()].sort().map((database) => {
    const e = byName.get(database)!
    const kinds = KIND_ORDER.filter((k) => e.kinds.has(k))
    return {
      type,
      host: db.host!,
      port: db.port!,
      database,
      users: e.users,
      datasources: [...e.ids].sort(),
      nodes: e.nodes.map((n) => n.name),
      scripts: scriptsFor(kinds, e.nodes, type),
      ...(e.publicKey ? { publicKeyRetrieval: true as const } : {}),
    }
  })
}
