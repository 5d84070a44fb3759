/**
 * S1.1 on apim-2.6.0: what the generated README must say for a third-party key manager — the jar to
 * copy into repository/components/lib, and that subscription validation still reads WSO2AM_DB.
 */
import { describe, expect, it } from 'vitest'
import { SpecError } from '../../src/diagnostics/diagnostic.js'
import { checkLoaded } from '../../src/pipeline.js'
import type { KeyManagersSection } from '../../src/plan/key-managers.js'
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
  it('names the jar and every API Manager node it goes to, with the exact copy command', () => {
    const { topology } = checked(spec('    jar: okta-km-1.0.1.jar\n'))
    const section = topology.sections['key-managers'] as KeyManagersSection
    expect(section.payloads).toEqual([])
    const [copy, db] = section.manualSteps
    expect(copy!.title).toContain('okta-km-1.0.1.jar')
    expect(copy!.title).toContain('repository/components/lib')
    expect(copy!.title).toContain('apim-1 (10.0.0.11), apim-2 (10.0.0.12)')
    expect(copy!.commands).toEqual(['cp okta-km-1.0.1.jar "$APIM_HOME/repository/components/lib/"'])
    expect(db!.title).toMatch(/^Subscription validation still reads WSO2AM_DB \(jdbc\/WSO2AM_DB, database apimgtdb\)/)
    expect(db!.commands).toEqual([])
  })

  it('warns when the jar is not named, and the step says which class the jar must hold', () => {
    const { topology, diagnostics } = checked(spec(''))
    expect(diagnostics.filter((d) => d.rule === 'topology/third-party-jar').map((d) => [d.severity, d.pointer])).toEqual([['warning', '/keyManager/thirdParty']])
    const section = topology.sections['key-managers'] as KeyManagersSection
    expect(section.manualSteps[0]!.commands).toEqual(['cp <the jar that holds org.wso2.okta.client.OktaOAuthClient> "$APIM_HOME/repository/components/lib/"'])
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
