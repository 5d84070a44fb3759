/** Spec strings reach deployment.toml through smol-toml: whatever they hold, an independent parser reads them back exactly. */
import { describe, expect, it } from 'vitest'
import { is7Spec, renderSpecObject, tomlOf } from './helpers.js'

const HOSTILE = [
  'quote " and \'single\'',
  'back\\slash \\u0041 \\n',
  'new\nline\r\nand\ttab',
  ']]> [[table]] [secrets] # not a comment',
  'astral 😀 𝄞 and ﷺ',
  '""" triple \'\'\'',
  '= key = "value"',
]

describe('hostile strings in deployment.toml', () => {
  for (const value of HOSTILE) {
    it(`round-trips ${JSON.stringify(value)} exactly through @iarna/toml`, () => {
      const c = renderSpecObject(
        is7Spec({
          admin: { username: value, password: value },
          database: { type: 'mysql', host: 'db.internal', username: value, password: value },
          tenantSharing: { direction: 'is-to-apim', username: value, password: value },
          mutualTls: { trustedIssuer: value, allowedUsernames: [value] },
        }),
      )
      const apim = tomlOf(c, 'apim')
      expect(apim.super_admin).toMatchObject({ username: value, password: value })
      expect(apim.database.apim_db).toMatchObject({ username: value, password: value })
      const is = tomlOf(c, 'is')
      expect(is.super_admin.password).toBe(value)
      expect(is.event_listener[1].properties).toMatchObject({ username: value, password: value })
      expect(is.client_certificate_based_authentication.user_thumbprint_mapping[0]).toMatchObject({ trusted_issuer: value, allowed_username: [value] })
      const payload = JSON.parse(c.files.get('keymanagers/WSO2-IS-7.json')!)
      // mutual TLS: IS maps the certificate to this user; no password is posted (WSO2IS7ConnectorConfiguration)
      expect(payload.additionalProperties).toMatchObject({ Authentication: 'MutualTLS', IdentityUser: value })
      expect(payload.additionalProperties).not.toHaveProperty('Password')
      // no hostile text ever becomes a table of its own
      expect(Object.keys(apim)).not.toContain('table')
    })
  }

  it('$env and $secret references pass through untouched; every alias, dotted ones included, gets a [secrets] entry', () => {
    const c = renderSpecObject(
      is7Spec({
        admin: { username: 'admin', password: '$secret{vault.admin-pw}' },
        database: { type: 'mysql', host: 'db.internal', username: 'u', password: '$env{DB_PASSWORD}' },
        tenantSharing: { direction: 'apim-to-is', username: 'u', password: 'pre-$secret{ts}-post' },
        // basic authentication, so the admin password is part of the payload
        mutualTls: { certThumbprint: '*' },
      }),
    )
    const apim = tomlOf(c, 'apim')
    expect(apim.super_admin.password).toBe('$secret{vault.admin-pw}')
    expect(apim.database.apim_db.password).toBe('$env{DB_PASSWORD}')
    expect(apim.apim.tenant_sharing[0].properties.password).toBe('pre-$secret{ts}-post')
    expect(apim.secrets).toEqual({ ts: '[<value of ts>]', 'vault.admin-pw': '[<value of vault.admin-pw>]' })
    const payload = JSON.parse(c.files.get('keymanagers/WSO2-IS-7.json')!)
    expect(payload.additionalProperties.Password).toBe('${VAULT_ADMIN_PW}')
  })
})
