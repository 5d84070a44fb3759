/**
 * What lint can tell about each node from its files alone: its model, carbon port offset, the host
 * names it answers on, its listening ports and its Hazelcast cluster settings.
 */
import { portsOf } from '../plan/ports.js'
import type { Product } from '../plan/types.js'
import type { Position } from '../spec/positions.js'
import type { LintFile, LintNode, LintTree } from './tree.js'
import { select, textOf, textPosition, type XmlElement } from './xml.js'
import { unbracketHost } from '../plan/address.js'

export type Model = 'legacy' | 'toml' | 'microgateway' | 'unknown'

export interface Located<T> {
  value: T
  file: LintFile
  at?: Position
}

export interface ClusterFacts {
  file: LintFile
  at?: Position
  scheme: string
  domain: string
  localHost?: Located<string>
  localPort?: Located<number>
  members: Located<{ host: string; port: number }>[]
}

export interface NodeFacts {
  node: LintNode
  model: Model
  product?: Product
  offset: number
  /** Names and addresses the node answers on (loopback and placeholders left out). */
  hosts: string[]
  /** Effective listening ports a URL may target (proxy ports included). */
  ports: number[]
  /** Set when clustering is enabled. */
  cluster?: ClusterFacts
}

const LOOPBACK = /^(localhost(\.localdomain)?|127(\.\d{1,3}){3}|::1|\[::1\]|0\.0\.0\.0|0:0:0:0:0:0:0:1)$/i

export const isLoopback = (host: string): boolean => LOOPBACK.test(host.trim())
export const isPlaceholder = (s: string): boolean => s.includes('${') || s.includes('$env{') || s.includes('{{')

const PRODUCTS = new Set<string>(['apim-2.6.0', 'is-km-5.7.0', 'ob-km-1.5.0', 'apim-4.7.0', 'is-7.2.0', 'microgateway-3.2.0'])

/** The files of a node that decide its model. */
export function modelOf(node: LintNode): Model {
  if (node.files.has('deployment.toml')) return 'toml'
  if (node.files.has('micro-gw.conf')) return 'microgateway'
  if ([...node.files.keys()].some((k) => k.endsWith('.xml'))) return 'legacy'
  return 'unknown'
}

const el = (node: LintNode, file: string): { file: LintFile; root: XmlElement } | undefined => {
  const f = node.files.get(file)
  const root = f?.xml()
  return f && root ? { file: f, root } : undefined
}

const table = (v: unknown): Record<string, unknown> | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined)

function legacyCluster(node: LintNode): ClusterFacts | undefined {
  const axis2 = el(node, 'axis2/axis2.xml')
  if (!axis2) return undefined
  const clustering = select(axis2.root, 'clustering')[0]
  if (!clustering || clustering.attrs.enable?.trim().toLowerCase() !== 'true') return undefined
  const param = (name: string): XmlElement | undefined => select(clustering, 'parameter').find((p) => p.attrs.name === name)
  const located = <T>(e: XmlElement | undefined, value: (s: string) => T): Located<T> | undefined =>
    e && textOf(e) !== '' ? { value: value(textOf(e)), file: axis2.file, at: textPosition(e) } : undefined
  const members = select(clustering, 'members/member').flatMap((m) => {
    const host = unbracketHost(textOf(select(m, 'hostName')[0]))
    const port = Number(textOf(select(m, 'port')[0]))
    return host ? [{ value: { host, port }, file: axis2.file, at: m.at }] : []
  })
  const localHost = located(param('localMemberHost'), (s) => s)
  const localPort = located(param('localMemberPort'), Number)
  return {
    file: axis2.file,
    at: clustering.at,
    scheme: textOf(param('membershipScheme')) || 'multicast',
    domain: textOf(param('domain')) || 'wso2.carbon.domain',
    ...(localHost ? { localHost } : {}),
    ...(localPort ? { localPort } : {}),
    members,
  }
}

