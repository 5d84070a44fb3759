/** repository/conf/registry.xml: the local registry and the shared-database mounts. */
import { carbonFileRenderer } from './carbon-files.js';
export const registryXmlRenderer = carbonFileRenderer('repository/conf/registry.xml', 'registry.xml.hbs', (s) => s.registry);
