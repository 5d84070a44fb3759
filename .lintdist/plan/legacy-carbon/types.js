/**
 * View-ready decisions for the Carbon-level XML files of API Manager 2.6.0, IS as Key Manager 5.7.0
 * and Open Banking KM 1.5 (carbon.xml, axis2.xml, registry.xml, user-mgt.xml,
 * master-datasources.xml). A field named `…password` holds the element text; its `…SecretAlias` twin
 * holds the secure-vault alias (`svns:secretAlias`) when the spec gave `$secret{alias}`, else null.
 */
export {};
