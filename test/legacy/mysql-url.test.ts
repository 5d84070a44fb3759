/**
 * MySQL 8 accounts and the JDBC URL agree.
 *
 * The setup SQL creates accounts with `CREATE USER … IDENTIFIED BY`, i.e. MySQL 8's default
 * caching_sha2_password; without TLS Connector/J then needs allowPublicKeyRetrieval=true (else "Public
 * Key Retrieval is not allowed" after a server restart; MySQL Connector/J reference, connection
 * properties). The Carbon 4.4 samples add autoReconnect=true, and the Open Banking KM clustering page
 * (Setting Up Open Banking Key Manager Deployment, "Configuring the datasources" step 2) gives
 * maxActive 150 for the shared databases. The API Manager 4.x config mapper copies the TOML value into
 * XML unescaped, so there `&` is written `&amp;`.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderSpec } from '../../src/pipeline.js'
import { FIXTURES } from '../helpers/golden.js'

const urls = (xml: string): string[] => [...xml.matchAll(/<url>([^<]*)<\/url>/g)].map((m) => m[1]!)

describe('MySQL URLs', () => {
  it('2.6.0 datasources: autoReconnect, no SSL, public key retrieval allowed', async () => {
    const { files } = await renderSpec(join(FIXTURES, '26-active-active-is-km-ha', 'topology.yaml'))
    const mysql = urls(files.get('nodes/apim-1/repository/conf/datasources/master-datasources.xml')!).filter((u) => u.startsWith('jdbc:mysql:'))
    expect(mysql.length).toBeGreaterThan(0)
    for (const u of mysql) expect(u).toMatch(/\?autoReconnect=true&amp;useSSL=false&amp;allowPublicKeyRetrieval=true$/)
    const setup = [...files].find(([p]) => /mysql.*\.sql$|setup.*\.sql$/.test(p))
    if (setup) expect(setup[1]).toMatch(/IDENTIFIED BY/)
  })

  it('OB KM shared datasources get maxActive 150', async () => {
    const { files } = await renderSpec(join(FIXTURES, '26-ob-km-two-hosts', 'topology.yaml'))
    const km = [...files].find(([p]) => /repository\/conf\/datasources\/master-datasources\.xml$/.test(p) && /openbank_userdb/.test(files.get(p)!) && /<maxActive>150</.test(files.get(p)!))
    expect(km).toBeDefined()
  })

  it('4.7.0 deployment.toml: the same parameters, & written as &amp;', async () => {
    const { files } = await renderSpec(join(FIXTURES, '47-distributed-ha', 'topology.yaml'))
    const toml = [...files].filter(([p]) => p.endsWith('deployment.toml')).map(([, t]) => t).join('\n')
    const mysql = [...toml.matchAll(/^url = "(jdbc:mysql:[^"]*)"$/gm)].map((m) => m[1]!)
    expect(mysql.length).toBeGreaterThan(0)
    for (const u of mysql) expect(u).toMatch(/\?useSSL=false&amp;allowPublicKeyRetrieval=true$/)
  })
})
