/**
 * JWT generation on every gateway, not only on the key manager.
 *
 * Source: "Deploying WSO2 API-M in a Distributed Setup" (API-M 2.6.0 docs), step 6.6.3 (Passing
 * enduser attributes to the backend using JWT): enable it in all Gateway and Key Manager components.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderSpec } from '../../src/pipeline.js'
import { FIXTURES } from '../helpers/golden.js'

const jwtBlock = (xml: string): string => /<JWTConfiguration>[\s\S]*?<\/JWTConfiguration>/.exec(xml)?.[0] ?? ''

describe('JWTConfiguration with keyManager.jwt.enabled', () => {
  it('gateways carry the key manager settings; nodes without a gateway or key manager do not generate', async () => {
    const { files } = await renderSpec(join(FIXTURES, '26-distributed-shared-fs', 'topology.yaml'))
    const conf = (node: string) => jwtBlock(files.get(`nodes/${node}/repository/conf/api-manager.xml`)!)
    const km = conf('iskm')
    expect(km).toContain('<EnableJWTGeneration>true</EnableJWTGeneration>')
    for (const gw of ['gw-a', 'gw-b']) expect(conf(gw), gw).toBe(km)
    expect(conf('pub')).not.toContain('EnableJWTGeneration')
  })

  it('an all-in-one node with an IS key manager generates too', async () => {
    const { files } = await renderSpec(join(FIXTURES, '26-single-is-km-same-host', 'topology.yaml'))
    expect(jwtBlock(files.get('nodes/apim/repository/conf/api-manager.xml')!)).toContain('<SignatureAlgorithm>SHA256withRSA</SignatureAlgorithm>')
  })
})
