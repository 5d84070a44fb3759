/**
 * IPv6 literal hosts through the built CLI: every URL of every rendered file parses, JDBC URLs have
 * each driver's IPv6 form, README prose brackets the address, and lint flags an unbracketed one.
 *
 * Product facts:
 * - RFC 3986 §3.2.2: an IPv6 address in a URL authority is an IP-literal in square brackets.
 * - pgjdbc (org.postgresql.Driver#parseURL): `jdbc:postgresql://[::1]:5432/db`.
 * - MySQL Connector/J, "Connection URL Syntax": an IPv6 host in square brackets.
 * - Microsoft JDBC Driver for SQL Server, "Building the connection URL": an IPv6 server goes in the
 *   serverName property (`jdbc:sqlserver://;serverName=…;portNumber=…`).
 * - Oracle Net Services, "Examples of Easy Connect Naming Method": square brackets are required around
 *   an IPv6 host (`[2001:0db8:0:0::200C:417A]:80/sales`); the thin driver takes `@//host:port/service`.
 * - Carbon joins a well-known member as hostName + ":" + port for Hazelcast's TcpIpConfig
 *   (org.wso2.carbon.clustering.hazelcast.util.MemberUtils.addMember); Hazelcast reads `[addr]:port`.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { listTree } from '../helpers/golden.js'

const ROOT = new URL('../../', import.meta.url).pathname
const CLI = join(ROOT, 'bin/wso2cfg.js')
const DB = '2001:db8::5'

const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })

/** A fixture's spec with its IPv4 node hosts and its database host replaced by IPv6 literals (same length, so none is a prefix of another). */
function ipv6Spec(fixture: string, subnet: RegExp, prefix: string, dbHost: string, dbType?: string): { text: string; addresses: string[] } {
  let text = readFileSync(join(ROOT, 'fixtures', fixture, 'topology.yaml'), 'utf8')
  const addresses = new Set<string>([DB])
  text = text.replace(subnet, (_m, last: string) => {
    const a = `2001:db8::${prefix}${last.padStart(2, '0')}`
    addresses.add(a)
    return a
  })
  text = text.replace(new RegExp(`host: ${dbHost.replace(/\./g, '\\.')}`), `host: ${DB}`)
  if (dbType) text = text.replace(/^(  type: )(mysql|postgresql)$/m, `$1${dbType}`)
  return { text, addresses: [...addresses] }
}

function renderSpec(text: string): { dir: string; files: Map<string, string> } {
  const tmp = mkdtempSync(join(tmpdir(), 'wso2cfg-ipv6-'))
  onTestFinished(() => rmSync(tmp, { recursive: true, force: true }))
  writeFileSync(join(tmp, 'topology.yaml'), text)
  const out = join(tmp, 'out')
  const r = run('render', join(tmp, 'topology.yaml'), '-o', out)
  expect(r.status, r.stderr).toBe(0)
  return { dir: out, files: new Map(listTree(out).map((p) => [p, readFileSync(join(out, p), 'utf8')])) }
}

const URLS = /\b(?:https?|wss?|tcp|ssl|ldaps?):\/\/[^\s"'<>,;{}|]+/g
/** XML text as the product reads it: entities decoded, so `&apos;` ends a URL as `'` does. */
const decoded = (text: string): string => text.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

/** Every URL of every file parses with the WHATWG parser and names each IPv6 host in brackets. */
function expectUrlsParse(files: Map<string, string>, addresses: readonly string[]): number {
  let checked = 0
  for (const [path, text] of files) {
    for (const m of decoded(text).matchAll(URLS)) {
      const raw = m[0].replace(/[).]+$/, '')
      if (raw.includes('${') || raw.includes('$')) continue // Carbon placeholders, resolved by the product
      let url: URL
      try {
        url = new URL(raw)
      } catch {
        throw new Error(`${path}: ${raw} does not parse as a URL`)
      }
      const v6 = addresses.find((a) => raw.includes(a))
      if (v6) {
        expect(url.hostname, `${path}: ${raw}`).toBe(`[${v6}]`)
        checked++
      }
    }
    // No address of the spec is followed by `:` anywhere (that would be an unbracketed host:port).
    for (const a of addresses) {
      const at = text.search(new RegExp(`(?<!\\[)${a.replace(/\./g, '\\.')}:\\d`))
      expect(at, `${path}: ${a} followed by :port without brackets near ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 40))}`).toBe(-1)
    }
  }
  return checked
}

