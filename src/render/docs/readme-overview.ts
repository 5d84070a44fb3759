/** README: the nodes, the load balancers and the effective port map per host. */
import type { DeploymentSection } from '../../plan/deployment.js'
import type { TopologyPlan } from '../../plan/types.js'
import { portTable } from '../../report/port-table.js'
import { code, table } from './markdown.js'
import { hostPort } from '../../plan/address.js'

/** Product names as operators know them. */
export const PRODUCT_NAMES: Record<string, string> = {
  'apim-2.6.0': 'API Manager 2.6.0',
  'is-km-5.7.0': 'IS as Key Manager 5.7.0',
  'ob-km-1.5.0': 'Open Banking Key Manager 1.5.0',
  'apim-4.7.0': 'API Manager 4.7.0',
  'is-7.2.0': 'Identity Server 7.2.0',
  'microgateway-3.2.0': 'API Microgateway 3.2.0',
}

const OFFSET_NOTE = { product: 'offset by the product', manual: 'offset written by the plan', fixed: 'fixed' } as const

export function nodesPart(t: TopologyPlan, d: DeploymentSection): string[] {
  const rows = t.nodes.map((n) => {
    const dn = d.nodes.find((x) => x.node === n.name)!
    const profile = n.profile === 'default' ? '' : ` (${n.profile})`
    const https = n.ports.find((p) => p.service === 'https' || p.service === 'mgwHttps')?.effective
    return [n.name, n.role, `${PRODUCT_NAMES[n.product] ?? n.product}${profile}`, n.host, String(n.portOffset), https === undefined ? '-' : String(https), code(dn.home)]
  })
  const out = ['## Nodes', '', ...table(['node', 'role', 'product', 'host', 'port offset', 'HTTPS port', 'PRODUCT_HOME'], rows), '']
  if (t.loadBalancers.length > 0) {
    out.push(
      '### Load balancers',
      '',
      ...table(
        ['load balancer', 'host', 'HTTPS / HTTP port', 'gateway host', 'nodes behind it'],
        t.loadBalancers.map((lb) => [lb.id, lb.host, `${lb.httpsPort} / ${lb.httpPort}`, lb.gatewayHost, lb.members.join(', ')]),
      ),
      '',
    )
  }
  const db = t.database
  out.push(db.type === 'h2' ? 'Database: embedded H2 inside each node (no database server).' : `Database server: ${db.type} at ${code(hostPort(db.host!, db.port!))}.`, '')
  return out
}

export function portsPart(t: TopologyPlan): string[] {
  const ports = portTable(t)
  const out = ['## Port map', '', 'Effective ports per host; open them between the hosts that call each other.', '']
  for (const { host, rows } of ports.hosts) {
    out.push(`### ${host}`, '', ...table(['port', 'node', 'service', 'base port', 'offset'], rows.map((r) => [String(r.port), r.node, r.service, String(r.base), OFFSET_NOTE[r.offset]])), '')
  }
  const total = ports.hosts.reduce((s, h) => s + h.rows.length, 0)
  out.push(
    ports.collisions.length === 0
      ? `No two nodes share a port: ${total} ports on ${ports.hosts.length} host${ports.hosts.length === 1 ? '' : 's'}.`
      : `Collisions: ${ports.collisions.map((c) => `${hostPort(c.host, c.port)} (${c.nodes.join(', ')})`).join('; ')}.`,
    '',
  )
  return out
}
