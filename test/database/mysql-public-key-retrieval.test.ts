/**
 * MySQL 8 accounts authenticate with caching_sha2_password; API Manager 4.7.0 and IS 7.2.0 ship
 * Connector/J 8, which over useSSL=false reaches such an account only with
 * allowPublicKeyRetrieval=true (MySQL Connector/J reference, "Public Key Retrieval is not allowed";
 * docs-apim "Changing to MySQL" sample URL). The config mapper writes deployment.toml's url into
 * master-datasources.xml as it stands, so the `&` is written `&amp;` (wso2/helm-apim values files).
 */
import { describe, expect, it } from 'vitest'
import { renderFixture, tomlOf } from '../modern/helpers.js'

describe('MySQL URLs and setup SQL of 4.7.0 topologies agree on public key retrieval', () => {
  it('every [database.*] url of API Manager and IS 7 nodes allows public key retrieval, XML-escaped', async () => {
    const c = await renderFixture('47-is7-is-to-apim')
    for (const n of c.topology.nodes) {
      const db = tomlOf(c, n.name).database as Record<string, { url: string; type: string }>
      for (const [name, t] of Object.entries(db)) {
        if (t.type !== 'mysql') continue
        expect(t.url, `${n.name} ${name}`).toMatch(/^jdbc:mysql:\/\/[^?]+\?useSSL=false&amp;allowPublicKeyRetrieval=true$/)
      }
    }
  })

  it('the setup SQL says the accounts rely on it', async () => {
    const c = await renderFixture('47-all-in-one')
    expect(c.files.get('database/mysql-setup.sql')).toContain('allowPublicKeyRetrieval=true')
  })

  it('2.6.0 URLs allow it too, with autoReconnect as the Carbon 4.4 samples, and the setup SQL says so', async () => {
    // MySQL 8 accounts of a 2.6.0 deployment use the same default plugin; Connector/J needs the same flag
    const c = await renderFixture('26-active-active-is-km-ha')
    const sql = c.files.get('database/mysql-setup.sql')
    expect(sql).toContain('allowPublicKeyRetrieval=true')
    const mysql = c.topology.nodes.flatMap((n) => n.datasources).filter((d) => d.type === 'mysql')
    expect(mysql.length).toBeGreaterThan(0)
    for (const d of mysql) expect(d.url).toMatch(/\?autoReconnect=true&useSSL=false&allowPublicKeyRetrieval=true$/)
  })
})