function tomlCluster(node: LintNode): ClusterFacts | undefined {
  const file = node.files.get('deployment.toml')
  const doc = file?.toml()
  const c = table(doc?.data.clustering)
  // The presence of membership_scheme alone enables clustering in the 4.x templates.
  if (!file || !doc || !c || c.membership_scheme === undefined) return undefined
  const at = (key: string) => doc.at(`/clustering/${key}`)
  const members = Array.isArray(c.members)
    ? c.members.flatMap((m, i) => {
        if (typeof m !== 'string') return []
        const cut = m.lastIndexOf(':')
        const host = unbracketHost(cut < 0 ? m : m.slice(0, cut))
        const port = cut < 0 ? 4000 : Number(m.slice(cut + 1))
        return [{ value: { host, port }, file, at: doc.at(`/clustering/members/${i}`) ?? at('members') }]
      })
    : []
  return {
    file,
    at: doc.at('/clustering'),
    scheme: String(c.membership_scheme),
    domain: typeof c.domain === 'string' ? c.domain : 'wso2.carbon.domain',
    ...(c.local_member_host !== undefined ? { localHost: { value: String(c.local_member_host), file, at: at('local_member_host') } } : {}),
    ...(c.local_member_port !== undefined ? { localPort: { value: Number(c.local_member_port), file, at: at('local_member_port') } } : {}),
    members,
  }
}

function productOf(node: LintNode, model: Model): Product | undefined {
  const p = node.manifest?.product
  if (p && PRODUCTS.has(p)) return p as Product
  if (model === 'microgateway') return 'microgateway-3.2.0'
  return undefined
}

export function factsOf(node: LintNode): NodeFacts {
  const model = modelOf(node)
  const product = productOf(node, model)
  const carbon = el(node, 'carbon.xml')
  const toml = node.files.get('deployment.toml')?.toml()
  const server = table(toml?.data.server)

  let offset = node.manifest?.portOffset ?? 0
  const xmlOffset = carbon ? Number(textOf(select(carbon.root, 'Ports/Offset')[0])) : NaN
  if (carbon && Number.isInteger(xmlOffset)) offset = xmlOffset
  if (server && Number.isInteger(Number(server.offset))) offset = Number(server.offset)

  const cluster = model === 'toml' ? tomlCluster(node) : legacyCluster(node)
  const names = [
    node.manifest?.host,
    ...(carbon ? ['HostName', 'MgtHostName'].map((n) => textOf(select(carbon.root, n)[0])) : []),
    typeof server?.hostname === 'string' ? server.hostname : undefined,
    cluster?.localHost?.value,
  ]
  const hosts = [...new Set(names.filter((h): h is string => !!h && !isLoopback(h) && !isPlaceholder(h)).map((h) => unbracketHost(h.toLowerCase())))].sort()

  const base = product ?? (model === 'toml' ? 'apim-4.7.0' : model === 'legacy' ? 'apim-2.6.0' : undefined)
  const ports = new Set<number>(base ? portsOf(base, offset).filter((p) => p.service !== 'hazelcast').map((p) => p.effective) : [])
  for (const p of proxyPorts(node)) ports.add(p)
  return { node, model, ...(product ? { product } : {}), offset, hosts, ports: [...ports].sort((a, b) => a - b), ...(cluster ? { cluster } : {}) }
}

/** Ports a reverse proxy in front of the node listens on (catalina-server.xml, deployment.toml). */
function proxyPorts(node: LintNode): number[] {
  const out: number[] = []
  const catalina = el(node, 'tomcat/catalina-server.xml')
  if (catalina) for (const c of select(catalina.root, 'Service/Connector')) if (c.attrs.proxyPort) out.push(Number(c.attrs.proxyPort))
  const toml = node.files.get('deployment.toml')?.toml()
  const transport = table(toml?.data.transport)
  for (const kind of ['http', 'https']) {
    const props = table(table(table(transport?.[kind])?.properties))
    if (props?.proxyPort !== undefined) out.push(Number(props.proxyPort))
  }
  return out.filter((p) => Number.isInteger(p) && p > 0)
}

/** Facts for every node of a tree, computed once per lint run. */
const cache = new WeakMap<LintTree, NodeFacts[]>()
export function treeFacts(tree: LintTree): NodeFacts[] {
  let facts = cache.get(tree)
  if (!facts) {
    facts = tree.nodes.map(factsOf)
    cache.set(tree, facts)
  }
  return facts
}
