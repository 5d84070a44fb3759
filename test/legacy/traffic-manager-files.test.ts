/**
 * A 2.6.0 traffic manager keeps the axis2.xml and registry.xml its profile installs.
 *
 * Source: "Deploying WSO2 API-M in a Distributed Setup" (API-M 2.6.0 docs), step 6.5: replace axis2.xml
 * and registry.xml of the traffic manager with axis2_TM.xml and registry_TM.xml, which
 * `bin/profileSetup.sh -Dprofile=traffic-manager` does; wso2/kubernetes-apim v2.6.0.9 pattern-3
 * apim-tm-1 ships those variants (Carbon HttpTransportListener/HttpsTransportListener only, no
 * PassThroughHttpListener, no registry mount).
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderSpec } from '../../src/pipeline.js'
import { FIXTURES } from '../helpers/golden.js'

describe('traffic manager files (2.6.0)', () => {
  it('axis2.xml and registry.xml are not rendered for traffic managers, and are for gateways', async () => {
    const { files } = await renderSpec(join(FIXTURES, '26-distributed-rsync', 'topology.yaml'))
    expect(files.has('nodes/tm/repository/conf/axis2/axis2.xml')).toBe(false)
    expect(files.has('nodes/tm/repository/conf/registry.xml')).toBe(false)
    expect(files.has('nodes/tm/repository/conf/api-manager.xml')).toBe(true)
    expect(files.get('nodes/gw-1/repository/conf/axis2/axis2.xml')).toContain('PassThroughHttpListener')
  })

  it('the README runs profileSetup.sh on each profile node before the rsync that copies its files', async () => {
    const { files } = await renderSpec(join(FIXTURES, '26-distributed-rsync', 'topology.yaml'))
    const readme = files.get('README.md')!
    const setup = readme.indexOf('cd /opt/wso2am-2.6.0 && sh bin/profileSetup.sh -Dprofile=traffic-manager')
    const copy = readme.indexOf('rsync -a nodes/tm/ 10.1.0.41:/opt/wso2am-2.6.0/')
    expect(setup).toBeGreaterThan(0)
    expect(copy).toBeGreaterThan(setup)
    expect(readme).not.toContain('once before copying the files in')
  })
})
