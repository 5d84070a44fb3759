/** TOML tables both products share, mapped one to one from the plan. */
import type { AdminPlan, DatabasePlan, NotifyListenerPlan, ProxyPortsPlan, SecretPlan, ServerPlan, StoresPlan, UrlGroupPlan } from '../../plan/modern.js'
import { compact, type TomlTable } from './table.js'

export const serverTable = (s: ServerPlan): TomlTable =>
  compact({ hostname: s.hostname, node_ip: s.nodeIp, offset: s.offset, server_role: s.serverRole })

export const superAdminTable = (a: AdminPlan): TomlTable => ({ username: a.username, password: a.password, create_admin_account: true })

export const databaseTables = (dbs: readonly DatabasePlan[]): TomlTable =>
  Object.fromEntries(dbs.map((d) => [d.name, { type: d.type, url: d.url, username: d.username, password: d.password, driver: d.driver }]))

export const keystoreTable = (s: StoresPlan): TomlTable => ({
  primary: {
    file_name: s.keystore.fileName,
    type: s.keystore.type,
    password: s.keystore.password,
    alias: s.keystore.alias,
    key_password: s.keystore.keyPassword,
  },
})

export const truststoreTable = (s: StoresPlan): TomlTable => ({ file_name: s.truststore.fileName, type: s.truststore.type, password: s.truststore.password })

/** Only the proxy ports: the listener ports stay the pack's, the product adds `server.offset` to them. */
export const transportTable = (p: ProxyPortsPlan | undefined): TomlTable | undefined =>
  p ? { http: { properties: { proxyPort: p.http } }, https: { properties: { proxyPort: p.https } } } : undefined

export const notifyListener = (l: NotifyListenerPlan): TomlTable => ({
  id: l.id,
  type: l.type,
  name: l.name,
  order: l.order,
  properties: {
    notification_endpoint: l.notificationEndpoint,
    username: l.username,
    password: l.password,
    'header.X-WSO2-KEY-MANAGER': l.keyManagerHeader,
  },
})

export const urlGroup = (g: UrlGroupPlan, urlsKey: string, authKey: string): TomlTable =>
  compact({ [urlsKey]: g.urls, [authKey]: g.authUrls, type: g.type })

export const secretsTable = (secrets: readonly SecretPlan[]): TomlTable | undefined =>
  secrets.length > 0 ? Object.fromEntries(secrets.map((s) => [s.alias, s.placeholder])) : undefined
