/**
 * repository/conf/tomcat/catalina-server.xml of API Manager 2.6.0, IS as Key Manager 5.7.0 and Open
 * Banking KM 1.5: the stock connectors, with `proxyPort` (S3.10) when a load balancer fronts the node.
 */
import { PROXY } from '../../plan/proxy.js'
import { CATALINA } from '../../plan/proxy/node.js'
import type { NodeProxySection } from '../../plan/proxy/types.js'
import type { NodePlan, Product } from '../../plan/types.js'
import type { NodeFileRenderer } from '../types.js'
import { renderXml } from '../xml/template.js'

/** Open Banking KM 1.5 runs the IS-KM 5.7.0 Tomcat configuration. */
const TEMPLATE: Partial<Record<Product, string>> = {
  'apim-2.6.0': 'apim-2.6.0/catalina-server.xml.hbs',
  'is-km-5.7.0': 'is-km-5.7.0/catalina-server.xml.hbs',
  'ob-km-1.5.0': 'is-km-5.7.0/catalina-server.xml.hbs',
}

export const catalinaServerXml: NodeFileRenderer = {
  matches: (path: string, node: NodePlan) => path === CATALINA && TEMPLATE[node.product] !== undefined,
  render(node: NodePlan): string {
    const catalina = (node.sections[PROXY] as NodeProxySection | undefined)?.catalina
    if (!catalina) throw new Error(`node ${node.name} has no ${PROXY} catalina section`)
    return renderXml(TEMPLATE[node.product]!, catalina)
  },
}
