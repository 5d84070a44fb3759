/**
 * The generated setup scripts against real servers (WSO2CFG_DB_TESTS=1; scripts/ci-databases.sh
 * installs and starts PostgreSQL and MariaDB on loopback). Each script runs twice as the
 * administrator (idempotence); then every planned datasource connects with its user, database and
 * password and creates a table. Uses the psql and mysql clients.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { deploymentOf } from '../../src/plan/deployment.js'
import type { TopologyPlan } from '../../src/plan/types.js'
import { renderDatabaseSetup } from '../../src/render/database/setup-sql.js'
import { mysqlString } from '../../src/render/database/quote.js'
import { passwordVariables } from '../../src/render/database/variables.js'
import { fixturePlan, textPlan } from '../helpers/plan-of.js'

const ENABLED = process.env.WSO2CFG_DB_TESTS === '1'
const ADMIN = 'wso2cfg_admin'
const ADMIN_PASSWORD = process.env.WSO2CFG_DB_ADMIN_PASSWORD ?? 'wso2cfg-admin'

/** The fixtures each server type is tested with. */
const FIXTURES = {
  postgresql: ['26-distributed-rsync', '47-active-active-one-host', '47-is7-apim-to-is'],
  mysql: ['26-single-is-km-same-host', '26-active-active-is-km-ha', '47-all-in-one', '47-distributed-ha', '47-is7-is-to-apim'],
} as const

const HOSTILE_USER = `o'ha"ra\\x; DROP`
const HOSTILE_PASSWORD = `p'a"s\\s$$;--\`x\`%_ end`
const hostile = (type: string) => `name: hostile-live
platform: apim-4.7.0
pattern: active-active
database:
  type: ${type}
  host: db.example.com
  username: ${JSON.stringify(HOSTILE_USER)}
  password: ${JSON.stringify(HOSTILE_PASSWORD)}
  names: { apim: live_apim_db }
admin: { username: admin, password: "$secret{admin_password}" }
loadBalancer: { host: apim.example.com }
nodes:
  - { name: apim-1, role: all-in-one, host: 10.0.0.1 }
  - { name: apim-2, role: all-in-one, host: 10.0.0.2 }
`

/** A value for every referenced password (the operator's part); quotes and backslashes included. */
const valueOf = (variable: string) => `${variable}-V4lue'"\\`

const work = mkdtempSync(join(tmpdir(), 'wso2cfg-live-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 })
  return { code: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` }
}

interface Login {
  username: string
  password: string
  database: string
}

/** Every shared datasource of the plan, with the password the nodes will send. */
function logins(t: TopologyPlan, type: string): Login[] {
  const vars = passwordVariables(deploymentOf(t).databases)
  const out = new Map<string, Login>()
  for (const n of t.nodes) {
    for (const ds of n.datasources) {
      if (!ds.shared || ds.type !== type) continue
      const variable = vars.get(ds.password)
      out.set(`${ds.username}\0${ds.database}`, { username: ds.username, database: ds.database, password: variable ? valueOf(variable) : ds.password })
    }
  }
  return [...out.values()]
}

const SERVERS = {
  postgresql: {
    setup(file: string, variables: string[]) {
      return run('psql', ['-X', '-q', '-h', '127.0.0.1', '-U', ADMIN, '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', ...variables.flatMap((v) => ['-v', `${v}=${valueOf(v)}`]), '-f', file], { PGPASSWORD: ADMIN_PASSWORD })
    },
    connect(l: Login) {
      return run('psql', ['-X', '-q', '-h', '127.0.0.1', '-U', l.username, '-d', l.database, '-v', 'ON_ERROR_STOP=1', '-c', 'CREATE TABLE IF NOT EXISTS wso2cfg_probe (id int); DROP TABLE wso2cfg_probe;'], { PGPASSWORD: l.password })
    },
  },
  mysql: {
    setup(file: string, variables: string[]) {
      const init = variables.map((v) => `SET @${v} = ${mysqlString(valueOf(v))};`).join(' ')
      return run('sh', ['-c', 'exec mysql -h 127.0.0.1 -u "$1" "$2" "$3" < "$4"', 'sh', ADMIN, `--password=${ADMIN_PASSWORD}`, `--init-command=${init || 'DO 0'}`, file])
    },
    connect(l: Login) {
      return run('mysql', ['-h', '127.0.0.1', '-u', l.username, `--password=${l.password}`, l.database, '-e', 'CREATE TABLE IF NOT EXISTS wso2cfg_probe (id int); DROP TABLE wso2cfg_probe;'])
    },
  },
} as const

async function exercise(type: 'postgresql' | 'mysql', t: TopologyPlan, label: string) {
  const sql = renderDatabaseSetup(t)[`database/${type}-setup.sql`]
  expect(sql, `${label} has a ${type} setup script`).toBeDefined()
  const file = join(work, `${label}-${type}.sql`)
  writeFileSync(file, sql!)
  const variables = [...new Set(passwordVariables(deploymentOf(t).databases).values())]
  for (const round of [1, 2]) {
    const r = SERVERS[type].setup(file, variables)
    expect(r.code, `${label}: setup run ${round}\n${r.out}`).toBe(0)
  }
  const all = logins(t, type)
  expect(all.length).toBeGreaterThan(0)
  for (const l of all) {
    const r = SERVERS[type].connect(l)
    expect(r.code, `${label}: ${l.username} on ${l.database}\n${r.out}`).toBe(0)
  }
}

describe.skipIf(!ENABLED)('setup scripts on live servers (set WSO2CFG_DB_TESTS=1; see scripts/ci-databases.sh)', () => {
  for (const type of ['postgresql', 'mysql'] as const) {
    for (const name of FIXTURES[type]) {
      it(`${type}: ${name} runs twice, then every datasource connects`, async () => exercise(type, await fixturePlan(name), name))
    }
    it(`${type}: hostile account name and password`, async () => exercise(type, textPlan(hostile(type)), 'hostile'))
  }
})
