/** JDBC facts per database type: driver, URL shape, validation query, default port. */
import type { DatabaseType } from '../model/spec.js'
import { hostPort, isIpv6Literal } from './address.js'

export interface JdbcFacts {
  driver: string
  defaultPort: number
  validationQuery: string
  /** `legacy`: a Carbon 4.4 product (API Manager 2.6.0, IS-KM 5.7.0, OB KM 1.5), whose docs' samples add autoReconnect. */
  url(host: string, port: number, database: string, legacy?: boolean): string
}

/**
 * MySQL 8 creates accounts with caching_sha2_password (the setup SQL's CREATE USER … IDENTIFIED BY
 * keeps that default); without TLS, Connector/J must fetch the server's RSA key to send the password,
 * or after a server restart it fails with "Public Key Retrieval is not allowed". Carbon 4.4 docs'
 * samples (and the Open Banking KM clustering page) add autoReconnect=true.
 */
/** MySQL 8 accounts use caching_sha2_password; without TLS Connector/J fetches the server's key only when allowed. */
export const MYSQL_PUBLIC_KEY_RETRIEVAL = 'allowPublicKeyRetrieval=true'

const mysqlParams = (legacy: boolean): string =>
  `${legacy ? 'autoReconnect=true&' : ''}useSSL=false&${MYSQL_PUBLIC_KEY_RETRIEVAL}`

export const JDBC: Record<DatabaseType, JdbcFacts> = {
  h2: {
    driver: 'org.h2.Driver',
    defaultPort: 0,
    validationQuery: 'SELECT 1',
    url: (_h, _p, db) => `jdbc:h2:./repository/database/${db};DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=60000`,
  },
  mysql: {
    driver: 'com.mysql.jdbc.Driver',
    defaultPort: 3306,
    validationQuery: 'SELECT 1',
    // Connector/J (Connection URL Syntax): an IPv6 host in square brackets.
    url: (h, p, db, legacy = false) => `jdbc:mysql://${hostPort(h, p)}/${db}?${mysqlParams(legacy)}`,
  },
  postgresql: {
    driver: 'org.postgresql.Driver',
    defaultPort: 5432,
    validationQuery: 'SELECT 1; COMMIT',
    // pgjdbc (org.postgresql.Driver#parseURL): an IPv6 host in square brackets.
    url: (h, p, db) => `jdbc:postgresql://${hostPort(h, p)}/${db}`,
  },
  mssql: {
    driver: 'com.microsoft.sqlserver.jdbc.SQLServerDriver',
    defaultPort: 1433,
    validationQuery: 'SELECT 1',
    // Microsoft JDBC Driver ("Building the connection URL", IPv6 addresses): an IPv6 server goes in
    // the serverName property, the port in portNumber.
    url: (h, p, db) =>
      isIpv6Literal(h)
        ? `jdbc:sqlserver://;serverName=${h};portNumber=${p};databaseName=${db};SendStringParametersAsUnicode=false`
        : `jdbc:sqlserver://${h}:${p};databaseName=${db};SendStringParametersAsUnicode=false`,
  },
  oracle: {
    driver: 'oracle.jdbc.OracleDriver',
    defaultPort: 1521,
    validationQuery: 'SELECT 1 FROM DUAL',
    // Oracle Net Easy Connect: square brackets are required around an IPv6 host (`//[addr]:port/service`).
    url: (h, p, db) => (isIpv6Literal(h) ? `jdbc:oracle:thin:@//${hostPort(h, p)}/${db}` : `jdbc:oracle:thin:@${h}:${p}/${db}`),
  },
}

/** Default database names (overridden by `database.names`). */
export const DEFAULT_DB_NAMES = {
  apim: 'apimgtdb',
  user: 'userdb',
  registry: 'regdb',
  config: 'configdb',
  openBanking: 'openbankingdb',
  shared: 'shareddb',
  identity: 'identitydb',
  identityShared: 'isshareddb',
} as const

export const DEFAULT_DB_CREDENTIALS = { username: 'wso2carbon', password: 'wso2carbon' } as const
