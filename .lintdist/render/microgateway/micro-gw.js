/**
 * conf/micro-gw.conf of an API Microgateway 3.2 node (seed 004, S4.1–S4.3): the product defaults
 * with the plan's listener ports, key manager and key manager security, serialised with smol-toml.
 */
import { stringify } from 'smol-toml';
import { microGwDefaults } from './defaults.js';
const PATH = 'conf/micro-gw.conf';
const tableAt = (root, ...keys) => {
    let t = root;
    for (const k of keys)
        t = t[k];
    return t;
};
/** The whole micro-gw.conf as a TOML object. */
export function microGwConf(plan) {
    const conf = microGwDefaults();
    Object.assign(tableAt(conf, 'listenerConfig'), plan.listener);
    const { serverUrl, tokenContext, timestampSkew, external } = plan.keyManager;
    conf.keyManager = { serverUrl, tokenContext, timestampSkew, external };
    const security = tableAt(conf, 'keymanager', 'security');
    security.basic = { ...plan.security.basic };
    const { clientCredential, password, directToken, refresh, ...oauth2 } = plan.security.oauth2;
    security.oauth2 = { ...oauth2, clientCredential: { ...clientCredential }, password: { ...password }, directToken: { ...directToken }, refresh: { ...refresh } };
    const issuers = conf.jwtTokenConfig;
    issuers[0] = { ...issuers[0], issuer: plan.jwtIssuer };
    return conf;
}
function sectionOf(node) {
    const plan = node.sections.microgateway;
    if (!plan)
        throw new Error(`node ${node.name} has no microgateway plan`);
    return plan;
}
export const microGwRenderer = {
    matches: (path, node) => path === PATH && node.product === 'microgateway-3.2.0',
    render: (node) => {
        const text = stringify(microGwConf(sectionOf(node)));
        return text.endsWith('\n') ? text : `${text}\n`;
    },
};
