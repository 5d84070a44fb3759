/**
 * URLs that point at other nodes (api-manager.xml, deployment.toml, micro-gw.conf): no loopback
 * address for another node, and, in a whole tree, a host and port that some node or load balancer
 * of the tree listens on.
 */
import type { Position } from '../../spec/positions.js'
import { isLoopback, isPlaceholder, treeFacts, type NodeFacts } from '../facts.js'
import type { LintFile, LintTree } from '../tree.js'
import type { Hit, LintRule } from '../types.js'
import { localName, textOf, textPosition, type XmlElement } from '../xml.js'
import { hostPort, unbracketHost } from '../../plan/address.js'

export interface UrlUse {
  facts: NodeFacts
  file: LintFile
  at?: Position
  /** Element path or TOML key path (array indexes left out): the same setting on every node. */
  setting: string
  url: string
  host: string
  /** The port the URL reaches (explicit, placeholder resolved with this node's offset, or the scheme default). */
  port?: number
  /** The port was written as a `${…}` placeholder (resolved with the local offset). */
  placeholderPort: boolean
  /** The URL names its port (a number or a placeholder) rather than relying on the scheme default. */
  explicitPort: boolean
}

const URL = /\b(https?|wss?|tcp|ssl):\/\/(?:[^\s/@'"{}]*@)?(\[[^\]\s]+\]|\$\{[^}\s]*\}|[^\s/:'"{}|,;<>?#\]$]+)(?::(\d+|\$\{[^}\s]+\}))?/gi
const DEFAULT_PORT: Record<string, number> = { http: 80, https: 443, ws: 80, wss: 443 }
/** Carbon port placeholders and their base ports; the product adds the local node's offset. */
const PORT_PLACEHOLDER: Record<string, number> = {
  'mgt.transport.https.port': 9443,
  'carbon.management.port': 9443,
  'mgt.transport.http.port': 9763,
  'https.nio.port': 8243,
  'http.nio.port': 8280,
  'jms.port': 5672,
  'receiver.url.port': 9611,
  'auth.url.port': 9711,
}

/** A URL as shown in messages, without any user:password part. */
export const showUrl = (url: string): string => url.replace(/\/\/[^\s/@'"]*@/, '//')

function usesIn(text: string, base: Omit<UrlUse, 'url' | 'host' | 'port' | 'placeholderPort' | 'explicitPort'>): UrlUse[] {
  const out: UrlUse[] = []
  for (const m of text.matchAll(URL)) {
    const scheme = m[1]!.toLowerCase()
    const host = unbracketHost(m[2]!.toLowerCase())
    if (isPlaceholder(host)) continue // ${carbon.local.ip} and the like: this node
    const rawPort = m[3]
    let port: number | undefined
    let placeholderPort = false
    if (rawPort === undefined) port = DEFAULT_PORT[scheme]
    else if (rawPort.startsWith('${')) {
      const basePort = PORT_PLACEHOLDER[rawPort.slice(2, -1)]
      placeholderPort = true
      port = basePort === undefined ? undefined : basePort + base.facts.offset
    } else port = Number(rawPort)
    out.push({ ...base, url: m[0], host, ...(port === undefined ? {} : { port }), placeholderPort, explicitPort: rawPort !== undefined })
  }
  return out
}

/** Every element text and attribute of api-manager.xml, leaving out blocks switched off by <Enabled>false</Enabled>. */
function xmlUses(facts: NodeFacts, file: LintFile, root: XmlElement): UrlUse[] {
  const out: UrlUse[] = []
  const visit = (el: XmlElement, path: string): void => {
    const here = `${path}/${localName(el.name)}`
    for (const [name, value] of Object.entries(el.attrs)) out.push(...usesIn(value, { facts, file, at: el.attrAt[name], setting: `${here}/@${name}` }))
    if (el.children.some((c) => /^Enabled?$/.test(localName(c.name)) && textOf(c).toLowerCase() === 'false')) return
    if (el.text.trim() !== '') out.push(...usesIn(el.text, { facts, file, at: textPosition(el), setting: here }))
    for (const c of el.children) visit(c, here)
  }
  visit(root, '')
  return out
}

/**
 * Every string of a TOML file, leaving out tables switched off by `enable(d) = false`. `only` limits
 * the walk to some top-level tables.
 */
function tomlUses(facts: NodeFacts, file: LintFile, only?: readonly string[]): UrlUse[] {
  const doc = file.toml()
  if (!doc) return []
  const out: UrlUse[] = []
  const visit = (v: unknown, pointer: string, setting: string): void => {
    if (typeof v === 'string') out.push(...usesIn(v, { facts, file, ...atOf(doc.at(pointer)), setting }))
    else if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${pointer}/${i}`, `${setting}[]`))
    else if (v && typeof v === 'object') {
      const table = v as Record<string, unknown>
      if (table.enable === false || table.enabled === false) return
      for (const [k, x] of Object.entries(table)) {
        if (setting === '' && only && !only.includes(k)) continue
        visit(x, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, setting ? `${setting}.${k}` : k)
      }
    }
  }
  visit(doc.data, '', '')
  return out
}

/** micro-gw.conf keeps the product's defaults for features it does not use; only these tables point at the topology. */
const MICROGATEWAY_TABLES = ['keyManager', 'keymanager', 'jwtTokenConfig']

const atOf = (at: Position | undefined): { at?: Position } => (at ? { at } : {})

/** Every URL of the tree that lint follows. */
export function urlUses(tree: LintTree): UrlUse[] {
  return treeFacts(tree).flatMap((facts) => {
    const out: UrlUse[] = []
    const apim = facts.node.files.get('api-manager.xml')
    const root = apim?.xml()
    if (apim && root) out.push(...xmlUses(facts, apim, root))
    const toml = facts.node.files.get('deployment.toml')
    if (toml) out.push(...tomlUses(facts, toml))
    const mgw = facts.node.files.get('micro-gw.conf')
    if (mgw) out.push(...tomlUses(facts, mgw, MICROGATEWAY_TABLES))
    return out
  })
}

/** The nodes of the tree that answer on host:port. */
const nodesAt = (all: readonly NodeFacts[], host: string, port: number | undefined): NodeFacts[] =>
  all.filter((f) => f.hosts.includes(host) && (port === undefined || f.ports.includes(port)))

const multiNode = (tree: LintTree): boolean => tree.nodes.length > 1

/** Two nodes with one role (MANIFEST.json) may each serve themselves where the other is targeted. */
const sameRole = (a: NodeFacts, b: NodeFacts): boolean => a.node.manifest?.role !== undefined && a.node.manifest.role === b.node.manifest?.role

function loopbackToOtherNode(tree: LintTree): Hit[] {
  if (!multiNode(tree)) return []
  const all = treeFacts(tree)
  const uses = urlUses(tree)
  // Settings that, on some node, point at a different node of the tree: "this setting targets another node".
  const targetsOf = new Map<string, Set<NodeFacts>>()
  for (const u of uses) {
    if (isLoopback(u.host)) continue
    for (const t of nodesAt(all, u.host, u.port)) if (t !== u.facts) targetsOf.set(u.setting, (targetsOf.get(u.setting) ?? new Set()).add(t))
  }
  const hits: Hit[] = []
  for (const u of uses) {
    if (!isLoopback(u.host)) continue
    const self = u.port === undefined || u.placeholderPort || u.facts.ports.includes(u.port)
    const owners = u.port === undefined ? [] : all.filter((f) => f !== u.facts && f.ports.includes(u.port!))
    const targets = targetsOf.get(u.setting)
    if (!self && owners.length > 0) {
      hits.push({
        file: u.file,
        ...atOf(u.at),
        message: `${showUrl(u.url)} on node ${u.facts.node.name} uses a loopback address for port ${u.port}, which is not this node's but ${owners.map((o) => o.node.name).join(' or ')}'s`,
        hint: `write the host of ${owners.map((o) => `${o.node.name} (${o.hosts[0] ?? 'its address'})`).join(' or ')} instead of ${u.host}`,
      })
    } else if (targets && !targets.has(u.facts) && ![...targets].some((t) => sameRole(t, u.facts))) {
      const names = [...targets].map((t) => t.node.name).sort()
      hits.push({
        file: u.file,
        ...atOf(u.at),
        message: `${showUrl(u.url)} on node ${u.facts.node.name} points at itself, but the same setting (${u.setting}) points at ${names.join(', ')} on other nodes`,
        hint: `write the host (or load balancer) of ${names.join(' / ')} instead of ${u.host}`,
      })
    }
  }
  return hits
}

/** Ports the 4.x gateway's WebSub receivers use (not shifted by the offset, by all accounts). */
const UNSHIFTED_EXTRA = [9021, 8021]

function unreachable(tree: LintTree, wantKnownHost: boolean): Hit[] {
  if (!multiNode(tree)) return []
  const all = treeFacts(tree)
  const hits: Hit[] = []
  for (const u of urlUses(tree)) {
    if (isLoopback(u.host) || u.port === undefined) continue
    const owners = all.filter((f) => f.hosts.includes(u.host))
    const balancers = tree.balancers.filter((b) => b.host.toLowerCase() === u.host)
    if (owners.length === 0 && balancers.length === 0) {
      // Without a port, a URL is as often a name (http://wso2.org/claims) as an endpoint.
      if (!wantKnownHost && u.explicitPort) hits.push({ file: u.file, ...atOf(u.at), message: `${showUrl(u.url)} on node ${u.facts.node.name}: host ${u.host} is no node or load balancer of this tree` })
      continue
    }
    if (!wantKnownHost) continue
    const listening = new Set([...owners.flatMap((o) => [...o.ports, ...(o.model === 'toml' ? UNSHIFTED_EXTRA : [])]), ...balancers.flatMap((b) => b.ports)])
    if (listening.has(u.port)) continue
    const offsets = owners.map((o) => `${o.node.name} at offset ${o.offset}`).join(', ')
    const shifted = owners.map((o) => o.offset).find((off) => off !== 0 && listening.has(u.port! + off))
    hits.push({
      file: u.file,
      ...atOf(u.at),
      message: `${showUrl(u.url)} on node ${u.facts.node.name}: nothing in this tree listens on ${hostPort(u.host, u.port!)} (${offsets || 'load balancer'}${u.placeholderPort ? `; the placeholder resolves with this node's offset ${u.facts.offset}` : ''})`,
      hint:
        shifted !== undefined
          ? `the port offset is missing: use ${u.port + shifted}`
          : u.placeholderPort
            ? 'a ${…} port placeholder takes the local offset; write the target node\'s effective port as a number'
            : `use one of the ports ${u.host} listens on: ${[...listening].sort((a, b) => a - b).join(', ')}`,
    })
  }
  return hits
}

export const URL_RULES: readonly LintRule[] = [
  {
    id: 'url/loopback-to-other-node',
    severity: 'error',
    summary: 'no localhost or 127.0.0.1 in a URL that targets another node of a multi-node tree',
    hint: 'write the other node’s host name or address, or its load balancer',
    check: loopbackToOtherNode,
  },
  {
    id: 'url/unreachable-port',
    severity: 'error',
    summary: "a URL to a node or load balancer of the tree uses one of that host's effective ports (whole tree)",
    hint: "use the target's effective port: its base port plus its carbon port offset",
    check: (tree) => unreachable(tree, true),
  },
  {
    id: 'url/unknown-host',
    severity: 'warning',
    summary: 'a URL host is a node or load balancer of the tree (whole tree)',
    hint: 'check the host name; ignore this when the URL points outside the tree on purpose (an external key manager, analytics)',
    check: (tree) => unreachable(tree, false),
  },
]
