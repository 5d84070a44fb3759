/**
 * conf/micro-gw.conf of an API Microgateway 3.2 node (seed 004, S4.1–S4.3): the product defaults
 * with the plan's listener ports, key manager and key manager security, serialised with smol-toml.
 */
import { stringify } from 'smol-toml'
import type { MicrogatewayPlan } from '../../plan/microgateway.js'
import type { NodePlan } from '../../plan/types.js'
import type { NodeFileRenderer } from '../types.js'
import { microGwDefaults, type TomlTable } from './defaults.js'

const PATH = 'conf/micro-gw.conf'

const tableAt = (root: TomlTable, ...keys: string[]): TomlTable => {
  let t: TomlTable = root
  for (const k of keys) t = t[k] as TomlTable
  return t
}

/** Drops undefined values: a key the plan leaves out is read from the environment at start. */
const defined = (t: Record<string, string | number | boolean | undefined>): TomlTable =>
  Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined)) as TomlTable

/** The whole micro-gw.conf as a TOML object. */
export function microGwConf(plan: MicrogatewayPlan): TomlTable {
  const conf = microGwDefaults()
  Object.assign(tableAt(conf, 'listenerConfig'), plan.listener)
  const { serverUrl, tokenContext, timestampSkew, external, legacyMode } = plan.keyManager
  // 3.1 reads `external`; 3.2 ignores it and reads `enableLegacyMode` (product-microgateway v3.2.0 constants.bal).
  conf.keyManager = { serverUrl, tokenContext, timestampSkew, external, enableLegacyMode: legacyMode }
  const security = tableAt(conf, 'keymanager', 'security')
  security.basic = defined({ ...plan.security.basic })
  const { clientCredential, password, directToken, refresh, ...oauth2 } = plan.security.oauth2
  security.oauth2 = { ...oauth2, clientCredential: { ...clientCredential }, password: { ...password }, directToken: { ...directToken }, refresh: { ...refresh } }
  const issuers = conf.jwtTokenConfig as TomlTable[]
  issuers[0] = { ...issuers[0], issuer: plan.jwt.issuer, certificateAlias: plan.jwt.certificateAlias }
  return conf
}

function sectionOf(node: NodePlan): MicrogatewayPlan {
  const plan = node.sections.microgateway as MicrogatewayPlan | undefined
  if (!plan) throw new Error(`node ${node.name} has no microgateway plan`)
  return plan
}

export const microGwRenderer: NodeFileRenderer = {
  matches: (path, node) => path === PATH && node.product === 'microgateway-3.2.0',
  render: (node) => {
    const text = stringify(microGwConf(sectionOf(node)))
    return text.endsWith('\n') ? text : `${text}\n`
  },
}
