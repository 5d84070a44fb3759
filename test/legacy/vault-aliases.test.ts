/**
 * Every `svns:secretAlias` the 2.6.0 renderers write, checked against the alias the product reads.
 *
 * Sources (carbon-kernel v4.4.35):
 * - core/org.wso2.carbon.user.core/.../config/RealmConfigXMLProcessor.java: the realm admin password is
 *   resolved only as `UserManager.AdminUser.Password`; user store properties only as
 *   `UserStoreManager.Property.<name>` (the attribute on the element is not read).
 * - core/org.wso2.carbon.base/.../ServerConfiguration.java: a carbon.xml element is resolved only as
 *   `Carbon.` + its element path (isProtectedToken / getProtectedValue).
 * - core/org.wso2.carbon.ndatasource.core/.../utils/DataSourceUtils.java (secureLoadElement): datasource
 *   elements resolve the alias their `svns:secretAlias` attribute names, so any alias works there;
 *   likewise Synapse SecureVaultValueReader (axis2.xml stores) and carbon-apimgt APIManagerConfiguration
 *   (MiscellaneousUtil.resolve, api-manager.xml).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderSpec } from '../../src/pipeline.js'

const SPEC = `name: vault-all
platform: apim-2.6.0
pattern: distributed
keyManager:
  type: is-km
database: { type: mysql, host: db.example, username: wso2, password: '$secret{db_password}' }
admin: { username: admin, password: '$secret{admin_password}' }
keystore: { password: '$secret{ks_password}', keyPassword: '$secret{key_password}', truststorePassword: '$secret{trust_password}' }
loadBalancer: { host: api.example }
gatewayArtifactSync: rsync
nodes:
  - { name: pub, role: publisher, host: pub.example }
  - { name: store, role: store, host: store.example }
  - { name: gw, role: gateway-manager, host: gw.example }
  - { name: km, role: key-manager, host: km.example }
  - { name: tm, role: traffic-manager, host: tm.example }
`

/** Element paths (file, element text context) where the product reads a fixed alias, and that alias. */
const FIXED: { file: RegExp; element: RegExp; alias: string; holds: string }[] = [
  // RealmConfigXMLProcessor
  { file: /user-mgt\.xml$/, element: /<AdminUser>[\s\S]*<Password /, alias: 'UserManager.AdminUser.Password', holds: 'admin_password' },
  // ServerConfiguration: "Carbon." + element path
  { file: /carbon\.xml$/, element: /<KeyStore>[\s\S]*?<Password /, alias: 'Carbon.Security.KeyStore.Password', holds: 'ks_password' },
  { file: /carbon\.xml$/, element: /<KeyStore>[\s\S]*?<KeyPassword /, alias: 'Carbon.Security.KeyStore.KeyPassword', holds: 'key_password' },
  { file: /carbon\.xml$/, element: /<InternalKeyStore>[\s\S]*?<Password /, alias: 'Carbon.Security.InternalKeyStore.Password', holds: 'ks_password' },
  { file: /carbon\.xml$/, element: /<InternalKeyStore>[\s\S]*?<KeyPassword /, alias: 'Carbon.Security.InternalKeyStore.KeyPassword', holds: 'key_password' },
  { file: /carbon\.xml$/, element: /<TrustStore>[\s\S]*?<Password /, alias: 'Carbon.Security.TrustStore.Password', holds: 'trust_password' },
]

const FREE = new Set(['admin_password', 'db_password', 'ks_password', 'key_password', 'trust_password'])

async function rendered(): Promise<Map<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'wso2cfg-vault-'))
  try {
    const file = join(dir, 'topology.yaml')
    writeFileSync(file, SPEC)
    return (await renderSpec(file)).files
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Each `<Tag … svns:secretAlias="x">` of a file with the name of the element path leading to it. */
function aliasesOf(xml: string): { alias: string; before: string }[] {
  return [...xml.matchAll(/svns:secretAlias="([^"]+)"/g)].map((m) => ({ alias: m[1]!, before: xml.slice(0, m.index) }))
}

/** The section of a file from the last opening of `tag` on: which store a Password element belongs to. */
function enclosing(before: string): string {
  const open = [...before.matchAll(/<(KeyStore|InternalKeyStore|TrustStore|AdminUser)>/g)].pop()
  const close = [...before.matchAll(/<\/(KeyStore|InternalKeyStore|TrustStore|AdminUser)>/g)].pop()
  if (!open || (close && close.index > open.index)) return ''
  return open[1]!
}

describe('secure-vault aliases the product decrypts', () => {
  it('carbon.xml and user-mgt.xml use the fixed aliases; other files keep the spec aliases', async () => {
    const files = await rendered()
    let checked = 0
    for (const [path, text] of files) {
      if (!path.endsWith('.xml')) continue
      const isCarbon = /\/repository\/conf\/carbon\.xml$/.test(path)
      const isUserMgt = /\/repository\/conf\/user-mgt\.xml$/.test(path)
      for (const { alias, before } of aliasesOf(text)) {
        checked++
        const tag = /<(\w+) $/.exec(before.slice(before.lastIndexOf('<')))?.[1]
        if (isCarbon) {
          const store = enclosing(before)
          expect(store, `${path}: vaulted element outside a store`).not.toBe('')
          expect(alias, `${path} ${store}/${tag}`).toBe(`Carbon.Security.${store}.${tag}`)
        } else if (isUserMgt) {
          expect(enclosing(before), `${path}: ${alias}`).toBe('AdminUser')
          expect(alias, path).toBe('UserManager.AdminUser.Password')
        } else {
          expect(FREE.has(alias), `${path}: ${alias}`).toBe(true)
        }
      }
    }
    expect(checked).toBeGreaterThan(20)
    for (const fixed of FIXED) {
      const hits = [...files].filter(([p, t]) => fixed.file.test(p) && t.includes(`svns:secretAlias="${fixed.alias}"`))
      expect(hits.length, fixed.alias).toBeGreaterThan(0)
    }
  })

  it('the README gives each fixed alias the value of the spec alias it stands for, on every node that uses it', async () => {
    const files = await rendered()
    const readme = files.get('README.md')!
    for (const fixed of FIXED) expect(readme).toContain(`#   ${fixed.alias}=[<value of ${fixed.holds}>]`)
    // every alias any node file names has a cipher-text line
    const all = new Set([...files].filter(([p]) => p.endsWith('.xml')).flatMap(([, t]) => aliasesOf(t).map((a) => a.alias)))
    for (const alias of all) expect(readme, alias).toMatch(new RegExp(`#   ${alias.replace(/\./g, '\\.')}=\\[<value of `))
    expect(readme).not.toContain('UserManager.AdminUser.Password=[<value of UserManager.AdminUser.Password>]')
  })
})
