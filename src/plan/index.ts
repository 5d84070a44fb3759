/**
 * The planning stage: topology spec → TopologyPlan (one NodePlan per node). Pure: the same spec
 * gives the same plan, whatever the key order of the input.
 */
import type { Finding } from '../diagnostics/diagnostic.js'
import type { Spec } from '../model/spec.js'
import { planClusters } from './cluster.js'
import { portCollisions } from './collisions.js'
import { datasourcesFor } from './datasources.js'
import { JDBC } from './database.js'
import { planFiles } from './files.js'
import { planLoadBalancers } from './loadbalancers.js'
import { resolveOffsets } from './offsets.js'
import { portsOf } from './ports.js'
import { productOf } from './products.js'
import { sectionPlanners } from './sections.js'
import { planTargets } from './targets.js'
import type { NodePlan, TopologyPlan } from './types.js'

export interface PlanResult {
  plan: TopologyPlan
  /** Findings that need computed ports or sections (port collisions, …). */
  findings: Finding[]
}

export function plan(spec: Spec): PlanResult {
  const kmType = spec.keyManager?.type ?? 'resident'
  const chosen = spec.nodes.map((n) => ({ spec: n, ...productOf(spec.platform, kmType, n, spec.gatewayArtifactSync) }))
  const offsets = resolveOffsets(chosen)
  const nodes: NodePlan[] = chosen.map(({ spec: n, product, profile }, i) => ({
    name: n.name,
    role: n.role,
    host: n.host,
    platform: spec.platform,
    product,
    profile,
    portOffset: offsets[i]!,
    ports: portsOf(product, offsets[i]!),
    targets: { keyManagerNodes: [], gateways: [], trafficManagers: [], controlPlanes: [] },
    datasources: datasourcesFor(spec, product, profile),
    files: [],
    sections: {},
  }))
  const loadBalancers = planLoadBalancers(spec, nodes)
  const clusters = planClusters(spec, nodes)
  const targets = planTargets(spec, nodes, loadBalancers)
  const db = spec.database ?? { type: 'h2' as const }
  const topology: TopologyPlan = {
    name: spec.name,
    platform: spec.platform,
    pattern: spec.pattern,
    keyManagerType: kmType,
    nodes,
    loadBalancers,
    database:
      db.type === 'h2'
        ? { type: 'h2' }
        : { type: db.type, host: db.host ?? 'localhost', port: db.port ?? JDBC[db.type].defaultPort },
    sections: {},
  }
  // One targets object for every node: its lists grow with the topology, so a copy per node would
  // make planning quadratic. Frozen, so no planner or renderer can change it for the other nodes.
  deepFreeze(targets)
  for (const node of nodes) {
    node.targets = targets
    const c = clusters.get(node.name)
    if (c) node.cluster = c
    node.files = planFiles(node, topology)
  }
  const indexOf = (name: string) => spec.nodes.findIndex((n) => n.name === name)
  const findings: Finding[] = portCollisions(nodes, indexOf)
  for (const planner of sectionPlanners()) {
    if (planner.topology) {
      const t = planner.topology(topology, spec)
      if (t !== undefined) topology.sections[planner.id] = t
    }
    if (planner.node) {
      for (const node of nodes) {
        const s = planner.node(node, topology, spec)
        if (s !== undefined) node.sections[planner.id] = s
      }
    }
    if (planner.check) findings.push(...planner.check(topology, spec))
  }
  return { plan: topology, findings }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}
