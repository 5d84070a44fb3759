/**
 * Pack values of the elements the topology drives: what a node keeps when the target is the node
 * itself. Carbon resolves these placeholders with the node's own offset at run time.
 */
import type { Product } from '../types.js'

/** The local admin services (AuthManager, APIKeyValidator, Environment, PolicyDeployer, APIStore). */
export const LOCAL_SERVICES_URL = 'https://localhost:${mgt.transport.https.port}${carbon.context}services/'
export const LOCAL_GATEWAY_ENDPOINT = 'http://${carbon.local.ip}:${http.nio.port},https://${carbon.local.ip}:${https.nio.port}'
/** The pack writes the WebSocket port literally (9099), so the plan adds the node's offset itself. */
export const localWsEndpoint = (wsPort: number): string => `ws://\${carbon.local.ip}:${wsPort}`
export const LOCAL_REVOKE_URL = 'https://localhost:${https.nio.port}/revoke'
export const LOCAL_TOKEN_URL = 'https://${carbon.local.ip}:${https.nio.port}/token'
export const LOCAL_GATEWAY_REVOKE_URL = 'https://${carbon.local.ip}:${https.nio.port}/revoke'
export const LOCAL_STORE_URL = 'https://localhost:${mgt.transport.https.port}/store'
export const LOCAL_PUBLISHER_URL = 'https://localhost:${mgt.transport.https.port}/publisher'
export const LOCAL_RECEIVER_URL_GROUP = 'tcp://${carbon.local.ip}:${receiver.url.port}'
export const LOCAL_AUTH_URL_GROUP = 'ssl://${carbon.local.ip}:${auth.url.port}'
export const JMS_CREDENTIALS = '${admin.username}:${admin.password}'
export const LOCAL_JMS_CONNECTION_FACTORY = `amqp://${JMS_CREDENTIALS}@clientid/carbon?brokerlist='tcp://\${carbon.local.ip}:\${jms.port}'`

export const DEFAULT_KEY_VALIDATION_HANDLER = 'org.wso2.carbon.apimgt.keymgt.handlers.DefaultKeyValidationHandler'
export const DEFAULT_KEY_MANAGER_CLIENT = 'org.wso2.carbon.apimgt.impl.AMDefaultKeyManagerImpl'
export const DEFAULT_CLAIMS_RETRIEVER = 'org.wso2.carbon.apimgt.impl.token.DefaultClaimsRetriever'
export const DEFAULT_CONSUMER_DIALECT = 'http://wso2.org/claims'
export const DEFAULT_SIGNATURE_ALGORITHM = 'SHA256withRSA'
export const DEFAULT_DATA_SOURCE = 'jdbc/WSO2AM_DB'

/** identity.xml URLs are relative to the node's own address in the pack. */
export const LOCAL_IDENTITY_BASE = '${carbon.protocol}://${carbon.host}:${carbon.management.port}'

/** OpenIDConnect/IDTokenIssuerID as each pack writes it. */
export function stockIdTokenIssuer(product: Product): string {
  return product === 'apim-2.6.0' ? 'https://localhost:9443/oauth2/token' : `${LOCAL_IDENTITY_BASE}/oauth2/token`
}
