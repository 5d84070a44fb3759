/** repository/conf/carbon.xml: host names, port offset, caching, key stores. */
import { carbonFileRenderer } from './carbon-files.js'

export const carbonXmlRenderer = carbonFileRenderer('repository/conf/carbon.xml', 'carbon.xml.hbs', (s) => s.carbon)
