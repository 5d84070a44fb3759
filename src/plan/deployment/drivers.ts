/**
 * PITFALL 22: the JDBC driver jar each node needs in repository/components/lib. The packs ship none
 * but H2's. Java 8 products (2.6.0, IS-KM 5.7.0, OB KM 1.5) take the jre8 builds; 4.7.0 and IS 7 the newer ones.
 */
import type { DatabaseType } from '../../model/spec.js'
import type { Product } from '../types.js'
import type { JdbcDriver } from './types.js'

const MAVEN = 'https://repo1.maven.org/maven2'

const jar = (group: string, artifact: string, version: string): JdbcDriver => ({
  jar: `${artifact}-${version}.jar`,
  coordinates: `${group}:${artifact}:${version}`,
  url: `${MAVEN}/${group.replace(/\./g, '/')}/${artifact}/${version}/${artifact}-${version}.jar`,
})

const JAVA8: readonly Product[] = ['apim-2.6.0', 'is-km-5.7.0', 'ob-km-1.5.0']

export function jdbcDriverOf(type: Exclude<DatabaseType, 'h2'>, product: Product): JdbcDriver {
  const java8 = JAVA8.includes(product)
  switch (type) {
    case 'mysql':
      // 8.0.x still carries the com.mysql.jdbc.Driver class name the datasources use.
      return jar('com.mysql', 'mysql-connector-j', '8.0.33')
    case 'postgresql':
      return jar('org.postgresql', 'postgresql', '42.7.4')
    case 'mssql':
      return jar('com.microsoft.sqlserver', 'mssql-jdbc', java8 ? '12.8.1.jre8' : '12.8.1.jre11')
    case 'oracle':
      return jar('com.oracle.database.jdbc', java8 ? 'ojdbc8' : 'ojdbc11', '23.5.0.24.07')
  }
}
