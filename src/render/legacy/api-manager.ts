/** repository/conf/api-manager.xml of API Manager 2.6.0, IS as Key Manager 5.7.0 and Open Banking KM 1.5. */
import type { NodeFileRenderer } from '../types.js'
import { renderXml } from '../xml/template.js'
import { hasLegacyApimTemplates, legacyApimSection, legacyApimTemplate } from './apim-section.js'

export const API_MANAGER_XML = 'repository/conf/api-manager.xml'

export const apiManagerXml: NodeFileRenderer = {
  matches: (path, node) => path === API_MANAGER_XML && hasLegacyApimTemplates(node),
  render(node) {
    const { admin, apiManager } = legacyApimSection(node)
    return renderXml(legacyApimTemplate(node, 'api-manager.xml.hbs'), { admin, apiManager })
  },
}
