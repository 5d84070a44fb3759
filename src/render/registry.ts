/**
 * Which renderer makes which file. A new output file = a renderer + one row here.
 */
import { thirdPartyKeyManagerRenderer } from './keymanagers/third-party.js'
import { apiManagerXml } from './legacy/api-manager.js'
import { axis2XmlRenderer } from './legacy/axis2.js'
import { carbonXmlRenderer } from './legacy/carbon.js'
import { catalinaServerXml } from './legacy/catalina-server.js'
import { masterDatasourcesRenderer } from './legacy/datasources.js'
import { identityXml } from './legacy/identity.js'
import { jndiProperties } from './legacy/jndi.js'
import { registryXmlRenderer } from './legacy/registry.js'
import { userMgtXmlRenderer } from './legacy/user-mgt.js'
import { nginxRenderer } from './loadbalancer/nginx.js'
import { microGwRenderer } from './microgateway/micro-gw.js'
import { applicationAuthenticationXml, openBankingXml } from './obkm/files.js'
import { deploymentTomlRenderer, keyManagerPayloadRenderer } from './toml/deployment.js'
import { databaseSetupRenderer } from './database/setup-sql.js'
import { diagramRenderer } from './docs/diagram.js'
import { readmeRenderer } from './docs/readme.js'
import type { NodeFileRenderer, TopologyRenderer } from './types.js'

export const NODE_RENDERERS: readonly NodeFileRenderer[] = [
  apiManagerXml,
  identityXml,
  carbonXmlRenderer,
  axis2XmlRenderer,
  registryXmlRenderer,
  masterDatasourcesRenderer,
  userMgtXmlRenderer,
  microGwRenderer,
  deploymentTomlRenderer,
  catalinaServerXml,
  applicationAuthenticationXml,
  openBankingXml,
  jndiProperties,
]

export const TOPOLOGY_RENDERERS: readonly TopologyRenderer[] = [
  thirdPartyKeyManagerRenderer,
  keyManagerPayloadRenderer,
  nginxRenderer,
  readmeRenderer,
  diagramRenderer,
  databaseSetupRenderer,
]
