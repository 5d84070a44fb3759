/**
 * Open Banking KM 1.5 files: identity/application-authentication.xml (S3.8) and
 * finance/open-banking.xml (S3.3), from the node's `obkm` section.
 */
import { OBKM } from '../../plan/obkm.js';
import { renderXml } from '../xml/template.js';
function obkmSection(node) {
    const s = node.sections[OBKM];
    if (!s)
        throw new Error(`node ${node.name} has no ${OBKM} section`);
    return s;
}
const obkmFile = (path, template, view) => ({
    matches: (p, node) => p === path && node.product === 'ob-km-1.5.0',
    render: (node) => renderXml(`ob-km-1.5.0/${template}`, view(obkmSection(node))),
});
export const applicationAuthenticationXml = obkmFile('repository/conf/identity/application-authentication.xml', 'application-authentication.xml.hbs', (s) => s.applicationAuthentication);
export const openBankingXml = obkmFile('repository/conf/finance/open-banking.xml', 'open-banking.xml.hbs', (s) => s.openBanking);
