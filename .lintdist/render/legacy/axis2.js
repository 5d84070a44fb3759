/** repository/conf/axis2/axis2.xml: Hazelcast clustering and the HTTPS transport stores. */
import { carbonFileRenderer } from './carbon-files.js';
export const axis2XmlRenderer = carbonFileRenderer('repository/conf/axis2/axis2.xml', 'axis2.xml.hbs', (s) => s.axis2);
