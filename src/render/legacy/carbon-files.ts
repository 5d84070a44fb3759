/**
 * Shared shape of the renderers of the Carbon-level files (carbon.xml, axis2.xml, registry.xml,
 * user-mgt.xml, master-datasources.xml): one template per product family, filled from the node's
 * `legacy-carbon` section.
 */
import { LEGACY_CARBON, LEGACY_CARBON_PRODUCTS, type LegacyCarbonSection } from '../../plan/legacy-carbon.js'
import type { NodePlan, Product } from '../../plan/types.js'
import type { NodeFileRenderer } from '../types.js'
import { renderXml } from '../xml/template.js'

/** Open Banking KM 1.5 is built on IS as Key Manager 5.7.0 and shares its templates. */
const TEMPLATE_DIR: Partial<Record<Product, string>> = {
  'apim-2.6.0': 'apim-2.6.0',
  'is-km-5.7.0': 'is-km-5.7.0',
  'ob-km-1.5.0': 'is-km-5.7.0',
}

export function legacyCarbonSection(node: NodePlan): LegacyCarbonSection {
  const section = node.sections[LEGACY_CARBON] as LegacyCarbonSection | undefined
  if (!section) throw new Error(`node ${node.name} has no ${LEGACY_CARBON} section`)
  return section
}

/** A renderer for `path` (relative to the node folder) from `templates/<dir>/<template>`. */
export function carbonFileRenderer(path: string, template: string, view: (s: LegacyCarbonSection) => object): NodeFileRenderer {
  return {
    matches: (p, node) => p === path && LEGACY_CARBON_PRODUCTS.includes(node.product),
    render: (node) => renderXml(`${TEMPLATE_DIR[node.product]}/${template}`, view(legacyCarbonSection(node))),
  }
}
