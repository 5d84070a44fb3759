/**
 * The `wso2cfg init` questions. The prompts module is passed in (tests give scripted answers);
 * `loadPrompts` imports @inquirer/prompts on demand so that no other command pays for it.
 */
import type { DatabaseType, KeyManagerType, Pattern, Platform, Role, ThirdPartyConnector, ThirdPartySpec } from '../model/spec.js'
import { THIRD_PARTY_CONNECTORS } from '../model/spec.js'
import { CONNECTORS } from '../plan/connectors.js'
import { JDBC } from '../plan/database.js'
import { loadSchema } from '../validate/schema.js'
import { addressOf, defaultAnswers, DISTRIBUTED_ROLES, namesOf } from './defaults.js'
import type { InitAnswers, InitNode } from './types.js'

export interface Choice<T> {
  name: string
  value: T
  description?: string
}

type Validate = (value: string) => boolean | string

/** The part of @inquirer/prompts the wizard uses. */
export interface Prompts {
  select<T>(o: { message: string; choices: readonly Choice<T>[]; default?: T }): Promise<T>
  input(o: { message: string; default?: string; validate?: Validate }): Promise<string>
  confirm(o: { message: string; default?: boolean }): Promise<boolean>
  password(o: { message: string; mask?: boolean | string; validate?: Validate }): Promise<string>
}

export async function loadPrompts(): Promise<Prompts> {
  const m = await import('@inquirer/prompts')
  return { select: m.select, input: m.input, confirm: m.confirm, password: m.password } as unknown as Prompts
}

/** A check against a pattern of the spec schema, so that answers pass validation. */
function schemaCheck(definition: string, what: string): Validate {
  const defs = (loadSchema() as { definitions: Record<string, { pattern?: string }> }).definitions
  const re = new RegExp(defs[definition]?.pattern ?? '.')
  return (v) => (re.test(v.trim()) ? true : `not a valid ${what}`)
}

const integer = (min: number): Validate => (v) => (/^\d+$/.test(v.trim()) && Number(v) >= min ? true : `a whole number, at least ${min}`)
const required: Validate = (v) => (v.trim() !== '' ? true : 'required')

const PLATFORMS: Choice<Platform>[] = [
  { name: 'API Manager 4.7.0 (deployment.toml)', value: 'apim-4.7.0' },
  { name: 'API Manager 2.6.0 (XML files)', value: 'apim-2.6.0' },
]

const PATTERNS: Choice<Pattern>[] = [
  { name: 'single node: one all-in-one API Manager', value: 'single-node' },
  { name: 'active-active: several all-in-one nodes behind a load balancer', value: 'active-active' },
  { name: 'distributed: one node per profile', value: 'distributed' },
]

const KEY_MANAGERS: Record<Platform, Choice<KeyManagerType>[]> = {
  'apim-2.6.0': [
    { name: 'resident (API Manager itself)', value: 'resident' },
    { name: 'WSO2 IS as Key Manager 5.7.0', value: 'is-km' },
    { name: 'Open Banking Key Manager 1.5', value: 'ob-km' },
    { name: 'third-party identity provider', value: 'third-party' },
  ],
  'apim-4.7.0': [
    { name: 'resident (the control plane)', value: 'resident' },
    { name: 'WSO2 Identity Server 7.2.0', value: 'is7' },
    { name: 'third-party identity provider', value: 'third-party' },
  ],
}

/** A password: a secure-vault alias, an environment variable (4.7.0 reads those), or the value itself. */
async function askPassword(p: Prompts, what: string, alias: string, platform: Platform): Promise<string> {
  const choices: Choice<string>[] = [
    { name: `secure vault alias $secret{${alias}} (encrypted on the nodes)`, value: `$secret{${alias}}` },
    ...(platform === 'apim-4.7.0' ? [{ name: `environment variable $env{${alias.toUpperCase()}}`, value: `$env{${alias.toUpperCase()}}` }] : []),
    { name: 'type the password now (written into the spec)', value: '' },
  ]
  const how = await p.select({ message: `Password of the ${what}`, choices, default: choices[0]!.value })
  return how !== '' ? how : p.password({ message: `${what} password`, mask: '*', validate: required })
}

