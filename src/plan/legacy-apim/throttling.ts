/**
 * api-manager.xml ThrottlingConfigurations: where throttling events go (every traffic manager, each
 * its own receiver group, so each counts all traffic), where policies are deployed and throttle
 * decisions come from, and which parts each role runs.
 */
import type { Role } from '../../model/spec.js'
import { urlOf } from '../endpoints.js'
import type { Endpoint, NodePlan } from '../types.js'
import {
  JMS_CREDENTIALS,
  LOCAL_AUTH_URL_GROUP,
  LOCAL_JMS_CONNECTION_FACTORY,
  LOCAL_RECEIVER_URL_GROUP,
  LOCAL_SERVICES_URL,
} from './stock.js'
import type { ThrottlingView } from './types.js'

type Parts = Pick<ThrottlingView, 'dataPublisher' | 'policyDeployer' | 'blockCondition' | 'jms'>

const OFF: Parts = { dataPublisher: false, policyDeployer: false, blockCondition: false, jms: false }

/**
 * Gateways publish events and read decisions and block conditions; the publisher (with the admin
 * portal) deploys policies; the other profiles need none of it (as the IS-KM pack has it).
 */
const PARTS: Partial<Record<Role, Parts>> = {
  'all-in-one': { dataPublisher: true, policyDeployer: true, blockCondition: true, jms: true },
  'gateway-manager': { dataPublisher: true, policyDeployer: false, blockCondition: true, jms: true },
  'gateway-worker': { dataPublisher: true, policyDeployer: false, blockCondition: true, jms: true },
  publisher: { dataPublisher: false, policyDeployer: true, blockCondition: false, jms: false },
}

/** `{tcp://a:9611},{tcp://b:9611}`: one receiver group per traffic manager. */
const groups = (tms: readonly Endpoint[], scheme: string, service: 'binaryTcp' | 'binarySsl'): string =>
  tms.map((tm) => `{${urlOf(scheme, tm, service)}}`).join(',')

/** The broker of one traffic manager, or a round-robin failover list over several. */
function brokerUrl(tms: readonly Endpoint[], credentials: string = JMS_CREDENTIALS): string {
  if (tms.length === 1) return `amqp://${credentials}@clientid/carbon?brokerlist='${urlOf('tcp', tms[0]!, 'jms')}'`
  const brokers = tms.map((tm) => `${urlOf('tcp', tm, 'jms')}?retries='5'%26connectdelay='50'`).join(';')
  return `amqp://${credentials}@clientid/carbon?failover='roundrobin'%26cyclecount='2'%26brokerlist='${brokers}'`
}

/** repository/conf/jndi.properties of a publisher node. */
export interface JndiView {
  /** `connectionfactory.TopicConnectionFactory`: the traffic managers' brokers. */
  topicConnectionFactory: string
  /** `connectionfactory.QueueConnectionFactory`, as the pack has it. */
  queueConnectionFactory: string
  /** Spec alias or variable of the admin password when it is a reference: the file holds a placeholder. */
  passwordReference: string | null
}

/** The pack's queue factory (unused by API Manager, kept so the file stays complete). */
const PACK_QUEUE_FACTORY = "amqp://admin:admin@clientID/test?brokerlist='tcp://localhost:5672'"

const REFERENCE = /^\$(?:secret|env)\{([^}]*)\}$/

/**
 * The publisher (with the admin portal) sends block conditions and throttling notifications to the
 * topic `throttleData` through the TopicConnectionFactory of jndi.properties; the pack points it at
 * its own broker, so it must name every traffic manager's broker instead (wso2/kubernetes-apim 2.6.0
 * pattern-3 apim-publisher/jndi.properties). The file is read as it is, without ${…} or secure-vault
 * resolution, so credentials are literal; a referenced password leaves a placeholder the README names.
 */
export function jndiView(node: NodePlan, admin: { username: string; password: string }): JndiView | null {
  if (node.role !== 'publisher' || node.product !== 'apim-2.6.0') return null
  const tms = node.targets.trafficManagers
  if (tms.length === 0) return null
  const ref = REFERENCE.exec(admin.password)?.[1] ?? null
  const password = ref !== null ? `<value of ${ref}>` : encodeURIComponent(admin.password)
  return {
    topicConnectionFactory: brokerUrl(tms, `${encodeURIComponent(admin.username)}:${password}`),
    queueConnectionFactory: PACK_QUEUE_FACTORY,
    passwordReference: ref,
  }
}

export function throttlingView(node: NodePlan): ThrottlingView {
  const tms = node.targets.trafficManagers
  const selfIsTm = tms.some((tm) => tm.node === node.name)
  const onlySelf = tms.length === 0 || (selfIsTm && tms.length === 1)
  const first = tms[0]
  return {
    receiverUrlGroup: onlySelf ? LOCAL_RECEIVER_URL_GROUP : groups(tms, 'tcp', 'binaryTcp'),
    authUrlGroup: onlySelf ? LOCAL_AUTH_URL_GROUP : groups(tms, 'ssl', 'binarySsl'),
    policyDeployerUrl: selfIsTm || !first ? LOCAL_SERVICES_URL : urlOf('https', first, 'https', '/services/'),
    jmsConnectionFactory: selfIsTm || !first ? LOCAL_JMS_CONNECTION_FACTORY : brokerUrl(tms),
    ...(PARTS[node.role] ?? OFF),
  }
}
