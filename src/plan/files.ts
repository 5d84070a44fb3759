/** The files each node gets, relative to the output folder; renderers are looked up by these paths. */
import type { NodePlan, TopologyPlan } from './types.js'
import { hasMember } from './loadbalancers.js'

const LEGACY_CORE = [
  'repository/conf/api-manager.xml',
  'repository/conf/user-mgt.xml',
  'repository/conf/identity/identity.xml',
  'repository/conf/datasources/master-datasources.xml',
  'repository/conf/registry.xml',
  'repository/conf/axis2/axis2.xml',
  'repository/conf/carbon.xml',
]

/**
 * Files a 2.6.0 traffic manager keeps from its profile: `profileSetup.sh -Dprofile=traffic-manager`
 * installs the pack's axis2_TM.xml (Carbon servlet HTTP/HTTPS transports, no PassThrough listeners or
 * senders, clustering off) and registry_TM.xml (no mounts, no API-M handlers) as axis2.xml and
 * registry.xml ("Deploying WSO2 API-M in a Distributed Setup", step 6.5). Rendering the gateway's
 * versions would undo that; the public Ansible and Kubernetes resources likewise ship the TM variants.
 */
/** Broker connection factories of a 2.6.0 publisher. */
export const JNDI_PROPERTIES = 'repository/conf/jndi.properties'

const TM_PROFILE_FILES = new Set(['repository/conf/registry.xml', 'repository/conf/axis2/axis2.xml'])

function nodeFiles(node: NodePlan, topology: TopologyPlan): string[] {
  switch (node.product) {
    case 'apim-2.6.0':
    case 'is-km-5.7.0': {
      const behindLb = topology.loadBalancers.some((lb) => hasMember(lb, node.name))
      const core =
        node.product === 'apim-2.6.0' && node.role === 'traffic-manager' ? LEGACY_CORE.filter((f) => !TM_PROFILE_FILES.has(f)) : LEGACY_CORE
      // The publisher's topic connection factory names the traffic managers (legacy-apim/throttling.ts jndiView).
      const jndi = node.product === 'apim-2.6.0' && node.role === 'publisher' && node.targets.trafficManagers.length > 0
      return [...core, ...(behindLb ? ['repository/conf/tomcat/catalina-server.xml'] : []), ...(jndi ? [JNDI_PROPERTIES] : [])]
    }
    case 'ob-km-1.5.0':
      return [
        ...LEGACY_CORE,
        'repository/conf/tomcat/catalina-server.xml',
        'repository/conf/identity/application-authentication.xml',
        'repository/conf/finance/open-banking.xml',
      ]
    case 'apim-4.7.0':
    case 'is-7.2.0':
      return ['repository/conf/deployment.toml']
    case 'microgateway-3.2.0':
      return ['conf/micro-gw.conf']
  }
}

export function planFiles(node: NodePlan, topology: TopologyPlan): string[] {
  return nodeFiles(node, topology)
    .map((f) => `nodes/${node.name}/${f}`)
    .sort()
}
