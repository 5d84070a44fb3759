import { urlOf } from '../endpoints.js';
import { JMS_CREDENTIALS, LOCAL_AUTH_URL_GROUP, LOCAL_JMS_CONNECTION_FACTORY, LOCAL_RECEIVER_URL_GROUP, LOCAL_SERVICES_URL, } from './stock.js';
const OFF = { dataPublisher: false, policyDeployer: false, blockCondition: false, jms: false };
/**
 * Gateways publish events and read decisions and block conditions; the publisher (with the admin
 * portal) deploys policies; the other profiles need none of it (as the IS-KM pack has it).
 */
const PARTS = {
    'all-in-one': { dataPublisher: true, policyDeployer: true, blockCondition: true, jms: true },
    'gateway-manager': { dataPublisher: true, policyDeployer: false, blockCondition: true, jms: true },
    'gateway-worker': { dataPublisher: true, policyDeployer: false, blockCondition: true, jms: true },
    publisher: { dataPublisher: false, policyDeployer: true, blockCondition: false, jms: false },
};
/** `{tcp://a:9611},{tcp://b:9611}`: one receiver group per traffic manager. */
const groups = (tms, scheme, service) => tms.map((tm) => `{${urlOf(scheme, tm, service)}}`).join(',');
/** The broker of one traffic manager, or a round-robin failover list over several. */
function brokerUrl(tms) {
    if (tms.length === 1)
        return `amqp://${JMS_CREDENTIALS}@clientid/carbon?brokerlist='${urlOf('tcp', tms[0], 'jms')}'`;
    const brokers = tms.map((tm) => `${urlOf('tcp', tm, 'jms')}?retries='5'%26connectdelay='50'`).join(';');
    return `amqp://${JMS_CREDENTIALS}@clientid/carbon?failover='roundrobin'%26cyclecount='2'%26brokerlist='${brokers}'`;
}
export function throttlingView(node) {
    const tms = node.targets.trafficManagers;
    const selfIsTm = tms.some((tm) => tm.node === node.name);
    const onlySelf = tms.length === 0 || (selfIsTm && tms.length === 1);
    const first = tms[0];
    return {
        receiverUrlGroup: onlySelf ? LOCAL_RECEIVER_URL_GROUP : groups(tms, 'tcp', 'binaryTcp'),
        authUrlGroup: onlySelf ? LOCAL_AUTH_URL_GROUP : groups(tms, 'ssl', 'binarySsl'),
        policyDeployerUrl: selfIsTm || !first ? LOCAL_SERVICES_URL : urlOf('https', first, 'https', '/services/'),
        jmsConnectionFactory: selfIsTm || !first ? LOCAL_JMS_CONNECTION_FACTORY : brokerUrl(tms),
        ...(PARTS[node.role] ?? OFF),
    };
}
