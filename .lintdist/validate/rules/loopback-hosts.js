import { error, indexed, nodePointer } from './helpers.js';
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|0:0:0:0:0:0:0:1)$/i;
/** A node at localhost cannot be reached by nodes on other machines (PITFALLS 1). */
export const loopbackHosts = (spec) => {
    const nodes = indexed(spec);
    const remote = nodes.find(({ node }) => !LOOPBACK.test(node.host));
    if (!remote)
        return [];
    return nodes
        .filter(({ node }) => LOOPBACK.test(node.host))
        .map(({ node, index }) => error('topology/loopback-host', nodePointer(index, 'host'), `node "${node.name}" has the loopback host ${node.host}, but node "${remote.node.name}" runs on ${remote.node.host}; other machines cannot reach a loopback address`, 'give the node the IP address or DNS name other machines reach it at'));
};
