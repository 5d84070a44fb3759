/** Datasources of the legacy model: JNDI names that line up across files, and no H2 where nodes share data. */
import { suggest } from '../../spec/suggest.js'
import type { Position } from '../../spec/positions.js'
import { treeFacts } from '../facts.js'
import type { LintFile, LintNode, LintTree } from '../tree.js'
import type { Hit, LintRule } from '../types.js'
import { select, textOf, textPosition, walkXml, type XmlElement } from '../xml.js'

interface Datasource {
  name: string
  jndi: string
  url: string
  file: LintFile
  jndiAt: Position
  urlAt?: Position
}

interface Reference {
  jndi: string
  file: LintFile
  at: Position
  /** Where the reference comes from, for messages. */
  what: string
}

/** Every datasource defined in the node's datasources/*.xml files. */
export function datasourcesOf(node: LintNode): Datasource[] {
  const out: Datasource[] = []
  for (const [path, file] of node.files) {
    if (!/^datasources\/[^/]+\.xml$/.test(path)) continue
    const root = file.xml()
    if (!root) continue
    for (const ds of select(root, 'datasources/datasource')) {
      const jndiEl = select(ds, 'jndiConfig/name')[0]
      const urlEl = select(ds, 'definition/configuration/url')[0]
      if (!jndiEl || textOf(jndiEl) === '') continue
      out.push({
        name: textOf(select(ds, 'name')[0]),
        jndi: textOf(jndiEl),
        url: textOf(urlEl),
        file,
        jndiAt: textPosition(jndiEl),
        ...(urlEl ? { urlAt: textPosition(urlEl) } : {}),
      })
    }
  }
  return out
}

const endsWith = (path: readonly string[], tail: string): boolean => path.join('/').endsWith(tail)

/** Where each file names a datasource by its JNDI name. */
const REFERENCES: readonly { file: string; what: string; find(root: XmlElement): XmlElement[] }[] = [
  { file: 'user-mgt.xml', what: 'the user store (Property dataSource)', find: (r) => [...walkXml(r)].filter(({ el, path }) => path.at(-1) === 'Property' && el.attrs.name === 'dataSource').map(({ el }) => el) },
  { file: 'identity/identity.xml', what: 'the identity persistence manager (JDBCPersistenceManager/DataSource/Name)', find: (r) => [...walkXml(r)].filter(({ path }) => endsWith(path, 'JDBCPersistenceManager/DataSource/Name')).map(({ el }) => el) },
  { file: 'registry.xml', what: 'a registry dbConfig', find: (r) => select(r, 'dbConfig/dataSource') },
  { file: 'api-manager.xml', what: 'the API Manager database (DataSourceName)', find: (r) => select(r, 'DataSourceName') },
  { file: 'finance/open-banking.xml', what: 'the Open Banking persistence manager (JDBCPersistenceManager/DataSource/Name)', find: (r) => [...walkXml(r)].filter(({ path }) => endsWith(path, 'JDBCPersistenceManager/DataSource/Name')).map(({ el }) => el) },
]

export function referencesOf(node: LintNode): Reference[] {
  return REFERENCES.flatMap(({ file: path, what, find }) => {
    const file = node.files.get(path)
    const root = file?.xml()
    if (!file || !root) return []
    return find(root)
      .filter((e) => textOf(e) !== '')
      .map((e) => ({ jndi: textOf(e), file, at: textPosition(e), what }))
  })
}

function undefinedReferences(tree: LintTree): Hit[] {
  return tree.nodes.flatMap((node) => {
    const defined = datasourcesOf(node)
    if (defined.length === 0) return [] // no datasources file here: nothing to hold the references against
    const names = [...new Set(defined.map((d) => d.jndi))]
    return referencesOf(node)
      .filter((r) => !names.includes(r.jndi))
      .map((r) => {
        const near = suggest(r.jndi, names)
        return {
          file: r.file,
          at: r.at,
          message: `${r.what} refers to datasource ${r.jndi}, which no datasources/*.xml of node ${node.name} defines (defined: ${names.join(', ')})`,
          hint: near ? `did you mean ${near}? The JNDI name must match jndiConfig/name in master-datasources.xml exactly` : `define ${r.jndi} in datasources/master-datasources.xml (jndiConfig/name), or refer to one that exists`,
        }
      })
  })
}

