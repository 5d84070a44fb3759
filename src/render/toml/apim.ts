/**
 * deployment.toml of an API Manager 4.7.0 node as an ordered object: `[server]` first, the
 * topology wiring from the plan, the pack's stock tables for the profile, `[secrets]` last.
 */
import type { ApimTomlPlan } from '../../plan/modern.js'
import * as common from './common.js'
import * as stock from './stock.js'
import { compact, nonEmpty, type TomlTable } from './table.js'

const isPublisher = (p: ApimTomlPlan): boolean => p.profile === 'default' || p.profile === 'control-plane'
const isAllInOne = (p: ApimTomlPlan): boolean => p.profile === 'default'
const isGateway = (p: ApimTomlPlan): boolean => p.profile === 'gateway-worker'

function keyManager(p: ApimTomlPlan): TomlTable {
  return compact({
    service_url: p.keyManager.serviceUrl,
    username: p.keyManager.username,
    password: p.keyManager.password,
    enable_lightweight_apikey_generation: isPublisher(p) ? true : undefined,
    skip_create_resident_key_manager: p.keyManager.skipCreateResidentKeyManager ? true : undefined,
  })
}

function eventHub(p: ApimTomlPlan): TomlTable | undefined {
  const h = p.eventHub
  if (!h) return undefined
  return compact({
    enable: true,
    username: h.username,
    password: h.password,
    service_url: h.serviceUrl,
    event_listening_endpoints: h.listeningEndpoints,
    event_duplicate_url: h.duplicateUrls.length > 0 ? h.duplicateUrls : undefined,
    publish: h.publishGroups.length > 0 ? { url_group: h.publishGroups.map((g) => common.urlGroup(g, 'urls', 'auth_urls')) } : undefined,
  })
}

function environment(p: ApimTomlPlan): TomlTable | undefined {
  if (p.gatewayEnvironments.length === 0) return undefined
  return {
    environment: p.gatewayEnvironments.map((e) => ({
      name: e.name,
      type: 'hybrid',
      gateway_type: 'Regular',
      provider: 'wso2',
      display_in_api_console: true,
      description: 'This is a hybrid gateway that handles both production and sandbox token traffic.',
      show_as_token_endpoint_url: true,
      service_url: e.serviceUrl,
      username: '${admin.username}',
      password: '${admin.password}',
      ws_endpoint: e.wsEndpoint,
      wss_endpoint: e.wssEndpoint,
      http_endpoint: e.httpEndpoint,
      https_endpoint: e.httpsEndpoint,
    })),
  }
}

function throttling(p: ApimTomlPlan): TomlTable | undefined {
  const t = p.throttling
  if (!t) return undefined
  return compact({
    username: t.username,
    password: t.password,
    service_url: t.serviceUrl,
    throttle_decision_endpoints: t.decisionEndpoints.length > 0 ? t.decisionEndpoints : undefined,
    event_duplicate_url: t.duplicateUrls.length > 0 ? t.duplicateUrls : undefined,
    url_group: t.urlGroups.length > 0 ? t.urlGroups.map((g) => common.urlGroup(g, 'traffic_manager_urls', 'traffic_manager_auth_urls')) : undefined,
  })
}

function tenantSharing(p: ApimTomlPlan): TomlTable[] | undefined {
  const s = p.tenantSharing
  if (!s) return undefined
  return [
    {
      type: s.type,
      properties: {
        enable_tenant_sync: s.enableTenantSync,
        username: s.username,
        password: s.password,
        identity_server_base_url: s.identityServerBaseUrl,
        auto_configure_key_manager: s.autoConfigureKeyManager,
      },
    },
  ]
}

function apim(p: ApimTomlPlan): TomlTable {
  return compact({
    gateway_type: isPublisher(p) ? stock.GATEWAY_TYPES : undefined,
    key_manager: keyManager(p),
    event_hub: eventHub(p),
    cache_invalidation: p.cacheInvalidation ? { enabled: true, domain: p.cacheInvalidation.domain } : undefined,
    gateway: environment(p),
    sync_runtime_artifacts: p.gatewayLabels.length > 0 ? { gateway: { gateway_labels: p.gatewayLabels } } : undefined,
    throttling: throttling(p),
    devportal: p.devportalUrl !== undefined ? { url: p.devportalUrl } : undefined,
    tenant_sharing: tenantSharing(p),
    analytics: isAllInOne(p) || isGateway(p) ? stock.ANALYTICS : undefined,
    ai: isAllInOne(p) ? stock.AI : undefined,
    cache: isGateway(p) ? stock.GATEWAY_CACHES : undefined,
    oauth_config: isGateway(p) ? stock.GATEWAY_OAUTH : undefined,
    cors: p.profile !== 'traffic-manager' ? stock.CORS : undefined,
  })
}

function oauth(p: ApimTomlPlan): TomlTable | undefined {
  if (!isPublisher(p)) return undefined
  return compact({
    extensions: { token_types: stock.TOKEN_TYPES },
    grant_type: isAllInOne(p) ? { token_exchange: stock.TOKEN_EXCHANGE } : undefined,
  })
}

export function apimTomlObject(p: ApimTomlPlan): TomlTable {
  const databases = common.databaseTables(p.databases)
  if (isPublisher(p)) databases.local = stock.LOCAL_DATABASE
  return compact({
    server: common.serverTable(p.server),
    super_admin: common.superAdminTable(p.admin),
    user_store: { type: 'database_unique_id' },
    database: nonEmpty(databases),
    keystore: common.keystoreTable(p.stores),
    truststore: common.truststoreTable(p.stores),
    transport: common.transportTable(p.proxyPorts),
    multi_tenancy: p.dotlessTenantDomains ? { stratos: { public_cloud_setup: false } } : undefined,
    apim: apim(p),
    oauth: oauth(p),
    event_handler: isPublisher(p) ? stock.EVENT_HANDLERS : undefined,
    service_provider: isPublisher(p) ? stock.SERVICE_PROVIDER : undefined,
    event_listener: p.revocationListener ? [common.notifyListener(p.revocationListener)] : undefined,
    secrets: common.secretsTable(p.secrets),
  })
}
