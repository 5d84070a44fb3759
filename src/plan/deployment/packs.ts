/** The product pack each node runs: folder name, start command, store types. */
import type { NodePlan, Product } from '../types.js'
import type { StoreType } from './types.js'

export interface Pack {
  pack: string
  start: string
  startNote?: string
  /** Run once in PRODUCT_HOME before the rendered files are copied in. */
  profileSetup?: string
}

/** API Manager 4.7.0 ships one pack per profile (from 4.5.0 on; -Dprofile is gone). */
const APIM_47: Record<string, Pack> = {
  default: { pack: 'wso2am-4.7.0', start: 'sh bin/api-manager.sh' },
  'control-plane': { pack: 'wso2am-acp-4.7.0', start: 'sh bin/api-cp.sh' },
  'key-manager': { pack: 'wso2am-acp-4.7.0', start: 'sh bin/api-cp.sh' },
  'gateway-worker': { pack: 'wso2am-universal-gw-4.7.0', start: 'sh bin/gateway.sh' },
  'traffic-manager': { pack: 'wso2am-tm-4.7.0', start: 'sh bin/traffic-manager.sh' },
}

/**
 * PITFALL 27: the profile optimiser edits configuration files in place when the server starts. The
 * profile's setup runs once before the files are copied in (README step "Copy the files").
 */
const optimiseNote = (): string =>
  `start without --optimize: it would rewrite api-manager.xml, axis2.xml and registry.xml over the rendered files ` +
  `(the profile setup already ran before the files were copied in)`

export function packOf(product: Product, profile: string): Pack {
  switch (product) {
    case 'apim-2.6.0':
      return profile === 'default'
        ? { pack: 'wso2am-2.6.0', start: 'sh bin/wso2server.sh' }
        : {
            pack: 'wso2am-2.6.0',
            start: `sh bin/wso2server.sh -Dprofile=${profile}`,
            startNote: optimiseNote(),
            profileSetup: `sh bin/profileSetup.sh -Dprofile=${profile}`,
          }
    case 'is-km-5.7.0':
      return { pack: 'wso2is-km-5.7.0', start: 'sh bin/wso2server.sh' }
    case 'ob-km-1.5.0':
      return { pack: 'wso2-obkm-1.5.0', start: 'sh bin/wso2server.sh' }
    case 'apim-4.7.0':
      return APIM_47[profile] ?? APIM_47.default!
    case 'is-7.2.0':
      return { pack: 'wso2is-7.2.0', start: 'sh bin/wso2server.sh' }
    case 'microgateway-3.2.0':
      return { pack: 'wso2am-micro-gw-3.2.0', start: "bash bin/gateway '<path to the API project .jar>'" }
  }
}

/** Key store and trust store of a product, relative to its home. */
export interface Stores {
  keystore: string
  truststore: string
  storeType: StoreType
}

const SECURITY = 'repository/resources/security/'

export interface KeystoreNames {
  file?: string | undefined
  truststoreFile?: string | undefined
}

export function storesOf(product: Product, names: KeystoreNames): Stores {
  switch (product) {
    case 'is-7.2.0':
      // Identity Server 7 ships PKCS12 stores.
      return { keystore: `${SECURITY}wso2carbon.p12`, truststore: `${SECURITY}client-truststore.p12`, storeType: 'PKCS12' }
    case 'microgateway-3.2.0':
      // The microgateway runtime keeps its stores under runtime/bre/security (micro-gw.conf defaults).
      return { keystore: 'runtime/bre/security/ballerinaKeystore.p12', truststore: 'runtime/bre/security/ballerinaTruststore.p12', storeType: 'PKCS12' }
    default:
      return {
        keystore: SECURITY + (names.file ?? 'wso2carbon.jks'),
        truststore: SECURITY + (names.truststoreFile ?? 'client-truststore.jks'),
        storeType: 'JKS',
      }
  }
}

/** Certificate group per product: nodes of one product share one key pair. */
export function certificateGroupOf(product: Product): string | undefined {
  switch (product) {
    case 'apim-2.6.0':
    case 'apim-4.7.0':
      return 'apim'
    case 'is-km-5.7.0':
      return 'is-km'
    case 'ob-km-1.5.0':
      return 'ob-km'
    case 'is-7.2.0':
      return 'is7'
    case 'microgateway-3.2.0':
      return undefined
  }
}

/**
 * PRODUCT_HOME on the node's host: `/opt/<pack>`, or `/opt/<node>/<pack>` when another node on the
 * same host runs the same pack.
 */
export function homeOf(node: NodePlan, nodes: readonly NodePlan[]): string {
  const { pack } = packOf(node.product, node.profile)
  const names = namesByHostAndPack(nodes).get(`${node.host}\0${pack}`)
  const shared = names !== undefined && names.size > (names.has(node.name) ? 1 : 0)
  return shared ? `/opt/${node.name}/${pack}` : `/opt/${pack}`
}

/** Node names per host and pack, counted once per node list (homeOf is asked for every node). */
const byHostAndPack = new WeakMap<readonly NodePlan[], { length: number; names: Map<string, Set<string>> }>()

function namesByHostAndPack(nodes: readonly NodePlan[]): Map<string, Set<string>> {
  const cached = byHostAndPack.get(nodes)
  if (cached && cached.length === nodes.length) return cached.names
  const names = new Map<string, Set<string>>()
  for (const o of nodes) {
    const key = `${o.host}\0${packOf(o.product, o.profile).pack}`
    let set = names.get(key)
    if (!set) names.set(key, (set = new Set()))
    set.add(o.name)
  }
  byHostAndPack.set(nodes, { length: nodes.length, names })
  return names
}