async function askThirdParty(p: Prompts, platform: Platform): Promise<ThirdPartySpec> {
  if (platform === 'apim-2.6.0') {
    const clientImpl = (await p.input({ message: 'Key manager client class (APIKeyManager/KeyManagerClientImpl)', validate: schemaCheck('javaClass', 'Java class name') })).trim()
    const jar = (await p.input({ message: 'Jar that holds it (copied into repository/components/lib; empty for none)', default: '' })).trim()
    return { clientImpl, ...(jar ? { jar } : {}) }
  }
  const connector = await p.select<ThirdPartyConnector>({ message: 'Identity provider', choices: THIRD_PARTY_CONNECTORS.map((c) => ({ name: CONNECTORS[c].displayName, value: c })) })
  const name = (await p.input({ message: 'Name of the key manager in the Admin portal', default: connector, validate: schemaCheck('kmName', 'key manager name') })).trim()
  const facts = CONNECTORS[connector]
  const endpoints: Record<string, string> = {}
  for (const e of facts.endpoints) endpoints[e] = (await p.input({ message: `${e} endpoint URL`, validate: schemaCheck('httpUrl', 'http(s) URL') })).trim()
  const configuration: Record<string, string> = {}
  for (const key of facts.configuration) {
    const env = `$env{${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_${key.toUpperCase().replace(/[^A-Z0-9]/g, '_')}}`
    configuration[key] = (await p.input({ message: `connector setting ${key}`, default: env, validate: required })).trim()
  }
  return { connector, name, endpoints, ...(facts.configuration.length ? { configuration } : {}) }
}

interface RoleCount {
  role: Role
  prefix: string
  count: number
}

async function askCounts(p: Prompts, platform: Platform, pattern: Pattern): Promise<RoleCount[]> {
  if (pattern === 'single-node') return [{ role: 'all-in-one', prefix: 'apim', count: 1 }]
  if (pattern === 'active-active') {
    const n = await p.input({ message: 'How many all-in-one API Manager nodes?', default: '2', validate: integer(2) })
    return [{ role: 'all-in-one', prefix: 'apim', count: Number(n) }]
  }
  const out: RoleCount[] = []
  for (const r of DISTRIBUTED_ROLES[platform]) {
    const n = await p.input({ message: `How many ${r.role} nodes?`, default: String(r.count), validate: integer(1) })
    out.push({ ...r, count: Number(n) })
  }
  return out
}

/** Key manager nodes: the product key managers, and API Manager 2.6.0's key manager profile when distributed. */
function keyManagerNodesNeeded(platform: Platform, pattern: Pattern, type: KeyManagerType): boolean {
  if (type === 'is-km' || type === 'ob-km' || type === 'is7') return true
  return type === 'resident' && platform === 'apim-2.6.0' && pattern === 'distributed'
}

