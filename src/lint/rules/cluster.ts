/** Hazelcast clustering (axis2.xml, or [clustering] in deployment.toml): members that find each other. */
import { isLoopback, treeFacts, type NodeFacts } from '../facts.js'
import type { LintTree } from '../tree.js'
import type { Hit, LintRule } from '../types.js'
import { hostPort } from '../../plan/address.js'

const DEFAULT_MEMBER_PORT = 4000

interface Self {
  facts: NodeFacts
  /** localMemberHost. */
  host: string
  port: number
  /** Every name the node goes by (localMemberHost first): a member entry may use any of them. */
  names: string[]
}

const selfOf = (f: NodeFacts): Self | undefined => {
  const c = f.cluster
  if (!c?.localHost || isLoopback(c.localHost.value)) return undefined
  const host = c.localHost.value.toLowerCase()
  return { facts: f, host, port: c.localPort?.value ?? DEFAULT_MEMBER_PORT, names: [host, ...f.hosts.filter((h) => h !== host)] }
}

const covers = (member: { host: string; port: number }, s: Self): boolean => s.names.some((name) => memberCovers(member, name, s.port))

/** Whether a WKA member entry (host, or a range on the last octet like 10.0.0.2-9) covers host:port. */
export function memberCovers(member: { host: string; port: number }, host: string, port: number): boolean {
  if (member.port !== port) return false
  const m = member.host.trim().toLowerCase()
  if (m === host) return true
  const range = /^(\d+\.\d+\.\d+\.)(\d+)-(\d+)$/.exec(m)
  const addr = /^(\d+\.\d+\.\d+\.)(\d+)$/.exec(host)
  return !!range && !!addr && range[1] === addr[1] && Number(addr[2]) >= Number(range[2]) && Number(addr[2]) <= Number(range[3])
}

function loopbacks(tree: LintTree): Hit[] {
  return treeFacts(tree).flatMap((f): Hit[] => {
    const c = f.cluster
    if (!c) return []
    const hits: Hit[] = []
    if (c.localHost && isLoopback(c.localHost.value)) {
      hits.push({ file: c.localHost.file, at: c.localHost.at, message: `node ${f.node.name}: localMemberHost is ${c.localHost.value}; other members cannot reach a loopback address` })
    }
    if (c.scheme === 'wka') {
      for (const m of c.members) {
        if (isLoopback(m.value.host)) hits.push({ file: m.file, at: m.at, message: `node ${f.node.name}: well-known member ${hostPort(m.value.host, m.value.port)} is a loopback address` })
      }
    }
    return hits
  })
}

/** WKA clusters of the tree: nodes by domain. */
function domains(tree: LintTree): Map<string, NodeFacts[]> {
  const out = new Map<string, NodeFacts[]>()
  for (const f of treeFacts(tree)) if (f.cluster?.scheme === 'wka') out.set(f.cluster.domain, [...(out.get(f.cluster.domain) ?? []), f])
  return out
}

function asymmetric(tree: LintTree): Hit[] {
  const hits: Hit[] = []
  for (const [domain, nodes] of domains(tree)) {
    if (nodes.length < 2) continue
    const selves = nodes.map(selfOf).filter((s): s is Self => s !== undefined)
    for (const f of nodes) {
      const c = f.cluster!
      const missing = selves.filter((s) => s.facts !== f && !c.members.some((m) => covers(m.value, s)))
      if (missing.length === 0) continue
      hits.push({
        file: c.file,
        at: c.members[0]?.at ?? c.at,
        message: `node ${f.node.name}: the members of cluster ${domain} leave out ${missing.map((s) => `${s.facts.node.name} (${hostPort(s.host, s.port)})`).join(', ')}, which list${missing.length === 1 ? 's' : ''} itself in that domain; member lists must be the same on every node`,
      })
    }
  }
  return hits
}

function unknownMembers(tree: LintTree): Hit[] {
  if (tree.nodes.length < 2) return []
  const hits: Hit[] = []
  for (const [domain, nodes] of domains(tree)) {
    const selves = nodes.map(selfOf).filter((s): s is Self => s !== undefined)
    for (const f of nodes) {
      for (const m of f.cluster!.members) {
        if (isLoopback(m.value.host) || /-\d+$/.test(m.value.host)) continue
        if (selves.some((s) => covers(m.value, s))) continue
        hits.push({ file: m.file, at: m.at, message: `node ${f.node.name}: member ${hostPort(m.value.host, m.value.port)} of cluster ${domain} is no node of this tree (no node has that localMemberHost and localMemberPort)` })
      }
    }
  }
  return hits
}

function duplicates(tree: LintTree): Hit[] {
  const seen = new Map<string, Self>()
  const hits: Hit[] = []
  for (const f of treeFacts(tree)) {
    const s = selfOf(f)
    if (!s) continue
    const key = `${s.host}:${s.port}`
    const first = seen.get(key)
    const at = f.cluster!.localPort ?? f.cluster!.localHost!
    if (first) hits.push({ file: at.file, at: at.at, message: `nodes ${first.facts.node.name} and ${f.node.name} both use ${key} as their Hazelcast member address` })
    else seen.set(key, s)
  }
  return hits
}

export const CLUSTER_RULES: readonly LintRule[] = [
  {
    id: 'cluster/loopback-member',
    severity: 'error',
    summary: 'no loopback address as localMemberHost or as a well-known member',
    hint: "use the node's own IP address or host name that the other members can reach",
    check: loopbacks,
  },
  {
    id: 'cluster/asymmetric-members',
    severity: 'error',
    summary: 'the well-known member lists of one cluster domain list every node of that domain, on every node (whole tree)',
    hint: 'give every node of the domain the same <members> list, containing every node (itself included)',
    check: asymmetric,
  },
  {
    id: 'cluster/unknown-member',
    severity: 'warning',
    summary: 'every well-known member is a node of the tree (whole tree)',
    hint: 'remove the member, or check its host and port against the localMemberHost/localMemberPort of the node it stands for',
    check: unknownMembers,
  },
  {
    id: 'cluster/duplicate-member',
    severity: 'error',
    summary: 'no two nodes share a Hazelcast member host and port',
    hint: 'co-hosted nodes need distinct localMemberPort values (the port offset does not shift it)',
    check: duplicates,
  },
]
