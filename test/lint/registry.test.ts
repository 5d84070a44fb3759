import { describe, expect, it } from 'vitest'
import { broken, edit, lineOf } from './helpers.js'

const REG = 'nodes/km-2/repository/conf/registry.xml'

describe('lint: registry mounts', () => {
  it('legacy/registry-mount-instance: a mount names a remoteInstance that does not exist', async () => {
    const { dir, found } = await broken('26-active-active-is-km-ha', 'legacy/registry-mount-instance', (d) => edit(d, REG, '<instanceId>gov</instanceId>', '<instanceId>govInstance</instanceId>'))
    expect(found).toEqual([expect.objectContaining({ severity: 'error', file: `${dir}/${REG}`, line: lineOf(dir, REG, 'govInstance') })])
    expect(found[0]!.message).toMatch(/mount \/_system\/config refers to remoteInstance "govInstance"/)
  })

  it('legacy/registry-instance-dbconfig: a remoteInstance uses a dbConfig that does not exist', async () => {
    const { dir, found } = await broken('26-active-active-is-km-ha', 'legacy/registry-instance-dbconfig', (d) => edit(d, REG, '<dbConfig>govregistry</dbConfig>', '<dbConfig>govregistyr</dbConfig>'))
    expect(found).toEqual([expect.objectContaining({ line: lineOf(dir, REG, 'govregistyr'), hint: 'did you mean govregistry?' })])
  })

  it('legacy/registry-instance-dbconfig: a remoteInstance that mounts the local registry', async () => {
    const { found } = await broken('26-active-active-is-km-ha', 'legacy/registry-instance-dbconfig', (d) => edit(d, REG, '<dbConfig>govregistry</dbConfig>', '<dbConfig>wso2registry</dbConfig>'))
    expect(found).toEqual([expect.objectContaining({ message: expect.stringContaining('the local registry (currentDBConfig)') })])
  })

  it('legacy/registry-cache-id: a remoteInstance without cacheId', async () => {
    const { dir, found } = await broken('26-active-active-is-km-ha', 'legacy/registry-cache-id', (d) => edit(d, REG, /\s*<cacheId>[^<]*<\/cacheId>/, ''))
    expect(found).toEqual([expect.objectContaining({ severity: 'error', line: lineOf(dir, REG, '<remoteInstance') })])
    expect(found[0]!.message).toContain('has no cacheId')
  })

  it('legacy/registry-cache-id: an empty cacheId', async () => {
    const { found } = await broken('26-active-active-is-km-ha', 'legacy/registry-cache-id', (d) => edit(d, REG, /<cacheId>[^<]*<\/cacheId>/, '<cacheId> </cacheId>'))
    expect(found).toEqual([expect.objectContaining({ message: expect.stringContaining('has an empty cacheId') })])
  })
})
