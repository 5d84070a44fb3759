/**
 * Shared file system gateways: no rsync choices.
 *
 * Sources (API-M 2.6.0 docs): "Configuring an Active-Active Deployment" (set the second node's
 * APIGateway ServerURL to the first node only if you are using rsync); "Distributed Deployment of the
 * Gateway", step 2 (with a shared file system all nodes have manager and worker capability) and step 4
 * (start each gateway with `sh <API-M_GATEWAY_HOME>/bin/wso2server.sh`).
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderSpec } from '../../src/pipeline.js'
import { FIXTURES } from '../helpers/golden.js'

const serverUrl = (xml: string): string => /<Environment [^>]*>[\s\S]*?<ServerURL>([^<]*)<\/ServerURL>/.exec(xml)?.[1] ?? ''

describe('gatewayArtifactSync: shared-fs (2.6.0)', () => {
  it('each all-in-one node deploys APIs into its own gateway', async () => {
    const { files } = await renderSpec(join(FIXTURES, '26-active-active-is-km-ha', 'topology.yaml'))
    for (const n of ['apim-1', 'apim-2']) {
      expect(serverUrl(files.get(`nodes/${n}/repository/conf/api-manager.xml`)!), n).toBe('https://localhost:${mgt.transport.https.port}${carbon.context}services/')
    }
  })

  it('gateway nodes start without the gateway-worker profile', async () => {
    const { files } = await renderSpec(join(FIXTURES, '26-distributed-shared-fs', 'topology.yaml'))
    const readme = files.get('README.md')!
    expect(readme).not.toContain('-Dprofile=gateway-worker')
    expect(readme).toMatch(/# on gw-a \(10\.2\.0\.21\)\n\s*cd \/opt\/wso2am-2\.6\.0 && sh bin\/wso2server\.sh\n/)
  })

  it('rsync keeps the gateway-worker profile', async () => {
    const { files } = await renderSpec(join(FIXTURES, '26-distributed-rsync', 'topology.yaml'))
    expect(files.get('README.md')).toContain('sh bin/wso2server.sh -Dprofile=gateway-worker')
  })
})
