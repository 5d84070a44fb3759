/** Which product and profile each role runs, per platform and key manager type. */
import type { KeyManagerType, NodeSpec, Platform, Role } from '../model/spec.js'
import type { Product } from './types.js'

export interface ProductChoice {
  product: Product
  profile: string
}

const MICROGATEWAY: ProductChoice = { product: 'microgateway-3.2.0', profile: 'default' }

const KEY_MANAGER_26: Partial<Record<KeyManagerType, ProductChoice>> = {
  resident: { product: 'apim-2.6.0', profile: 'api-key-manager' },
  'is-km': { product: 'is-km-5.7.0', profile: 'default' },
  'ob-km': { product: 'ob-km-1.5.0', profile: 'default' },
}

const APIM_26: Partial<Record<Role, string>> = {
  'all-in-one': 'default',
  publisher: 'api-publisher',
  store: 'api-store',
  'gateway-manager': 'default',
  'gateway-worker': 'gateway-worker',
  'traffic-manager': 'traffic-manager',
}

const APIM_47: Partial<Record<Role, string>> = {
  'all-in-one': 'default',
  'control-plane': 'control-plane',
  gateway: 'gateway-worker',
  'traffic-manager': 'traffic-manager',
}

/**
 * `artifactSync` is spec.gatewayArtifactSync: with a shared file system every 2.6.0 gateway node has
 * manager and worker capability and starts plainly ("Distributed Deployment of the Gateway", step 4:
 * `sh bin/wso2server.sh`); the gateway-worker profile belongs to the rsync pattern.
 */
export function productOf(platform: Platform, kmType: KeyManagerType, node: NodeSpec, artifactSync?: string): ProductChoice {
  if (node.role === 'microgateway') return MICROGATEWAY
  if (platform === 'apim-2.6.0') {
    if (node.role === 'key-manager') return KEY_MANAGER_26[kmType] ?? { product: 'apim-2.6.0', profile: 'api-key-manager' }
    if (node.role === 'gateway-worker' && artifactSync === 'shared-fs') return { product: 'apim-2.6.0', profile: 'default' }
    return { product: 'apim-2.6.0', profile: APIM_26[node.role] ?? 'default' }
  }
  if (node.role === 'key-manager') {
    return kmType === 'is7' ? { product: 'is-7.2.0', profile: 'default' } : { product: 'apim-4.7.0', profile: 'key-manager' }
  }
  return { product: 'apim-4.7.0', profile: APIM_47[node.role] ?? 'default' }
}
