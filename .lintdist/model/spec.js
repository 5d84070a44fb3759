/**
 * The topology spec (v1): the public contract of DESIGN.md section 3, as TypeScript types.
 * A value of type `Spec` has passed the JSON Schema (schemas/topology.schema.json); defaults are
 * not applied here but in the planning stage.
 */
export const PLATFORMS = ['apim-2.6.0', 'apim-4.7.0'];
export const PATTERNS = ['single-node', 'active-active', 'distributed'];
export const KEY_MANAGER_TYPES = ['resident', 'is-km', 'ob-km', 'is7', 'third-party'];
export const DATABASE_TYPES = ['h2', 'mysql', 'postgresql', 'mssql', 'oracle'];
export const CLUSTERING_SCHEMES = ['wka', 'multicast', 'kubernetes', 'aws', 'none'];
export const ROLES_BY_PLATFORM = {
    'apim-2.6.0': [
        'all-in-one',
        'publisher',
        'store',
        'gateway-manager',
        'gateway-worker',
        'key-manager',
        'traffic-manager',
        'microgateway',
    ],
    'apim-4.7.0': ['all-in-one', 'control-plane', 'gateway', 'traffic-manager', 'key-manager', 'microgateway'],
};
export const ALL_ROLES = [
    ...new Set([...ROLES_BY_PLATFORM['apim-2.6.0'], ...ROLES_BY_PLATFORM['apim-4.7.0']]),
];
export const THIRD_PARTY_CONNECTORS = ['okta', 'keycloak', 'auth0', 'pingfederate', 'forgerock', 'azure-ad'];
