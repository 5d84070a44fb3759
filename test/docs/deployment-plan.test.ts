/** The deployment section the README formats: packs, homes, start commands, certificate groups, databases. */
import { describe, expect, it } from 'vitest'
import { deploymentOf } from '../../src/plan/deployment.js'
import { fixturePlan } from '../helpers/plan-of.js'

describe('deployment plan', () => {
  it('4.7.0 runs one pack per profile, each with its own start script', async () => {
    const d = deploymentOf(await fixturePlan('47-distributed-ha'))
    const by = (n: string) => d.nodes.find((x) => x.node === n)!
    expect([by('cp-1').pack, by('cp-1').start]).toEqual(['wso2am-acp-4.7.0', 'sh bin/api-cp.sh'])
    expect([by('gw-1').pack, by('gw-1').start]).toEqual(['wso2am-universal-gw-4.7.0', 'sh bin/gateway.sh'])
    expect([by('tm-2').pack, by('tm-2').start]).toEqual(['wso2am-tm-4.7.0', 'sh bin/traffic-manager.sh'])
    expect(d.startOrder.map((s) => s.stage)).toEqual(['database', 'traffic-managers', 'management', 'gateways'])
    expect(d.firstBoot).toEqual({ node: 'cp-1', then: ['cp-2'] })
  })

  it('two nodes of one pack on one host get a folder each; a lone pack goes to /opt/<pack>', async () => {
    const d = deploymentOf(await fixturePlan('26-cohosted-auto'))
    const home = (n: string) => d.nodes.find((x) => x.node === n)!.home
    expect(home('pub')).toBe('/opt/pub/wso2am-2.6.0')
    expect(home('store')).toBe('/opt/store/wso2am-2.6.0')
    expect(home('km')).toBe('/opt/wso2is-km-5.7.0')
  })

  it('one key pair per product, named for the nodes and balancers in front of them', async () => {
    const d = deploymentOf(await fixturePlan('47-is7-is-to-apim'))
    expect(d.certificates.map((c) => [c.id, c.nodes, c.dns, c.ips])).toEqual([
      ['apim', ['apim'], ['apim.internal', 'localhost'], ['127.0.0.1']],
      ['is7', ['is7-1', 'is7-2'], ['iam.example.com', 'localhost'], ['10.4.0.21', '10.4.0.22', '127.0.0.1']],
    ])
  })

  it('databases: each one with its users, nodes and table scripts from the pack that owns them', async () => {
    const d = deploymentOf(await fixturePlan('47-is7-is-to-apim'))
    const db = (name: string) => d.databases.find((x) => x.database === name)!
    expect(db('apimgtdb').scripts).toEqual([{ node: 'apim', pack: 'wso2am-4.7.0', paths: ['dbscripts/apimgt/mysql.sql'] }])
    expect(db('isshareddb').scripts).toEqual([{ node: 'is7-1', pack: 'wso2is-7.2.0', paths: ['dbscripts/mysql.sql'] }])
    expect(db('identitydb').scripts[0]!.paths).toEqual(['dbscripts/identity/mysql.sql', 'dbscripts/identity/uma/mysql.sql', 'dbscripts/consent/mysql.sql'])
    expect(db('identitydb').users).toEqual([{ username: 'wso2', password: '$secret{db_password}' }])
  })
})
