/**
 * registry.xml JDBC mounts (S3.4, FACTS 3.1): nodes that share a registry database mount
 * `/_system/config` and `/_system/governance` from it. Open Banking KM keeps its configuration
 * registry in its own database (WSO2CONFIG_DB); everything else mounts both from WSO2REG_DB, each
 * product kind under its own configuration path so API Manager and the key manager do not overwrite
 * each other's configuration (PITFALL 12).
 */
import { portOf } from '../ports.js'
import type { DatasourcePlan, NodePlan, Product } from '../types.js'
import type { MountView, RegistryView, RemoteInstanceView } from './types.js'
import { serviceUrl } from '../address.js'

/** Where each product kind keeps its configuration collection in a shared registry database. */
const CONFIG_TARGET: Partial<Record<Product, string>> = {
  'apim-2.6.0': '/_system/config/apim',
  'is-km-5.7.0': '/_system/config/km',
  'ob-km-1.5.0': '/_system/config',
}

/**
 * The registry cache key of a database: `<user>@<JDBC URL without parameters>`. Query strings and
 * `;key=value` properties are dropped, except MS SQL Server's `databaseName`, which names the database.
 */
export function cacheIdOf(ds: DatasourcePlan): string {
  const [head = '', ...props] = ds.url.split('?')[0]!.split(';')
  const kept = props.filter((p) => /^databaseName=/i.test(p))
  return `${ds.username}@${[head, ...kept].join(';')}`
}

/**
 * The gateway-worker profile switches registry indexing off (the pack's profile setup edits
 * indexingConfiguration/startIndexing); the rendered file keeps that optimisation.
 */
const indexingOf = (node: NodePlan): boolean => !(node.product === 'apim-2.6.0' && node.profile === 'gateway-worker')

export function registryView(node: NodePlan): RegistryView {
  return { ...registryParts(node), startIndexing: indexingOf(node) }
}

function registryParts(node: NodePlan): Omit<RegistryView, 'startIndexing'> {
  const reg = node.datasources.find((d) => d.kind === 'registry' && d.shared)
  if (!reg) return { dbConfigs: [], remoteInstances: [], mounts: [] }
  // A JDBC mount never calls this URL; it only labels the instance, so it names the node itself.
  const url = serviceUrl('https', node.host, portOf(node.ports, 'https') ?? 9443, '/registry')
  const instance = (id: string, dbConfig: string, ds: DatasourcePlan): RemoteInstanceView => ({
    url,
    id,
    dbConfig,
    readOnly: false,
    enableCache: true,
    registryRoot: '/',
    cacheId: cacheIdOf(ds),
  })
  const mount = (path: string, instanceId: string, targetPath: string): MountView => ({ path, overwrite: true, instanceId, targetPath })
  const config = node.datasources.find((d) => d.kind === 'config' && d.shared)
  const configTarget = CONFIG_TARGET[node.product] ?? '/_system/config'
  if (node.product === 'ob-km-1.5.0' && config) {
    return {
      dbConfigs: [
        { name: 'configRegistry', dataSource: config.jndi },
        { name: 'governanceRegistry', dataSource: reg.jndi },
      ],
      remoteInstances: [instance('configInstance', 'configRegistry', config), instance('governanceInstance', 'governanceRegistry', reg)],
      mounts: [mount('/_system/config', 'configInstance', configTarget), mount('/_system/governance', 'governanceInstance', '/_system/governance')],
    }
  }
  return {
    dbConfigs: [{ name: 'govregistry', dataSource: reg.jndi }],
    remoteInstances: [instance('gov', 'govregistry', reg)],
    mounts: [mount('/_system/config', 'gov', configTarget), mount('/_system/governance', 'gov', '/_system/governance')],
  }
}
