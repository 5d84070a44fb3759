/**
 * Registry indexing follows the node's profile: the API-M 2.x profile setup for gateway-worker turns
 * off registry.xml indexingConfiguration/startIndexing (the public Ansible 2.6.0 gateway-worker role
 * writes false as well); the rendered file must not switch it back on.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderSpec } from '../../src/pipeline.js'
import { FIXTURES } from '../helpers/golden.js'

const indexing = (xml: string): string | undefined => /<startIndexing>([^<]*)<\/startIndexing>/.exec(xml)?.[1]

describe('registry indexing (2.6.0)', () => {
  it('off on gateway workers, on for the publisher', async () => {
    const { files } = await renderSpec(join(FIXTURES, '26-distributed-rsync', 'topology.yaml'))
    expect(indexing(files.get('nodes/gw-1/repository/conf/registry.xml')!)).toBe('false')
    expect(indexing(files.get('nodes/publisher/repository/conf/registry.xml')!)).toBe('true')
  })
})
