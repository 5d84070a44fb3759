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

function nodeFiles(node: NodePlan, topology: TopologyPlan): string[] {
  switch (node.product) {
    case 'apim-2.6.0':
    case 'is-km-5.7.0': {
      const behindLb = topology.loadBalancers.some((lb) => hasMember(lb, node.name))
      return behindLb ? [...LEGACY_CORE, 'repository/conf/tomcat/catalina-server.xml'] : LEGACY_CORE
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
