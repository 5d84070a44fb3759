/** Render apim-4.7.0 fixtures and specs in process; read their deployment.toml files with @iarna/toml. */
import { join } from 'node:path'
import TOML from '@iarna/toml'
import { readdirSync } from 'node:fs'
import type { Spec } from '../../src/model/spec.js'
import { check } from '../../src/pipeline.js'
import { plan } from '../../src/plan/index.js'
import type { TopologyPlan } from '../../src/plan/types.js'
import { render } from '../../src/render/index.js'
import { FIXTURES } from '../helpers/golden.js'

export type Toml = Record<string, any>

export interface RenderedCase {
  topology: TopologyPlan
  files: Map<string, string>
}

/** Every fixture case of the apim-4.7.0 platform. */
export const modernCases = (): string[] =>
  readdirSync(FIXTURES)
    .filter((d) => d.startsWith('47-'))
    .sort()

export async function renderFixture(name: string): Promise<RenderedCase> {
  const checked = await check(join(FIXTURES, name, 'topology.yaml'))
  return { topology: checked.topology, files: render(checked.topology) }
}

/** Plans and renders a spec object that is known to be valid (no spec-file loading). */
export function renderSpecObject(spec: Spec): RenderedCase {
  const { plan: topology } = plan(spec)
  return { topology, files: render(topology) }
}

export const tomlPath = (node: string): string => `nodes/${node}/repository/conf/deployment.toml`

export function tomlOf(c: RenderedCase, node: string): Toml {
  const text = c.files.get(tomlPath(node))
  if (text === undefined) throw new Error(`no deployment.toml for node ${node}`)
  return TOML.parse(text) as Toml
}

/** Every deployment.toml of a rendered case, by node name. */
export function tomlFiles(c: RenderedCase): [node: string, text: string][] {
  return [...c.files]
    .filter(([p]) => p.endsWith('/repository/conf/deployment.toml'))
    .map(([p, text]) => [p.split('/')[1]!, text])
}

export const productOf = (c: RenderedCase, node: string): string => c.topology.nodes.find((n) => n.name === node)!.product

/** A small valid apim-4.7.0 spec with IS 7 as key manager, for variations. */
export const is7Spec = (extra: Partial<Spec> = {}): Spec => ({
  name: 'is7-test',
  platform: 'apim-4.7.0',
  pattern: 'single-node',
  keyManager: { type: 'is7' },
  database: { type: 'mysql', host: 'db.internal', username: 'wso2', password: 'db-pass' },
  admin: { username: 'admin', password: 'admin-pass' },
  tenantSharing: { direction: 'apim-to-is', username: 'isadmin', password: 'is-pass' },
  mutualTls: { trustedIssuer: 'CN=apim, O=Example', allowedUsernames: ['admin'] },
  nodes: [
    { name: 'apim', role: 'all-in-one', host: 'apim.internal' },
    { name: 'is', role: 'key-manager', host: 'is.internal' },
  ],
  ...extra,
})
