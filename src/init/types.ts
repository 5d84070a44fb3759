/** The answers of `wso2cfg init`: everything the spec it writes is built from. */
import type { DatabaseType, KeyManagerType, Pattern, Platform, Role, ThirdPartySpec } from '../model/spec.js'

export interface InitNode {
  name: string
  role: Role
  host: string
  portOffset?: number | 'auto'
}

export interface InitAnswers {
  name: string
  platform: Platform
  pattern: Pattern
  keyManager: {
    type: KeyManagerType
    /** Host name of the load balancer in front of several key manager nodes. */
    loadBalancer?: string
    thirdParty?: ThirdPartySpec
  }
  database: { type: DatabaseType; host?: string; port?: number; username?: string; password?: string }
  admin?: { username: string; password: string }
  loadBalancer?: { host: string; gatewayHost?: string }
  gatewayArtifactSync?: 'rsync' | 'shared-fs'
  nodes: InitNode[]
}
