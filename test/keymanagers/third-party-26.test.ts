/**
 * S1.1 on apim-2.6.0: what the generated README must say for a third-party key manager — the jar to
 * copy into repository/components/lib, and that subscription validation still reads WSO2AM_DB.
 */
import { describe, expect, it } from 'vitest'
import { SpecError } from '../../src/diagnostics/diagnostic.js'
import { checkLoaded } from '../../src/pipeline.js'
import type { KeyManagersSection } from '../../src/plan/key-managers.js'
import { render } from '../../src/render/index.js'
import { loadSpecText } from '../../src/spec/load.js'

const spec = (jar: string): string => `name: okta-26
platform: apim-2.6.0
pattern: active-active
keyManager:
  type: third-party
  thirdParty:
    clientImpl: org.wso2.okta.client.OktaOAuthClient
${jar}    properties: { oktaInstanceUrl: "https://dev-1.okta.com", authorizationServerId: default }
database: { type: mysql, host: db.acme.io, username: wso2, password: pw, names: { apim: apimgtdb } }
admin: { username: admin, password: pw }
loadBalancer: { host: apim.acme.io }
nodes:
  - { name: apim-1, role: all-in-one, host: 10.0.0.11 }
  - { name: apim-2, role: all-in-one, host: 10.0.0.12 }
`

const checked = (text: string) => checkLoaded(loadSpecText('topology.yaml', text))

describe('S1.1 third-party key manager on apim-2.6.0: README steps as plan data', () => {
  it('the README names the jar and copies it to every API Manager node; the plan notes that WSO2AM_DB stays in use', () => {
    const { topology } = checked(spec('    jar: okta-km-1.0.1.jar\n'))
    const section = topology.sections['key-managers'] as KeyManagersSection
    expect(section.payloads).toEqual([])
    const [db] = section.manualSteps
    expect(db!.title).toMatch(/^Subscription validation still reads WSO2AM_DB \(jdbc\/WSO2AM_DB, database apimgtdb\)/)
    expect(db!.commands).toEqual([])
    const readme = render(topology).get('README.md')!
    expect(readme).toContain('scp okta-km-1.0.1.jar 10.0.0.11:/opt/wso2am-2.6.0/repository/components/lib/')
    expect(readme).toContain('scp okta-km-1.0.1.jar 10.0.0.12:/opt/wso2am-2.6.0/repository/components/lib/')
    expect(readme).toContain('Subscription validation still reads WSO2AM_DB')
  })

  it('warns when the jar is not named', () => {
    const { diagnostics } = checked(spec(''))
    expect(diagnostics.filter((d) => d.rule === 'topology/third-party-jar').map((d) => [d.severity, d.pointer])).toEqual([['warning', '/keyManager/thirdParty']])
  })

  it('other key manager types get no key-managers section', () => {
    const text = spec('').replace('type: third-party', 'type: resident').replace(/  thirdParty:\n(.*\n){2}/, '')
    let topology
    try {
      topology = checked(text).topology
    } catch (err) {
      throw err instanceof SpecError ? new Error(err.diagnostics.map((d) => d.message).join('\n')) : err
    }
    expect(topology.sections['key-managers']).toBeUndefined()
  })
})
