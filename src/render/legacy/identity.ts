/** repository/conf/identity/identity.xml of API Manager 2.6.0, IS as Key Manager 5.7.0 and Open Banking KM 1.5. */
import type { NodeFileRenderer } from '../types.js'
import { renderXml } from '../xml/template.js'
import { hasLegacyApimTemplates, legacyApimSection, legacyApimTemplate } from './apim-section.js'

export const IDENTITY_XML = 'repository/conf/identity/identity.xml'

export const identityXml: NodeFileRenderer = {
  matches: (path, node) => path === IDENTITY_XML && hasLegacyApimTemplates(node),
  render(node) {
    const { identity } = legacyApimSection(node)
    return renderXml(legacyApimTemplate(node, 'identity.xml.hbs'), { identity })
  },
}
