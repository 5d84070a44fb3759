/** The deployment.toml key catalogs (data/toml-keys) and the script that builds the API Manager one. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isKnownKey, splitPath, suggestKey, tomlKeyPaths } from '../../src/catalog/toml-keys.js'
// @ts-expect-error: a plain ES module script without type declarations
import { buildCatalog } from '../../scripts/build-toml-catalog.mjs'

const DATA = new URL('../../data/toml-keys/', import.meta.url)

describe('toml key catalog', () => {
  it('knows listed keys, array item keys, generic tables and wildcard patterns of API Manager 4.7.0', () => {
    expect(isKnownKey('apim-4.7.0', 'server.offset')).toBe(true)
    expect(isKnownKey('apim-4.7.0', 'apim.throttling.url_group[].traffic_manager_urls')).toBe(true)
    expect(isKnownKey('apim-4.7.0', "event_listener[].properties.'header.X-WSO2-KEY-MANAGER'")).toBe(true)
    expect(isKnownKey('apim-4.7.0', 'database.apim_db.url')).toBe(true)
    expect(isKnownKey('apim-4.7.0', 'database.anything.hostname')).toBe(true)
    expect(isKnownKey('apim-4.7.0', 'multi_tenancy.stratos.public_cloud_setup')).toBe(true)
  })

  it('rejects keys no template reads (the known traps) and suggests the real one', () => {
    expect(isKnownKey('apim-4.7.0', 'apim.key_manager.server_url')).toBe(false)
    expect(isKnownKey('apim-4.7.0', 'apim.oauth_config.remove_outbound_auth_header')).toBe(false)
    expect(isKnownKey('apim-4.7.0', 'apim.throttling.url_group[].urls')).toBe(false)
    expect(isKnownKey('apim-4.7.0', 'keystore.tls.name')).toBe(false)
    expect(suggestKey('apim-4.7.0', 'apim.key_manager.servic_url')).toBe('apim.key_manager.service_url')
    expect(suggestKey('apim-4.7.0', 'apim.throttling.url_group[].traffic_manager_url')).toBe('apim.throttling.url_group[].traffic_manager_urls')
  })

  it('is-7.2.0 adds the Identity Server keys to the shared carbon keys, but never apim.*', () => {
    expect(isKnownKey('is-7.2.0', 'database.identity_db.username')).toBe(true)
    expect(isKnownKey('is-7.2.0', 'oauth.authorize_all_scopes')).toBe(true)
    expect(isKnownKey('is-7.2.0', 'client_certificate_based_authentication.user_thumbprint_mapping[].trusted_issuer')).toBe(true)
    expect(isKnownKey('is-7.2.0', 'server.hostname')).toBe(true)
    expect(isKnownKey('is-7.2.0', 'apim.key_manager.service_url')).toBe(false)
    expect(isKnownKey('apim-4.7.0', 'database.identity_db.username')).toBe(false)
    expect(suggestKey('is-7.2.0', 'oauth.authorise_all_scopes')).toBe('oauth.authorize_all_scopes')
  })

  it('walks a parsed document into catalog paths: quoted dotted keys, arrays of tables by item key', () => {
    const doc = {
      server: { offset: 1 },
      system: { parameter: { 'org.wso2.CipherTransformation': 'x' } },
      apim: { throttling: { url_group: [{ type: 'failover', traffic_manager_urls: ['a'] }] } },
      event_listener: [{ id: 'x', properties: { 'header.X': 'y' } }],
    }
    expect(tomlKeyPaths(doc)).toEqual([
      'server.offset',
      "system.parameter.'org.wso2.CipherTransformation'",
      'apim.throttling.url_group[].type',
      'apim.throttling.url_group[].traffic_manager_urls',
      'event_listener[].id',
      "event_listener[].properties.'header.X'",
    ])
    expect(splitPath("system.parameter.'org.wso2.X'")).toEqual(['system', 'parameter', "'org.wso2.X'"])
  })

  it('the API Manager data file names its sources by repository, tag and commit, sorted and without a date', () => {
    const data = JSON.parse(readFileSync(new URL('apim-4.7.0.json', DATA), 'utf8'))
    expect(data.sources).toEqual(expect.arrayContaining([{ repo: 'wso2/product-apim', tag: 'v4.7.0', commit: '53b83f28bf0d6222fd6aa67fa344ae3932d42476' }]))
    expect(data.keys).toEqual([...data.keys].sort())
    expect(data.keys.length).toBeGreaterThan(2000)
    expect(JSON.stringify(data)).not.toMatch(/20\d\d-\d\d-\d\d/)
    const is = JSON.parse(readFileSync(new URL('is-7.2.0.json', DATA), 'utf8'))
    for (const key of is.keys) expect(Object.keys(is.keySources).some((prefix) => key === prefix || key.startsWith(`${prefix}.`)), key).toBe(true)
  })

  it('the build script keeps keys, arrays, generic tables and patterns, adds the supplements, and parses tag and commit', () => {
    const reference = {
      source: { inputs: [{ repo: 'o/r', ref: 'tag v1.2.3 = commit ' + 'a'.repeat(40) + ' (note)' }, { repo: 'o/s', ref: 'stored at commit ' + 'b'.repeat(40) }] },
      keys: { 'b.key': { files: ['x.j2'], via: ['template'] }, 'a.key': { default: 1 } },
      arrays: { 'z.items': ['y', 'x'] },
      generic_tables: { 'g.table': ['x.j2'] },
      patterns: { 'database.*.url': ['infer.json'] },
    }
    const out = buildCatalog(reference)
    expect(out.sources).toEqual([
      { repo: 'o/r', tag: 'v1.2.3', commit: 'a'.repeat(40) },
      { repo: 'o/s', commit: 'b'.repeat(40) },
    ])
    expect(out.keys).toEqual(['a.key', 'b.key', 'multi_tenancy.stratos.public_cloud_setup'])
    expect(out.arrays).toEqual({ 'z.items': ['x', 'y'] })
    expect(out.generic_tables).toEqual(['g.table'])
    expect(out.patterns).toEqual(['database.*.url'])
    expect(JSON.stringify(buildCatalog(reference))).toBe(JSON.stringify(out))
  })
})
