/**
 * Open Banking KM 1.5 files: identity/application-authentication.xml (S3.8) and
 * finance/open-banking.xml (S3.3), from the node's `obkm` section.
 */
import { OBKM, type ObKmNodeSection } from '../../plan/obkm.js'
import type { NodePlan } from '../../plan/types.js'
import type { NodeFileRenderer } from '../types.js'
import { renderXml } from '../xml/template.js'

function obkmSection(node: NodePlan): ObKmNodeSection {
  const s = node.sections[OBKM] as ObKmNodeSection | undefined
  if (!s) throw new Error(`node ${node.name} has no ${OBKM} section`)
  return s
}

const obkmFile = (path: string, template: string, view: (s: ObKmNodeSection) => object): NodeFileRenderer => ({
  matches: (p, node) => p === path && node.product === 'ob-km-1.5.0',
  render: (node) => renderXml(`ob-km-1.5.0/${template}`, view(obkmSection(node))),
})

export const applicationAuthenticationXml = obkmFile(
  'repository/conf/identity/application-authentication.xml',
  'application-authentication.xml.hbs',
  (s) => s.applicationAuthentication,
)

export const openBankingXml = obkmFile('repository/conf/finance/open-banking.xml', 'open-banking.xml.hbs', (s) => s.openBanking)
