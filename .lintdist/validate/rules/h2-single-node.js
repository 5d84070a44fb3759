import { error, keyManagerType, names, serverNodes } from './helpers.js';
/**
 * Groups of nodes that share one set of databases. Identity Server 7 keeps its own databases,
 * apart from API Manager's; every other key manager shares API Manager's (seed 000, S0.2).
 */
function databaseGroups(nodes, separateKeyManager) {
    if (!separateKeyManager)
        return [nodes];
    return [nodes.filter(({ node }) => node.role !== 'key-manager'), nodes.filter(({ node }) => node.role === 'key-manager')];
}
/** The embedded H2 database lives inside one server; nodes cannot share it. */
export const h2SingleNode = (spec) => {
    if ((spec.database?.type ?? 'h2') !== 'h2')
        return [];
    const group = databaseGroups(serverNodes(spec), keyManagerType(spec) === 'is7').find((g) => g.length > 1);
    if (!group)
        return [];
    const which = spec.database ? 'database type h2 is' : 'no database is set, so the embedded H2 database is used; it is';
    return [
        error('topology/h2-shared', spec.database ? '/database/type' : '/nodes', `${which} local to one server, but ${group.length} nodes (${names(group.map(({ node }) => node.name))}) must share the same databases`, 'use a database server: mysql, postgresql, mssql or oracle'),
    ];
};
