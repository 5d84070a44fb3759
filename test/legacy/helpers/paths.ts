/** Element paths of the Carbon-level files used across the tests. */
import type { ElementInfo } from './xml-paths.js'

export const CLUSTERING = "axisconfig/clustering[@class='org.wso2.carbon.core.clustering.hazelcast.HazelcastClusteringAgent']"
export const clusterParam = (name: string): string => `${CLUSTERING}/parameter[@name='${name}']`

export const datasource = (id: string): string => `datasources-configuration/datasources/datasource[name='${id}']`
export const dsConfig = (id: string, field: string): string => `${datasource(id)}/definition[@type='RDBMS']/configuration/${field}`

export const UM_DATASOURCE = "UserManager/Realm/Configuration/Property[@name='dataSource']"
export const JDBC_STORE = "UserManager/Realm/UserStoreManager[@class='org.wso2.carbon.user.core.jdbc.JDBCUserStoreManager']"
export const LDAP_STORE = "UserManager/Realm/UserStoreManager[@class='org.wso2.carbon.user.core.ldap.ReadWriteLDAPUserStoreManager']"

/** The JNDI name of datasource `id` (its jndiConfig step is named after the JNDI name itself). */
export function jndiOf(paths: ReadonlyMap<string, ElementInfo>, id: string): string | undefined {
  const prefix = `${datasource(id)}/jndiConfig[`
  for (const [k, e] of paths) if (k.startsWith(prefix) && k.endsWith('/name')) return e.text
  return undefined
}
