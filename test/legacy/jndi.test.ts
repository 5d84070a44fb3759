/**
 * repository/conf/jndi.properties of a 2.6.0 publisher: block conditions and throttling
 * notifications of the admin portal go to every traffic manager's broker.
 *
 * Source: wso2/kubernetes-apim v2.6.0.9 advanced/pattern-3 confs/apim-publisher/jndi.properties
 * (TopicConnectionFactory brokerlist over both traffic managers, each with retries/connectdelay;
 * topic.throttleData = throttleData); the JMS port is 5672 plus the node's port offset (FACTS.md ports).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderSpec } from '../../src/pipeline.js'

const spec = (tms: string): string => `name: jndi
platform: apim-2.6.0
pattern: distributed
keyManager: { type: resident }
database: { type: mysql, host: db.example, username: wso2, password: dbpw }
admin: { username: ops, password: 'p@ss:w/rd' }
loadBalancer: { host: api.example }
gatewayArtifactSync: rsync
nodes:
  - { name: pub, role: publisher, host: pub.example }
  - { name: store, role: store, host: store.example }
  - { name: gw, role: gateway-manager, host: gw.example }
  - { name: km, role: key-manager, host: km.example }
${tms}`

async function files(text: string): Promise<Map<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'wso2cfg-jndi-'))
  try {
    writeFileSync(join(dir, 'topology.yaml'), text)
    return (await renderSpec(join(dir, 'topology.yaml'))).files
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const topicFactory = (props: string): string => /^connectionfactory\.TopicConnectionFactory = (.*)$/m.exec(props)?.[1] ?? ''

describe('publisher jndi.properties', () => {
  it('two traffic managers: failover list with retries and connectdelay, each at its effective JMS port', async () => {
    const f = await files(spec('  - { name: tm-1, role: traffic-manager, host: tm1.example }\n  - { name: tm-2, role: traffic-manager, host: tm2.example, portOffset: 2 }\n'))
    const props = f.get('nodes/pub/repository/conf/jndi.properties')
    expect(props).toBeDefined()
    expect(topicFactory(props!)).toBe(
      "amqp://ops:p%40ss%3Aw%2Frd@clientid/carbon?failover='roundrobin'%26cyclecount='2'%26brokerlist=" +
        "'tcp://tm1.example:5672?retries='5'%26connectdelay='50';tcp://tm2.example:5674?retries='5'%26connectdelay='50''",
    )
    expect(props).toMatch(/^topic\.throttleData = throttleData$/m)
    // only the publisher sends through this file
    expect(f.has('nodes/store/repository/conf/jndi.properties')).toBe(false)
    expect(f.has('nodes/gw/repository/conf/jndi.properties')).toBe(false)
  })

  it('one traffic manager: a plain brokerlist; a vaulted admin password leaves a placeholder the README names', async () => {
    const f = await files(spec('  - { name: tm, role: traffic-manager, host: tm.example }\n').replace("password: 'p@ss:w/rd'", "password: '$secret{admin_pw}'"))
    expect(topicFactory(f.get('nodes/pub/repository/conf/jndi.properties')!)).toBe(
      "amqp://ops:<value of admin_pw>@clientid/carbon?brokerlist='tcp://tm.example:5672'",
    )
    expect(f.get('README.md')).toContain('replace `<value of admin_pw>` there with the password')
  })
})