function duplicateNames(tree: LintTree): Hit[] {
  return tree.nodes.flatMap((node) => {
    const seen = new Map<string, Datasource>()
    const hits: Hit[] = []
    for (const d of datasourcesOf(node)) {
      const first = seen.get(d.jndi)
      if (first) hits.push({ file: d.file, at: d.jndiAt, message: `JNDI name ${d.jndi} is defined twice on node ${node.name} (first by ${first.name} in ${first.file.rel}:${first.jndiAt.line})` })
      else seen.set(d.jndi, d)
    }
    return hits
  })
}

const isH2 = (url: string): boolean => /^jdbc:h2:/i.test(url.trim())

/** Datasources a node shares with its peers: referenced by the user store, identity, API Manager, Open Banking or a registry mount. */
function sharedJndiNames(node: LintNode): Set<string> {
  const shared = new Set<string>()
  for (const r of referencesOf(node)) if (r.file.rel.endsWith('registry.xml') === false) shared.add(r.jndi)
  const registry = node.files.get('registry.xml')?.xml()
  if (registry) {
    const current = textOf(select(registry, 'currentDBConfig')[0])
    const mounted = new Set(select(registry, 'remoteInstance/dbConfig').map((e) => textOf(e)))
    for (const db of select(registry, 'dbConfig')) {
      const name = db.attrs.name ?? ''
      if (mounted.has(name) && name !== current) for (const ds of select(db, 'dataSource')) shared.add(textOf(ds))
    }
  }
  return shared
}

/** TOML databases that hold shared data (everything but the node-local one). */
const LOCAL_TOML_DATABASES = new Set(['local'])

function h2OnClusteredNodes(tree: LintTree): Hit[] {
  const facts = treeFacts(tree)
  const carbonNodes = facts.filter((f) => f.model === 'legacy' || f.model === 'toml')
  return carbonNodes.flatMap((f): Hit[] => {
    const peers = carbonNodes.length > 1
    if (!f.cluster && !peers) return []
    const why = f.cluster ? `node ${f.node.name} is clustered (${f.cluster.scheme}, domain ${f.cluster.domain})` : `node ${f.node.name} shares its data with ${carbonNodes.length - 1} other node(s) in this tree`
    if (f.model === 'toml') {
      const file = f.node.files.get('deployment.toml')
      const doc = file?.toml()
      const dbs = doc?.data.database
      if (!file || !doc || !dbs || typeof dbs !== 'object') return []
      return Object.entries(dbs as Record<string, unknown>).flatMap(([id, db]): Hit[] => {
        if (LOCAL_TOML_DATABASES.has(id) || !db || typeof db !== 'object') return []
        const { type, url } = db as { type?: unknown; url?: unknown }
        if (type !== 'h2' && !(typeof url === 'string' && isH2(url))) return []
        return [{ file, at: doc.at(`/database/${id}/${url !== undefined ? 'url' : 'type'}`) ?? doc.at(`/database/${id}`), message: `[database.${id}] is an H2 database, but ${why}; H2 cannot be shared between nodes` }]
      })
    }
    const shared = sharedJndiNames(f.node)
    return datasourcesOf(f.node)
      .filter((d) => isH2(d.url) && shared.has(d.jndi))
      .map((d) => ({ file: d.file, at: d.urlAt ?? d.jndiAt, message: `datasource ${d.name || d.jndi} (${d.jndi}) is an embedded H2 database, but ${why}; every node would keep its own copy of data they must share` }))
  })
}

export const DATASOURCE_RULES: readonly LintRule[] = [
  {
    id: 'legacy/jndi-undefined',
    severity: 'error',
    summary: 'JNDI names used by user-mgt.xml, identity.xml, registry.xml, api-manager.xml and open-banking.xml exist in datasources/*.xml',
    hint: 'define the datasource in datasources/master-datasources.xml or correct the name',
    check: undefinedReferences,
  },
  {
    id: 'legacy/jndi-duplicate',
    severity: 'error',
    summary: 'a JNDI name is defined once per node',
    hint: 'give each datasource its own jndiConfig/name, or remove the duplicate',
    check: duplicateNames,
  },
  {
    id: 'datasource/h2-clustered',
    severity: 'error',
    summary: 'no H2 database for shared data on a clustered node or a node with peers',
    hint: 'point the datasource at the shared database server (MySQL, PostgreSQL, SQL Server, Oracle); H2 suits only data that stays on one node (the local registry WSO2_CARBON_DB)',
    check: h2OnClusteredNodes,
  },
]
