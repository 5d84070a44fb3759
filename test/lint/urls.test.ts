import { describe, expect, it } from 'vitest'
import { broken, edit, lineOf } from './helpers.js'

const APIM = (node: string) => `nodes/${node}/repository/conf/api-manager.xml`

describe('lint: URLs between nodes', () => {
  it('url/loopback-to-other-node: localhost with the port of a co-hosted key manager', async () => {
    const { dir, found } = await broken('26-single-is-km-same-host', 'url/loopback-to-other-node', (d) => edit(d, APIM('apim'), 'https://10.0.0.10:9444/services/', 'https://localhost:9444/services/'))
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ severity: 'error', file: `${dir}/${APIM('apim')}`, line: lineOf(dir, APIM('apim'), 'https://localhost:9444') })
    expect(found[0]!.message).toContain("port 9444, which is not this node's but km's")
    expect(found[0]!.hint).toBe('write the host of km (10.0.0.10) instead of localhost')
  })

  it('url/loopback-to-other-node: localhost where every other node names the key manager (S0.8)', async () => {
    const { dir, found } = await broken('26-distributed-rsync', 'url/loopback-to-other-node', (d) => edit(d, APIM('gw-1'), 'https://10.1.0.31:9443/services/', 'https://localhost:9443/services/'))
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ line: lineOf(dir, APIM('gw-1'), 'https://localhost:9443/services/') })
    expect(found[0]!.message).toMatch(/on node gw-1 points at itself, but the same setting \(\/APIManager\/\w+\/ServerURL\) points at km on other nodes/)
  })

  it('url/loopback-to-other-node: the same in deployment.toml', async () => {
    const T = 'nodes/cp-1/repository/conf/deployment.toml'
    const { dir, found } = await broken('47-distributed-ha', 'url/loopback-to-other-node', (d) => edit(d, T, 'service_url = "https://10.3.0.21:9443/services/"', 'service_url = "https://127.0.0.1:9443/services/"'))
    expect(found).toEqual([expect.objectContaining({ line: lineOf(dir, T, '127.0.0.1'), message: expect.stringContaining('points at gw-1') })])
  })

  it('url/unreachable-port: a node with offset 3 called on its base port gets "the port offset is missing"', async () => {
    const { dir, found } = await broken('26-ob-km-two-hosts', 'url/unreachable-port', (d) => edit(d, APIM('obam'), 'https://obkm.bank.example:443/services/', 'https://10.20.0.21:9443/services/'))
    expect(found).toEqual([expect.objectContaining({ severity: 'error', line: lineOf(dir, APIM('obam'), '10.20.0.21:9443'), hint: 'the port offset is missing: use 9446' })])
    expect(found[0]!.message).toContain('nothing in this tree listens on 10.20.0.21:9443 (obkm-1 at offset 3)')
  })

  it("url/unreachable-port: a ${…} port placeholder in a URL to another node takes this node's offset", async () => {
    const { found } = await broken('26-ob-km-two-hosts', 'url/unreachable-port', (d) => edit(d, APIM('obkm-1'), 'https://obam.bank.example:9443/', 'https://obam.bank.example:${mgt.transport.https.port}/'))
    expect(found).toEqual([expect.objectContaining({ message: expect.stringContaining("obam.bank.example:9446 (obam at offset 0; the placeholder resolves with this node's offset 3)") })])
  })

  it('url/unknown-host (warning): a host that is no node or load balancer of the tree', async () => {
    const { found } = await broken('26-ob-km-two-hosts', 'url/unknown-host', (d) => edit(d, APIM('obam'), 'https://obkm.bank.example:443/services/', 'https://10.20.0.99:9446/services/'))
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('host 10.20.0.99 is no node or load balancer of this tree') })])
  })
})