export async function runWizard(p: Prompts, start: { platform?: Platform; pattern?: Pattern } = {}): Promise<InitAnswers> {
  const host = schemaCheck('host', 'host name or IP address')
  const platform = await p.select({ message: 'Platform', choices: PLATFORMS, default: start.platform ?? 'apim-4.7.0' })
  const pattern = await p.select({ message: 'Deployment pattern', choices: PATTERNS, default: start.pattern ?? 'single-node' })
  const base = defaultAnswers(platform, pattern)
  const name = (await p.input({ message: 'Deployment name', default: base.name, validate: schemaCheck('dnsLabel', 'name (lowercase letters, digits, hyphens)') })).trim()

  const kmType = await p.select({ message: 'Key manager', choices: KEY_MANAGERS[platform], default: 'resident' as KeyManagerType })
  const keyManager: InitAnswers['keyManager'] = { type: kmType }
  if (kmType === 'third-party') keyManager.thirdParty = await askThirdParty(p, platform)
  let kmCount = 0
  if (keyManagerNodesNeeded(platform, pattern, kmType)) {
    const ha = await p.confirm({ message: 'Run the key manager highly available (two nodes behind a load balancer)?', default: false })
    kmCount = ha ? 2 : 1
    if (ha) keyManager.loadBalancer = (await p.input({ message: 'Host name of the key manager load balancer', default: 'km.example.com', validate: host })).trim()
  }

  const counts = await askCounts(p, platform, pattern)
  if (kmCount > 0) counts.push({ role: 'key-manager', prefix: 'km', count: kmCount })
  const nodes: InitNode[] = counts.flatMap((c) => namesOf(c.prefix, c.count).map((n) => ({ name: n, role: c.role, host: '' })))
  for (const [i, n] of nodes.entries()) {
    n.host = (await p.input({ message: `Host of ${n.name} (${n.role})`, default: addressOf(i), validate: host })).trim()
  }
  const shared = nodes.filter((n) => nodes.some((o) => o !== n && o.host === n.host))
  if (shared.length > 0) {
    const mode = await p.select({
      message: `${shared.map((n) => n.name).join(', ')} share a host: port offsets`,
      choices: [
        { name: 'auto: the lowest free offset on each host', value: 'auto' },
        { name: 'choose each offset', value: 'choose' },
      ],
      default: 'auto',
    })
    for (const n of shared) {
      if (mode === 'auto') n.portOffset = 'auto'
      else {
        const index = nodes.filter((o) => o.host === n.host).indexOf(n)
        n.portOffset = Number(await p.input({ message: `Port offset of ${n.name}`, default: String(index), validate: integer(0) }))
      }
    }
  }

  const servers = nodes.filter((n) => n.role !== 'microgateway').length
  const dbTypes: DatabaseType[] = servers > 1 ? ['mysql', 'postgresql', 'mssql', 'oracle'] : ['h2', 'mysql', 'postgresql', 'mssql', 'oracle']
  const dbType = await p.select<DatabaseType>({
    message: 'Database',
    choices: dbTypes.map((t) => ({ name: t === 'h2' ? 'h2 (embedded, single node only)' : t, value: t })),
    default: dbTypes[0],
  })
  const answers: InitAnswers = { name, platform, pattern, keyManager, database: { type: dbType }, nodes }
  if (dbType !== 'h2') {
    answers.database.host = (await p.input({ message: 'Database server host', default: 'db.example.com', validate: host })).trim()
    answers.database.port = Number(await p.input({ message: 'Database server port', default: String(JDBC[dbType].defaultPort), validate: integer(1) }))
    answers.database.username = (await p.input({ message: 'Database account', default: 'wso2', validate: required })).trim()
    answers.database.password = await askPassword(p, 'database account', 'db_password', platform)
    const adminUser = (await p.input({ message: 'Admin user name', default: 'admin', validate: required })).trim()
    answers.admin = { username: adminUser, password: await askPassword(p, 'admin user', 'admin_password', platform) }
  }
  if (pattern !== 'single-node') {
    const lbHost = (await p.input({ message: 'Host name of the API Manager load balancer', default: base.loadBalancer?.host ?? 'apim.example.com', validate: host })).trim()
    answers.loadBalancer = { host: lbHost }
    if (pattern === 'distributed') {
      const gw = (
        await p.input({
          message: 'Host name for API traffic (gateways); empty for the same name',
          default: base.loadBalancer?.gatewayHost ?? '',
          validate: (v) => (v.trim() === '' ? true : host(v)),
        })
      ).trim()
      if (gw !== '' && gw !== lbHost) answers.loadBalancer.gatewayHost = gw
    }
  }
  const gateways = nodes.filter((n) => n.role === 'gateway-manager' || n.role === 'gateway-worker').length || nodes.filter((n) => n.role === 'all-in-one').length
  if (platform === 'apim-2.6.0' && gateways > 1) {
    answers.gatewayArtifactSync = await p.select({
      message: 'How do the gateways share deployed APIs?',
      choices: [
        { name: 'rsync from the gateway manager', value: 'rsync' as const },
        { name: 'a shared file system (NFS)', value: 'shared-fs' as const },
      ],
      default: base.gatewayArtifactSync ?? 'rsync',
    })
  }
  return answers
}
