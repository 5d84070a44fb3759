/** repository/conf/user-mgt.xml: realm database, administrator and user store. */
import { carbonFileRenderer } from './carbon-files.js'

export const userMgtXmlRenderer = carbonFileRenderer('repository/conf/user-mgt.xml', 'user-mgt.xml.hbs', (s) => s.userMgt)
