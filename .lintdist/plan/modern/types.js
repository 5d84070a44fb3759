/**
 * Decisions behind one `repository/conf/deployment.toml` of the apim-4.7.0 platform (API Manager
 * 4.7.0 profiles and Identity Server 7.2.0), kept under `node.sections.modern`. Every URL is final:
 * host and effective port of the node (or load balancer) it reaches. The renderer maps these fields
 * to TOML keys and adds the pack's stock tables; it decides nothing.
 */
export {};
