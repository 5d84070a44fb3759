/**
 * Answers → topology.yaml text: a commented spec that starts with the yaml-language-server schema
 * line. Pure; the YAML library does all quoting, so any answer stays one value.
 */
import { Document, isMap, isScalar, isSeq, type Pair, type YAMLMap } from 'yaml'
import type { Spec } from '../model/spec.js'
import type { InitAnswers } from './types.js'

/** The spec object, keys in the order of the documented example. */
export function specOf(a: InitAnswers): Spec {
  const km: Spec['keyManager'] = { type: a.keyManager.type }
  if (a.keyManager.loadBalancer) km.loadBalancer = { host: a.keyManager.loadBalancer }
  if (a.keyManager.thirdParty) km.thirdParty = a.keyManager.thirdParty
  const { host, port, username, password } = a.database
  const db: NonNullable<Spec['database']> = {
    type: a.database.type,
    ...(host !== undefined ? { host } : {}),
    ...(port !== undefined ? { port } : {}),
    ...(username !== undefined ? { username } : {}),
    ...(password !== undefined ? { password } : {}),
  }
  return {
    name: a.name,
    platform: a.platform,
    pattern: a.pattern,
    keyManager: km,
    database: db,
    ...(a.admin ? { admin: { ...a.admin } } : {}),
    ...(a.loadBalancer ? { loadBalancer: { ...a.loadBalancer } } : {}),
    ...(a.gatewayArtifactSync ? { gatewayArtifactSync: a.gatewayArtifactSync } : {}),
    nodes: a.nodes.map((n) => ({ name: n.name, role: n.role, host: n.host, ...(n.portOffset !== undefined ? { portOffset: n.portOffset } : {}) })),
  }
}

const COMMENTS: Record<string, string> = {
  name: 'Deployment name (lowercase letters, digits, hyphens): titles the generated README and diagram.',
  platform: 'apim-2.6.0 renders the XML configuration files; apim-4.7.0 renders deployment.toml.',
  pattern: 'single-node | active-active (several all-in-one nodes) | distributed (one node per profile).',
  keyManager: 'Who issues and validates tokens: resident, is-km or ob-km (apim-2.6.0), is7 (apim-4.7.0), third-party.\nSeveral key-manager nodes are reached through keyManager.loadBalancer.',
  database: 'The server that holds the shared databases; render writes database/<type>-setup.sql for it.\n$secret{alias} is encrypted on the nodes with the cipher tool, $env{NAME} is read from the environment (apim-4.7.0).',
  admin: 'The super admin account of the products.',
  loadBalancer: 'The name clients and nodes use for API Manager; render writes the Nginx configuration for it.',
  gatewayArtifactSync: 'How gateways share deployed APIs: rsync (from the gateway manager) or shared-fs (one shared folder).',
  nodes: 'One entry per server process; the name becomes its output folder (nodes/<name>/).\nportOffset: auto picks the lowest free offset on the host; nodes sharing a host need distinct offsets.',
}

export interface BuildOptions {
  /** Path or URL of schemas/topology.schema.json, for the yaml-language-server line. */
  schema: string
}

export function buildSpec(answers: InitAnswers, opts: BuildOptions): string {
  const doc = new Document(specOf(answers))
  const root = doc.contents as YAMLMap
  for (const item of root.items as Pair[]) {
    const key = isScalar(item.key) ? String(item.key.value) : ''
    const comment = COMMENTS[key]
    if (comment && isScalar(item.key)) item.key.commentBefore = comment.split('\n').map((l) => ` ${l}`).join('\n')
    // Short mappings read best on one line, as in the documented example.
    if (key === 'loadBalancer' && isMap(item.value)) item.value.flow = true
    if (key === 'nodes' && isSeq(item.value)) for (const n of item.value.items) if (isMap(n)) n.flow = true
    if (key === 'keyManager' && isMap(item.value)) {
      const lb = item.value.items.find((p) => isScalar(p.key) && p.key.value === 'loadBalancer')
      if (lb && isMap(lb.value)) lb.value.flow = true
    }
  }
  doc.commentBefore = [` yaml-language-server: $schema=${opts.schema.replace(/[\r\n]/g, '')}`, ` ${answers.name}: written by wso2cfg init. Check it with: wso2cfg validate <this file>`].join('\n')
  return doc.toString({ lineWidth: 0 })
}
