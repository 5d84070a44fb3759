import { renderXml } from '../xml/template.js';
import { hasLegacyApimTemplates, legacyApimSection, legacyApimTemplate } from './apim-section.js';
export const IDENTITY_XML = 'repository/conf/identity/identity.xml';
export const identityXml = {
    matches: (path, node) => path === IDENTITY_XML && hasLegacyApimTemplates(node),
    render(node) {
        const { identity } = legacyApimSection(node);
        return renderXml(legacyApimTemplate(node, 'identity.xml.hbs'), { identity });
    },
};
