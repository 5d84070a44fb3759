import { renderXml } from '../xml/template.js';
import { hasLegacyApimTemplates, legacyApimSection, legacyApimTemplate } from './apim-section.js';
export const API_MANAGER_XML = 'repository/conf/api-manager.xml';
export const apiManagerXml = {
    matches: (path, node) => path === API_MANAGER_XML && hasLegacyApimTemplates(node),
    render(node) {
        const { admin, apiManager } = legacyApimSection(node);
        return renderXml(legacyApimTemplate(node, 'api-manager.xml.hbs'), { admin, apiManager });
    },
};
