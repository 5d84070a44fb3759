/** Per node: the balancer in front of it, the ports it announces (S3.10), its catalina-server.xml values. */
import type { Spec } from '../../model/spec.js'
import { storesOf } from '../legacy-carbon/keystores.js'
import type { NodePlan, TopologyPlan } from '../types.js'
import type { CatalinaView, NodeProxySection } from './types.js'
import { hasMember } from '../loadbalancers.js'

export const CATALINA = 'repository/conf/tomcat/catalina-server.xml'

export function planNodeProxy(node: NodePlan, topology: TopologyPlan, spec: Spec): NodeProxySection | undefined {
  const lb = topology.loadBalancers.find((l) => hasMember(l, node.name))
  const hasCatalina = node.files.includes(`nodes/${node.name}/${CATALINA}`)
  if (!lb && !hasCatalina) return undefined
  const proxyPorts = lb ? { https: lb.httpsPort, http: lb.httpPort } : null
  const section: NodeProxySection = { balancer: lb?.id ?? null, proxyPorts }
  if (hasCatalina) {
    const { keyStore } = storesOf(spec.keystore, '${carbon.home}/')
    const catalina: CatalinaView = {
      httpsProxyPort: proxyPorts?.https ?? null,
      httpProxyPort: proxyPorts?.http ?? null,
      keystoreFile: keyStore.location,
      keystorePass: keyStore.password,
    }
    section.catalina = catalina
  }
  return section
}
