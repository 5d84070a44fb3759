/** Where the legacy API Manager files of a node come from: its product's templates and its `legacy-apim` section. */
import { LEGACY_APIM, type LegacyApimSection } from '../../plan/legacy-apim.js'
import type { NodePlan, Product } from '../../plan/types.js'

/** Template folder per product: Open Banking KM 1.5 is built on the IS as Key Manager 5.7.0 files. */
const TEMPLATE_DIR: Partial<Record<Product, string>> = {
  'apim-2.6.0': 'apim-2.6.0',
  'is-km-5.7.0': 'is-km-5.7.0',
  'ob-km-1.5.0': 'is-km-5.7.0',
}

export const hasLegacyApimTemplates = (node: NodePlan): boolean => TEMPLATE_DIR[node.product] !== undefined

export function legacyApimTemplate(node: NodePlan, file: string): string {
  const dir = TEMPLATE_DIR[node.product]
  if (!dir) throw new Error(`no ${file} template for product ${node.product}`)
  return `${dir}/${file}`
}

export function legacyApimSection(node: NodePlan): LegacyApimSection {
  const section = node.sections[LEGACY_APIM] as LegacyApimSection | undefined
  if (!section) throw new Error(`node ${node.name} has no ${LEGACY_APIM} plan section`)
  return section
}
