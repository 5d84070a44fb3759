import { describe, expect, it } from 'vitest'
import { broken, edit, lineOf } from './helpers.js'

const AXIS2 = (node: string) => `nodes/${node}/repository/conf/axis2/axis2.xml`

describe('lint: Hazelcast clustering', () => {
  it('cluster/asymmetric-members: one node leaves a peer out of its member list', async () => {
    const { dir, found } = await broken('26-active-active-is-km-ha', 'cluster/asymmetric-members', (d) =>
      edit(d, AXIS2('km-1'), /\s*<member>\s*<hostName>10\.0\.0\.22<\/hostName>\s*<port>4000<\/port>\s*<\/member>/, ''),
    )
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ severity: 'error', file: `${dir}/${AXIS2('km-1')}`, line: lineOf(dir, AXIS2('km-1'), '<member>') })
    expect(found[0]!.message).toMatch(/node km-1: the members of cluster wso2\.km\.domain leave out km-2 \(10\.0\.0\.22:4000\)/)
  })

  it('cluster/loopback-member: localMemberHost on 127.0.0.1', async () => {
    const { dir, found } = await broken('26-active-active-is-km-ha', 'cluster/loopback-member', (d) =>
      edit(d, AXIS2('km-2'), '<parameter name="localMemberHost">10.0.0.22</parameter>', '<parameter name="localMemberHost">127.0.0.1</parameter>'),
    )
    expect(found).toEqual([expect.objectContaining({ severity: 'error', line: lineOf(dir, AXIS2('km-2'), '127.0.0.1'), message: expect.stringContaining('localMemberHost is 127.0.0.1') })])
  })

  it('cluster/loopback-member: a loopback well-known member', async () => {
    const { found } = await broken('26-active-active-is-km-ha', 'cluster/loopback-member', (d) => edit(d, AXIS2('apim-1'), '<hostName>10.0.0.12</hostName>', '<hostName>localhost</hostName>'))
    expect(found).toEqual([expect.objectContaining({ message: expect.stringContaining('well-known member localhost:4000 is a loopback address') })])
  })

  it('cluster/duplicate-member: two nodes on one member address', async () => {
    const { found } = await broken('26-active-active-is-km-ha', 'cluster/duplicate-member', (d) =>
      edit(d, AXIS2('km-2'), '<parameter name="localMemberHost">10.0.0.22</parameter>', '<parameter name="localMemberHost">10.0.0.21</parameter>'),
    )
    expect(found).toEqual([expect.objectContaining({ message: 'nodes km-1 and km-2 both use 10.0.0.21:4000 as their Hazelcast member address' })])
  })

  it('cluster/unknown-member (warning): a member that is no node of the tree', async () => {
    const { found } = await broken('26-active-active-is-km-ha', 'cluster/unknown-member', (d) => edit(d, AXIS2('apim-2'), '<hostName>10.0.0.12</hostName>', '<hostName>10.0.0.13</hostName>'))
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('member 10.0.0.13:4000 of cluster') })])
  })
})
