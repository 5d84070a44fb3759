/** Small specs that, with the 26-* fixtures, drive every topology-driven value of the Carbon-level files. */
import type { Spec } from '../../../src/model/spec.js'

const base = (name: string, extra: Partial<Spec>, nodes: Spec['nodes']): Spec => ({
  name,
  platform: 'apim-2.6.0',
  pattern: 'distributed',
  database: { type: 'mysql', host: 'db.corp', username: 'wso2', password: 'Db-Pass-1' },
  admin: { username: 'root-admin', password: 'Admin-Pass-1' },
  ...extra,
  nodes,
})

export const CORPUS: readonly Spec[] = [
  base('all-defaults', { pattern: 'single-node', database: { type: 'h2' }, admin: {} }, [{ name: 'aio', role: 'all-in-one', host: 'aio.corp' }]),
  base(
    'custom-stores',
    {
      pattern: 'single-node',
      keyManager: { type: 'is-km' },
      keystore: {
        file: 'corp.jks',
        password: 'ks-pass',
        alias: 'corp',
        keyPassword: 'key-pass',
        truststoreFile: 'corp-trust.jks',
        truststorePassword: 'trust-pass',
      },
    },
    [
      { name: 'aio', role: 'all-in-one', host: 'aio.corp', portOffset: 7 },
      { name: 'km', role: 'key-manager', host: 'km.corp' },
    ],
  ),
  base(
    'vaulted-k8s',
    {
      keyManager: { type: 'is-km', loadBalancer: { host: 'km.corp' } },
      database: { type: 'mssql', host: 'sql.corp', username: '$secret{db_user}', password: '$secret{db_pass}' },
      admin: { username: 'admin', password: '$secret{admin_pass}' },
      keystore: { password: '$secret{ks}', keyPassword: '$secret{key}', truststorePassword: '$secret{trust}' },
      clustering: { scheme: 'kubernetes' },
      loadBalancer: { host: 'apis.corp', gatewayHost: 'gw.corp', managementHost: 'mgt.corp' },
      gatewayArtifactSync: 'rsync',
    },
    [
      { name: 'pub', role: 'publisher', host: 'pub.corp' },
      { name: 'store', role: 'store', host: 'store.corp' },
      { name: 'gw-mgr', role: 'gateway-manager', host: 'gwm.corp' },
      { name: 'gw-1', role: 'gateway-worker', host: 'gw1.corp' },
      { name: 'km-1', role: 'key-manager', host: 'km1.corp' },
      { name: 'km-2', role: 'key-manager', host: 'km2.corp' },
      { name: 'tm', role: 'traffic-manager', host: 'tm.corp' },
    ],
  ),
  base(
    'multicast-ob',
    {
      pattern: 'single-node',
      keyManager: { type: 'ob-km', loadBalancer: { host: 'obkm.corp' } },
      database: { type: 'postgresql', host: 'pg.corp', username: 'ob', password: 'ob-pass' },
      clustering: { scheme: 'multicast', domain: 'corp.apim.domain' },
    },
    [
      { name: 'obam', role: 'all-in-one', host: 'obam.corp' },
      { name: 'obkm-1', role: 'key-manager', host: 'obkm.host' },
      { name: 'obkm-2', role: 'key-manager', host: 'obkm.host' },
    ],
  ),
  base('shared-ldap-oracle', { pattern: 'single-node', keyManager: { type: 'is-km', sharedLdap: true }, database: { type: 'oracle', host: 'ora.corp' } }, [
    { name: 'aio', role: 'all-in-one', host: 'aio.corp' },
    { name: 'km', role: 'key-manager', host: 'km.corp', portOffset: 4 },
  ]),
  base(
    'ob-k8s',
    {
      pattern: 'single-node',
      keyManager: { type: 'ob-km', loadBalancer: { host: 'obkm.corp' } },
      clustering: { scheme: 'kubernetes' },
      keystore: { password: '$secret{ks}' },
    },
    [
      { name: 'obam', role: 'all-in-one', host: 'obam.corp' },
      { name: 'obkm-1', role: 'key-manager', host: 'obkm1.corp' },
      { name: 'obkm-2', role: 'key-manager', host: 'obkm2.corp' },
    ],
  ),
  base(
    'ob-single-ldap',
    {
      pattern: 'single-node',
      keyManager: { type: 'ob-km', sharedLdap: true },
      keystore: { file: 'ob.jks', alias: 'ob', truststoreFile: 'ob-trust.jks', truststorePassword: 'ob-trust-pass' },
    },
    [
      { name: 'obam', role: 'all-in-one', host: 'obam.corp' },
      { name: 'obkm', role: 'key-manager', host: 'obkm.corp', portOffset: 5 },
    ],
  ),
]

/** Seed 003: two Open Banking key managers on one host behind their balancer, an API Manager node elsewhere. */
export const OB_PAIR_ONE_HOST: Spec = {
  name: 'ob',
  platform: 'apim-2.6.0',
  pattern: 'single-node',
  keyManager: { type: 'ob-km', loadBalancer: { host: 'obkm.example' } },
  database: {
    type: 'mysql',
    host: 'db.example',
    username: 'ob',
    password: '$secret{db_password}',
    names: { registry: 'ob_govdb', config: 'ob_configdb' },
  },
  admin: { username: 'obadmin', password: 'ob-admin-1' },
  nodes: [
    { name: 'obam', role: 'all-in-one', host: 'am.example' },
    { name: 'obkm-1', role: 'key-manager', host: 'km.example' },
    { name: 'obkm-2', role: 'key-manager', host: 'km.example' },
  ],
}