const jdbcUrls = (files: Map<string, string>): string[] =>
  [...new Set([...files.values()].flatMap((t) => [...t.matchAll(/jdbc:(?:postgresql|mysql|sqlserver|oracle)[^\s"<]*/g)].map((m) => m[0])))].sort()

describe('IPv6 literal hosts, API Manager 2.6.0', () => {
  it('distributed with PostgreSQL: service, registry, broker and receiver URLs, pgjdbc URLs and README prose', () => {
    const { text, addresses } = ipv6Spec('26-distributed-rsync', /10\.1\.0\.(\d+)/g, 'a', 'pg.internal')
    const { files } = renderSpec(text.replace('gatewayHost: gw.example.com', 'gatewayHost: 2001:db8::f1'))
    expect(expectUrlsParse(files, [...addresses, '2001:db8::f1'])).toBeGreaterThan(20)
    const axis2 = files.get('nodes/gw-1/repository/conf/axis2/axis2.xml')!
    expect(axis2).toContain('<hostName>[2001:db8::a21]</hostName>')
    expect(axis2).toContain('<parameter name="localMemberHost">2001:db8::a22</parameter>')
    expect(files.get('nodes/publisher/repository/conf/carbon.xml')).toContain('<HostName>api.example.com</HostName>')
    expect(files.get('nodes/gw-1/repository/conf/carbon.xml')).toContain('<HostName>[2001:db8::f1]</HostName>')
    expect(files.get('nodes/gw-1/repository/conf/api-manager.xml')).toContain('brokerlist=&apos;tcp://[2001:db8::a41]:5672&apos;')
    const jdbc = jdbcUrls(files)
    expect(jdbc.length).toBeGreaterThan(0)
    for (const u of jdbc) {
      expect(u).toMatch(/^jdbc:postgresql:\/\/\[2001:db8::5\]:5432\/\w+$/)
      const parsed = new URL(u.slice('jdbc:'.length))
      expect([parsed.hostname, parsed.port]).toEqual(['[2001:db8::5]', '5432'])
    }
    expect(files.get('README.md')).toContain('Database server: postgresql at `[2001:db8::5]:5432`.')
  })

  it('active-active with MySQL and WKA clustering: Connector/J URLs and bracketed Hazelcast members', () => {
    const { text, addresses } = ipv6Spec('26-active-active-is-km-ha', /10\.0\.0\.(\d+)/g, 'c', 'db.acme.io')
    const { dir, files } = renderSpec(text)
    expectUrlsParse(files, addresses)
    for (const u of jdbcUrls(files)) {
      expect(u).toMatch(/^jdbc:mysql:\/\/\[2001:db8::5\]:3306\/\w+(\?autoReconnect=true(&|&amp;)useSSL=false(&|&amp;)allowPublicKeyRetrieval=true)?$/)
      expect(new URL(u.slice('jdbc:'.length)).hostname).toBe('[2001:db8::5]')
    }
    expect(files.get('nodes/apim-1/repository/conf/axis2/axis2.xml')).toContain('<hostName>[2001:db8::c12]</hostName>')
    const lint = run('lint', dir, '--json')
    const report = JSON.parse(lint.stdout) as { findings: { rule: string }[] }
    expect(report.findings.filter((f) => f.rule.startsWith('address/') || f.rule.startsWith('cluster/'))).toEqual([])
  })

  it('shared LDAP: the ldap:// connection URL brackets the key manager address', () => {
    const { text, addresses } = ipv6Spec('26-shared-ldap', /10\.3\.0\.(\d+)/g, 'd', 'pg.example.net')
    const { files } = renderSpec(text)
    expectUrlsParse(files, addresses)
    const userMgt = files.get('nodes/apim/repository/conf/user-mgt.xml')!
    const ldap = /ldap:\/\/[^<]+/.exec(userMgt)![0]
    expect(new URL(ldap).hostname).toBe('[2001:db8::d20]')
  })
})

describe('IPv6 literal hosts, API Manager 4.7.0', () => {
  const DRIVER_FORM: Record<string, RegExp> = {
    mysql: /^jdbc:mysql:\/\/\[2001:db8::5\]:3306\/\w+\?useSSL=false(&|&amp;)allowPublicKeyRetrieval=true$/,
    postgresql: /^jdbc:postgresql:\/\/\[2001:db8::5\]:5432\/\w+$/,
    mssql: /^jdbc:sqlserver:\/\/;serverName=2001:db8::5;portNumber=1433;databaseName=\w+;SendStringParametersAsUnicode=false$/,
    oracle: /^jdbc:oracle:thin:@\/\/\[2001:db8::5\]:1521\/\w+$/,
  }

  for (const type of Object.keys(DRIVER_FORM)) {
    it(`distributed with ${type}: every URL parses, JDBC URLs in the driver's IPv6 form, lint passes`, () => {
      const { text, addresses } = ipv6Spec('47-distributed-ha', /10\.3\.0\.(\d+)/g, 'b', 'mysql.internal', type)
      const { dir, files } = renderSpec(text)
      expect(expectUrlsParse(files, addresses)).toBeGreaterThan(10)
      const toml = files.get('nodes/cp-1/repository/conf/deployment.toml')!
      expect(toml).toContain('"tcp://[2001:db8::b11]:5672"')
      const jdbc = jdbcUrls(files)
      expect(jdbc.length).toBeGreaterThan(0)
      for (const u of jdbc) expect(u).toMatch(DRIVER_FORM[type]!)
      const port = { mysql: 3306, postgresql: 5432, mssql: 1433, oracle: 1521 }[type]
      expect(files.get('README.md')).toContain(`Database server: ${type} at \`[2001:db8::5]:${port}\`.`)
      // sqlcmd: `-S tcp:<computer name>,<port number>` (Microsoft, "Connect to SQL Server with sqlcmd"); SQL*Plus takes Easy Connect.
      if (type === 'mssql') expect(files.get('README.md')).toContain('sqlcmd -S tcp:2001:db8::5,1433 -U sa')
      if (type === 'oracle') expect(files.get('README.md')).toContain("sqlplus 'system@//[2001:db8::5]:1521/apimgtdb'")
      const lint = run('lint', dir, '--json')
      expect(lint.status, lint.stdout).toBe(0)
    })
  }

  it('Identity Server 7 key manager: [server] hostname in brackets', () => {
    let text = readFileSync(join(ROOT, 'fixtures', '47-is7-apim-to-is', 'topology.yaml'), 'utf8')
    text = text.replace('host: apim.internal', 'host: 2001:db8::e10').replace('host: is.internal', 'host: 2001:db8::e20').replace('host: pg.internal', `host: ${DB}`)
    const { files } = renderSpec(text)
    expectUrlsParse(files, ['2001:db8::e10', '2001:db8::e20', DB])
    expect(files.get('nodes/is7/repository/conf/deployment.toml')).toMatch(/^hostname = "\[2001:db8::e20\]"$/m)
  })
})

describe('lint: address/unbracketed-ipv6', () => {
  it('flags an IPv6 host:port without brackets in a URL, a JDBC URL and a cluster member, at its line and column', () => {
    const { text } = ipv6Spec('47-distributed-ha', /10\.3\.0\.(\d+)/g, 'b', 'mysql.internal')
    const { dir } = renderSpec(text)
    const rel = 'nodes/cp-1/repository/conf/deployment.toml'
    const file = join(dir, rel)
    const before = readFileSync(file, 'utf8')
    const after = before
      .replace('"tcp://[2001:db8::b11]:5672"', '"tcp://2001:db8::b11:5672"')
      .replace('jdbc:mysql://[2001:db8::5]:3306/apimgtdb', 'jdbc:mysql://2001:db8::5:3306/apimgtdb')
      .concat('\n[clustering]\nmembership_scheme = "wka"\nmembers = ["2001:db8::b11:4000", "[2001:db8::b12]:4000"]\n')
    expect(after).not.toBe(before)
    writeFileSync(file, after)
    const r = run('lint', dir, '--json')
    expect(r.status).toBe(1)
    const found = (JSON.parse(r.stdout) as { findings: { rule: string; file: string; line: number; col: number; message: string }[] }).findings.filter((f) => f.rule === 'address/unbracketed-ipv6')
    const lines = after.split('\n')
    const where = (needle: string) => {
      const i = lines.findIndex((l) => l.includes(needle))
      return { line: i + 1, col: lines[i]!.indexOf(needle) + 1 }
    }
    expect(found.map(({ line, col }) => ({ line, col }))).toEqual([where('2001:db8::5:3306'), where('2001:db8::b11:5672'), where('"2001:db8::b11:4000"')].sort((a, b) => a.line - b.line))
    expect(found.every((f) => f.file.endsWith(rel))).toBe(true)
    expect(found[0]!.message).toContain('without brackets')
  })
})
