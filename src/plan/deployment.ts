/**
 * SectionPlanner `deployment`: the operator's side of a topology (packs, homes, start commands and
 * order, certificates, databases, shared folders, host names). See deployment/types.ts.
 */
import type { Spec } from '../model/spec.js'
import { artifactSharing } from './deployment/artifacts.js'
import { balancerCertificates, certificateGroups, isIpAddress } from './deployment/certificates.js'
import { databaseSetups } from './deployment/databases.js'
import { jdbcDriverOf } from './deployment/drivers.js'
import { certificateGroupOf, homeOf, packOf, storesOf } from './deployment/packs.js'
import { firstBoot, startOrder } from './deployment/start-order.js'
import type { DeploymentNode, DeploymentSection } from './deployment/types.js'
import type { SectionPlanner } from './sections.js'
import type { NodePlan, TopologyPlan } from './types.js'

export type * from './deployment/types.js'

export const DEPLOYMENT = 'deployment'

function deploymentNode(node: NodePlan, topology: TopologyPlan, spec: Spec): DeploymentNode {
  const { pack, start, startNote, profileSetup } = packOf(node.product, node.profile)
  const stores = storesOf(node.product, { file: spec.keystore?.file, truststoreFile: spec.keystore?.truststoreFile })
  const certificate = certificateGroupOf(node.product)
  const type = node.datasources.find((d) => d.shared && d.type !== 'h2')?.type
  return {
    node: node.name,
    role: node.role,
    host: node.host,
    product: node.product,
    pack,
    home: homeOf(node, topology.nodes),
    start,
    ...(startNote ? { startNote } : {}),
    ...(profileSetup ? { profileSetup } : {}),
    ...(certificate ? { certificate } : {}),
    ...stores,
    ...(type && type !== 'h2' ? { jdbcDriver: jdbcDriverOf(type, node.product) } : {}),
  }
}

/** DNS names (not addresses) that appear in URLs: nodes, load balancers, the database server. */
function hostNames(topology: TopologyPlan): string[] {
  const names = [
    ...topology.nodes.map((n) => n.host),
    ...topology.loadBalancers.flatMap((lb) => [lb.host, lb.gatewayHost, ...(lb.managementHost ? [lb.managementHost] : [])]),
    ...(topology.database.host && !topology.database.host.startsWith('$') ? [topology.database.host] : []),
  ]
  return [...new Set(names.filter((h) => !isIpAddress(h) && h !== 'localhost'))].sort()
}

export function planDeployment(topology: TopologyPlan, spec: Spec): DeploymentSection {
  const sync = artifactSharing(topology, spec)
  const boot = firstBoot(topology)
  const jar = spec.platform === 'apim-2.6.0' && spec.keyManager?.type === 'third-party' ? spec.keyManager.thirdParty?.jar : undefined
  return {
    nodes: topology.nodes.map((n) => deploymentNode(n, topology, spec)),
    startOrder: startOrder(topology),
    ...(boot ? { firstBoot: boot } : {}),
    certificates: certificateGroups(topology, spec),
    balancerCertificates: balancerCertificates(topology),
    databases: databaseSetups(topology),
    ...(sync ? { artifactSync: sync } : {}),
    hostNames: hostNames(topology),
    ...(jar ? { thirdPartyJar: jar } : {}),
  }
}

export const deploymentPlanner: SectionPlanner = {
  id: DEPLOYMENT,
  topology: planDeployment,
}

/** The deployment section of a plan (planned by `deploymentPlanner`). */
export function deploymentOf(topology: TopologyPlan): DeploymentSection {
  const s = topology.sections[DEPLOYMENT] as DeploymentSection | undefined
  if (!s) throw new Error('the plan has no deployment section')
  return s
}
