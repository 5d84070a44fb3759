/**
 * keymanagers/<name>.json: the Admin REST API payload that registers a third-party key manager on
 * apim-4.7.0 (POST /api/am/admin/v4/key-managers). The planner builds and validates the body; this
 * renderer only writes it as JSON.
 */
import type { KeyManagersSection } from '../../plan/key-managers.js'
import type { TopologyPlan } from '../../plan/types.js'
import type { TopologyRenderer } from '../types.js'

const ENV_REF = /\$env\{([A-Za-z_][A-Za-z0-9_]*)\}/g

/**
 * Two-space JSON with a final newline; key order is the payload's own (fixed by the planner).
 * `$env{NAME}` is written as `${NAME}`, the form `envsubst` fills in when the payload is posted.
 */
export const payloadJson = (body: unknown): string =>
  JSON.stringify(body, (_key, value: unknown) => (typeof value === 'string' ? value.replace(ENV_REF, (_m, name: string) => `\${${name}}`) : value), 2) + '\n'

export const thirdPartyKeyManagerRenderer: TopologyRenderer = {
  id: 'third-party-key-managers',
  render(topology: TopologyPlan): Record<string, string> {
    const section = topology.sections['key-managers'] as KeyManagersSection | undefined
    return Object.fromEntries((section?.payloads ?? []).map((p) => [p.file, payloadJson(p.body)]))
  },
}
