#!/usr/bin/env bash
# PostgreSQL and MariaDB from Debian on loopback, for test/database/live.test.ts (WSO2CFG_DB_TESTS=1).
# Run as root; safe to run again. Creates the administrator account the test runs the setup scripts as.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

ADMIN=wso2cfg_admin
ADMIN_PASSWORD=${WSO2CFG_DB_ADMIN_PASSWORD:-wso2cfg-admin}

need=()
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/sbin/mariadbd ] || [ -x /usr/sbin/mysqld ] || need+=(mariadb-server)
command -v psql >/dev/null 2>&1 || need+=(postgresql-client)
command -v mysql >/dev/null 2>&1 || need+=(mariadb-client)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# Debian's packages listen on loopback only (listen_addresses = localhost, bind-address = 127.0.0.1).
service postgresql start >/dev/null
service mariadb start >/dev/null 2>&1 || service mysql start >/dev/null

for _ in $(seq 1 60); do pg_isready -h 127.0.0.1 -q && break; sleep 1; done
pg_isready -h 127.0.0.1 -q
for _ in $(seq 1 60); do mysqladmin --protocol=socket ping --silent >/dev/null 2>&1 && break; sleep 1; done
mysqladmin --protocol=socket ping --silent >/dev/null

su postgres -c "psql -X -q -v ON_ERROR_STOP=1 -v pw='$ADMIN_PASSWORD'" <<SQL
SELECT 'CREATE ROLE $ADMIN' WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '$ADMIN') \gexec
ALTER ROLE $ADMIN WITH SUPERUSER LOGIN PASSWORD :'pw';
SQL

mysql --protocol=socket -u root <<SQL
CREATE USER IF NOT EXISTS '$ADMIN'@'127.0.0.1' IDENTIFIED BY '$ADMIN_PASSWORD';
ALTER USER '$ADMIN'@'127.0.0.1' IDENTIFIED BY '$ADMIN_PASSWORD';
GRANT ALL PRIVILEGES ON *.* TO '$ADMIN'@'127.0.0.1' WITH GRANT OPTION;
SQL

echo "databases ready: postgresql and mariadb on 127.0.0.1, administrator $ADMIN"
