import { warning } from './helpers.js';
const RULE = 'topology/default-credentials';
/** Product defaults; anyone who has read the documentation knows them. */
const DEFAULT_ADMIN_PASSWORD = 'admin';
const DEFAULT_DB_PASSWORD = 'wso2carbon';
/** A shared, networked deployment should not keep the default passwords (values are never printed). */
export const defaultCredentials = (spec) => {
    const db = spec.database;
    if (spec.nodes.length <= 1 || !db || db.type === 'h2')
        return [];
    const findings = [];
    // deployment.toml resolves secure-vault references; the 2.6.0 XML files need the value itself.
    const how = spec.platform === 'apim-4.7.0' ? ', for example to a $secret{…} reference' : '';
    const adminPassword = spec.admin?.password;
    if (adminPassword === undefined || adminPassword === DEFAULT_ADMIN_PASSWORD) {
        const pointer = adminPassword !== undefined ? '/admin/password' : spec.admin ? '/admin' : '';
        findings.push(warning(RULE, pointer, 'the admin account keeps the default password of the product', `set admin.password${how}`));
    }
    if (db.password === undefined || db.password === DEFAULT_DB_PASSWORD) {
        findings.push(warning(RULE, db.password !== undefined ? '/database/password' : '/database', 'the database account keeps the default password of the product', `set database.password${how}`));
    }
    return findings;
};
