/** MANIFEST.json: what was rendered, from which spec, by which version; drives safe overwrite and --check. */
import { createHash } from 'node:crypto'
import type { TopologyPlan } from '../plan/types.js'
import { canonicalJson } from '../util/canonical.js'
import { TOOL_VERSION } from '../util/version.js'
import { secretFiles } from './secrets.js'

export const MANIFEST = 'MANIFEST.json'

/** Version of the MANIFEST.json layout; the tool version beside it is information only. */
export const MANIFEST_FORMAT = 1

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')

/** Mode of a file that holds a literal secret: readable by its owner only. */
export const SECRET_MODE = 0o600

export function manifestFor(topology: TopologyPlan, spec: unknown, files: ReadonlyMap<string, string>): string {
  const secret = secretFiles(spec, files)
  const manifest = {
    tool: 'wso2cfg',
    format: MANIFEST_FORMAT,
    version: TOOL_VERSION,
    spec: { sha256: sha256(canonicalJson(spec)) },
    name: topology.name,
    platform: topology.platform,
    nodes: topology.nodes.map((n) => ({
      name: n.name,
      role: n.role,
      product: n.product,
      host: n.host,
      portOffset: n.portOffset,
    })),
    // `mode` only on files written with a mode other than the umask's default
    files: [...files.entries()].map(([path, content]) =>
      secret.has(path) ? { path, sha256: sha256(content), mode: '0600' } : { path, sha256: sha256(content) },
    ),
  }
  return JSON.stringify(manifest, null, 2) + '\n'
}

/** The whole output tree, exactly as `render` writes it and `render --check` compares it: the files plus MANIFEST.json. */
export function outputTree(topology: TopologyPlan, spec: unknown, files: ReadonlyMap<string, string>): Map<string, string> {
  const tree = new Map(files)
  tree.set(MANIFEST, manifestFor(topology, spec, files))
  return tree
}

export interface Listing {
  /** Every file the manifest lists, MANIFEST.json included. */
  files: Set<string>
  /** Files the manifest gives an explicit mode. */
  modes: Map<string, number>
}

const safeRel = (p: unknown): p is string =>
  typeof p === 'string' && p !== '' && !p.startsWith('/') && !p.includes('\\') && !p.split('/').some((s) => s === '' || s === '.' || s === '..')

/** The files a MANIFEST.json text lists; undefined when it is not a manifest this tool wrote. */
export function parseListing(text: string): Listing | undefined {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    return undefined
  }
  if (!doc || typeof doc !== 'object' || (doc as { tool?: unknown }).tool !== 'wso2cfg') return undefined
  const entries = (doc as { files?: unknown }).files
  if (!Array.isArray(entries)) return undefined
  const files = new Set<string>([MANIFEST])
  const modes = new Map<string, number>()
  for (const e of entries) {
    const path = (e as { path?: unknown } | null)?.path
    if (!safeRel(path)) continue // never act on a path outside the folder, whatever the manifest says
    files.add(path)
    const mode = (e as { mode?: unknown }).mode
    if (typeof mode === 'string' && /^0[0-7]{3}$/.test(mode)) modes.set(path, Number.parseInt(mode, 8))
  }
  return { files, modes }
}
