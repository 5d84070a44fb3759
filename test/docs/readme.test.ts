/** The generated README: nodes, port map, start order, files to copy, manual steps with commands (S0.12). */
import { describe, expect, it } from 'vitest'
import { deploymentOf } from '../../src/plan/deployment.js'
import { portTable } from '../../src/report/port-table.js'
import { renderReadme } from '../../src/render/docs/readme.js'
import { fixtureCases } from '../helpers/golden.js'
import { fixturePlan } from '../helpers/plan-of.js'

const sectionOf = (readme: string, title: RegExp): string => {
  const lines = readme.split('\n')
  const start = lines.findIndex((l) => /^## /.test(l) && title.test(l))
  if (start < 0) return ''
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l))
  return lines.slice(start, end < 0 ? undefined : end).join('\n')
}

describe('README.md of every fixture', () => {
  for (const name of fixtureCases()) {
    it(`${name}: every node, its host, its port map, its rsync line and its start command`, async () => {
      const t = await fixturePlan(name)
      const readme = renderReadme(t)
      const d = deploymentOf(t)
      const nodes = sectionOf(readme, /Nodes/)
      const ports = sectionOf(readme, /Port map/)
      const copy = sectionOf(readme, /Copy the files/)
      const start = sectionOf(readme, /Start order/)
      for (const n of t.nodes) {
        expect(nodes).toMatch(new RegExp(`^\\| ${n.name} \\| ${n.role} \\|.*\\| ${n.host.replace(/\./g, '\\.')} \\| ${n.portOffset} \\|`, 'm'))
        const dn = d.nodes.find((x) => x.node === n.name)!
        expect(copy).toContain(`rsync -a nodes/${n.name}/ ${n.host}:${dn.home}/`)
        expect(start).toContain(`cd ${dn.home} && ${dn.start}`)
      }
      for (const { host, rows } of portTable(t).hosts) {
        expect(ports).toContain(`### ${host}`)
        for (const r of rows) expect(ports).toContain(`| ${r.port} | ${r.node} | ${r.service} |`)
      }
      expect(readme.endsWith('\n') && !readme.endsWith('\n\n')).toBe(true)
    })
  }

  it('start order: database, key managers, traffic managers, API Manager, gateways', async () => {
    const readme = renderReadme(await fixturePlan('26-distributed-rsync'))
    const start = sectionOf(readme, /Start order/)
    const at = (s: string) => start.indexOf(s)
    expect(at('Database server')).toBeGreaterThan(0)
    expect(at('Database server')).toBeLessThan(at('Key managers: km'))
    expect(at('Key managers: km')).toBeLessThan(at('Traffic managers: tm'))
    expect(at('Traffic managers: tm')).toBeLessThan(at('publisher, store'))
    expect(at('publisher, store')).toBeLessThan(at('Gateways: gw-mgr, gw-1, gw-2'))
    // PITFALL 27: the profile flag, without --optimize, and how to optimise instead
    expect(start).toContain('sh bin/wso2server.sh -Dprofile=gateway-worker')
    expect(start).not.toMatch(/wso2server\.sh[^\n]*--optimize/)
    // the profile setup runs in the copy step, before the files go in
    expect(start).not.toContain('sh bin/profileSetup.sh')
    expect(readme).toContain('sh bin/profileSetup.sh -Dprofile=gateway-worker')
  })

  it('PITFALL 24: active-active names the node that boots alone first', async () => {
    const start = sectionOf(renderReadme(await fixturePlan('47-active-active-one-host')), /Start order/)
    expect(start).toMatch(/start apim-1 alone and wait until it is up before starting apim-2/)
  })

  it('S0.12: certificates for the real host names, imported both ways between API Manager and the key managers', async () => {
    const t = await fixturePlan('26-active-active-is-km-ha')
    const certs = sectionOf(renderReadme(t), /Certificates/)
    // PITFALL 3: the subject alternative names cover the nodes and the load balancer in front of them
    expect(certs).toContain('-ext SAN=dns:apim.acme.io,dns:localhost,ip:10.0.0.11,ip:10.0.0.12,ip:127.0.0.1 -keystore certs/apim.jks')
    expect(certs).toContain('-ext SAN=dns:km.acme.io,dns:localhost,ip:10.0.0.21,ip:10.0.0.22,ip:127.0.0.1 -keystore certs/is-km.jks')
    expect(certs).toContain('keytool -export -rfc -alias wso2carbon -keystore certs/is-km.jks -storetype JKS -file certs/is-km.crt')
    const apimTrust = '/opt/wso2am-2.6.0/repository/resources/security/client-truststore.jks'
    const kmTrust = '/opt/wso2is-km-5.7.0/repository/resources/security/client-truststore.jks'
    expect(certs).toContain(`ssh -t 10.0.0.11 'keytool -import -noprompt -alias acme-prod-is-km -file /tmp/is-km.crt -keystore ${apimTrust} -storetype JKS'`)
    expect(certs).toContain(`ssh -t 10.0.0.21 'keytool -import -noprompt -alias acme-prod-apim -file /tmp/apim.crt -keystore ${kmTrust} -storetype JKS'`)
    expect(certs).toContain('scp certs/is-km.jks 10.0.0.22:/opt/wso2is-km-5.7.0/repository/resources/security/wso2carbon.jks')
  })

  it('IS 7 keeps PKCS12 stores; API Manager\'s certificate carries the issuer name IS 7 trusts (S2.2)', async () => {
    const certs = sectionOf(renderReadme(await fixturePlan('47-is7-apim-to-is')), /Certificates/)
    expect(certs).toContain("-dname 'CN=apim.internal, O=Example'")
    expect(certs).toContain('-keystore certs/is7.p12 -storetype PKCS12')
    expect(certs).toContain('/opt/wso2is-7.2.0/repository/resources/security/client-truststore.p12 -storetype PKCS12')
  })

  it('databases: the setup script, then each product table script against its database', async () => {
    const db = sectionOf(renderReadme(await fixturePlan('47-is7-apim-to-is')), /Databases/)
    expect(db).toContain("psql -h pg.internal -p 5432 -U postgres -d postgres -v ON_ERROR_STOP=1 -v db_password='<value>' -f database/postgresql-setup.sql")
    expect(db).toContain('psql -h pg.internal -p 5432 -U wso2 -d apimgtdb -v ON_ERROR_STOP=1 -f dbscripts/apimgt/postgresql.sql')
    expect(db).toContain('psql -h pg.internal -p 5432 -U wso2 -d shareddb -v ON_ERROR_STOP=1 -f dbscripts/postgresql.sql')
    expect(db).toContain('# identitydb: from the wso2is-7.2.0 pack')
    expect(db).toContain('psql -h pg.internal -p 5432 -U wso2 -d identitydb -v ON_ERROR_STOP=1 -f dbscripts/identity/uma/postgresql.sql')
  })

  it('JDBC drivers per database type into repository/components/lib (PITFALL 22)', async () => {
    const readme = renderReadme(await fixturePlan('26-distributed-shared-fs'))
    const drivers = sectionOf(readme, /JDBC drivers/)
    expect(drivers).toContain('mssql-jdbc-12.8.1.jre8.jar')
    expect(drivers).toContain('scp mssql-jdbc-12.8.1.jre8.jar 10.2.0.31:/opt/wso2is-km-5.7.0/repository/components/lib/')
    expect(sectionOf(renderReadme(await fixturePlan('26-single-node-resident')), /JDBC drivers/)).toBe('')
  })

  it('shared file system: mount and links for the gateway folders; rsync: a cron line per worker and folder', async () => {
    const fs = sectionOf(renderReadme(await fixturePlan('26-distributed-shared-fs')), /synchronisation/)
    expect(fs).toContain('sudo mount -t nfs "$NFS_SHARE" /mnt/wso2-shared')
    expect(fs).toContain('ln -s /mnt/wso2-shared/server /opt/wso2am-2.6.0/repository/deployment/server')
    expect(fs).toContain('ln -s /mnt/wso2-shared/tenants /opt/wso2am-2.6.0/repository/tenants')
    const rs = sectionOf(renderReadme(await fixturePlan('26-distributed-rsync')), /synchronisation/)
    expect(rs).toContain(
      '* * * * * rsync -az --delete /opt/wso2am-2.6.0/repository/deployment/server/synapse-configs/ 10.1.0.23:/opt/wso2am-2.6.0/repository/deployment/server/synapse-configs/',
    )
  })

  it('secure vault aliases per node and environment variables, never their values', async () => {
    const secrets = sectionOf(renderReadme(await fixturePlan('47-all-in-one')), /Secrets/)
    expect(secrets).toContain('admin_password = "[<value of admin_password>]"')
    expect(secrets).toContain('- apim: `APIM_DB_PASSWORD`')
  })

  it('host names that DNS or /etc/hosts must resolve', async () => {
    const hosts = sectionOf(renderReadme(await fixturePlan('26-active-active-is-km-ha')), /Host names/)
    for (const h of ['apim.acme.io', 'db.acme.io', 'km.acme.io']) expect(hosts).toContain(`<address of ${h}>`)
  })

  it("other planners' manualSteps appear under Further steps, in order, with their commands", async () => {
    const t = await fixturePlan('26-single-node-resident')
    t.sections['test-steps'] = { manualSteps: [{ title: 'Do the thing', commands: ['echo one', 'echo ```two'], note: 'why' }, { title: 'No commands', commands: [] }] }
    const further = sectionOf(renderReadme(t), /Further steps/)
    expect(further).toMatch(/1\. Do the thing\n\n {3}why\n\n {3}````sh\n {3}echo one\n {3}echo ```two\n {3}````/)
    expect(further).toContain('2. No commands')
  })
})
