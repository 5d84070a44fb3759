export const JDBC = {
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
        url: (h, p, db) => `jdbc:mysql://${h}:${p}/${db}?useSSL=false`,
    },
    postgresql: {
        driver: 'org.postgresql.Driver',
        defaultPort: 5432,
        validationQuery: 'SELECT 1; COMMIT',
        url: (h, p, db) => `jdbc:postgresql://${h}:${p}/${db}`,
    },
    mssql: {
        driver: 'com.microsoft.sqlserver.jdbc.SQLServerDriver',
        defaultPort: 1433,
        validationQuery: 'SELECT 1',
        url: (h, p, db) => `jdbc:sqlserver://${h}:${p};databaseName=${db};SendStringParametersAsUnicode=false`,
    },
    oracle: {
        driver: 'oracle.jdbc.OracleDriver',
        defaultPort: 1521,
        validationQuery: 'SELECT 1 FROM DUAL',
        url: (h, p, db) => `jdbc:oracle:thin:@${h}:${p}/${db}`,
    },
};
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
};
export const DEFAULT_DB_CREDENTIALS = { username: 'wso2carbon', password: 'wso2carbon' };
