/** repository/conf/datasources/master-datasources.xml: one entry per datasource of the node. */
import { carbonFileRenderer } from './carbon-files.js';
export const masterDatasourcesRenderer = carbonFileRenderer('repository/conf/datasources/master-datasources.xml', 'master-datasources.xml.hbs', (s) => s.datasources);
