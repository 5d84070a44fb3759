/**
 * What lint reads: the files of a configuration folder, grouped by node. The folder may be one
 * node's `repository/conf`, a node folder, a `nodes/` tree, or a whole render output folder.
 */
import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { parse as parseTomlText, TomlError } from 'smol-toml'
import { UsageError } from '../diagnostics/diagnostic.js'
import { tomlKeyOffsets } from '../spec/toml.js'
import { LineIndex, type Position } from '../spec/positions.js'
import { readFileBounded, skipReason, walkFiles } from '../util/walk.js'
import { MANIFEST } from '../write/manifest.js'
import { parseXml, XmlSyntaxError, type XmlElement } from './xml.js'

export type Layout = 'output' | 'nodes' | 'node' | 'conf'

export interface TomlDoc {
  data: Record<string, unknown>
  /** Position of a key by JSON pointer (`/apim/key_manager/service_url`, `/event_listener/0/id`). */
  at(pointer: string): Position | undefined
}

export class LintFile {
  private xmlCache?: XmlElement | XmlSyntaxError
  private tomlCache?: TomlDoc | TomlError
  private linesCache?: LineIndex

  constructor(
    /** `/`-separated path relative to the lint root. */
    readonly rel: string,
    /** Path for people: the root as given joined with `rel`. */
    readonly display: string,
    readonly text: string,
  ) {}

  get kind(): 'xml' | 'toml' | 'other' {
    if (this.rel.endsWith('.xml')) return 'xml'
    if (this.rel.endsWith('.toml') || this.rel.endsWith('/micro-gw.conf') || this.rel === 'micro-gw.conf') return 'toml'
    return 'other'
  }

  /** The parsed document, or the syntax error that stopped parsing. */
  xmlResult(): XmlElement | XmlSyntaxError {
    if (!this.xmlCache) {
      try {
        this.xmlCache = parseXml(this.text)
      } catch (err) {
        if (!(err instanceof XmlSyntaxError)) throw err
        this.xmlCache = err
      }
    }
    return this.xmlCache
  }

  /** The root element, or undefined when the file is not well-formed (the syntax rule reports that). */
  xml(): XmlElement | undefined {
    const r = this.xmlResult()
    return r instanceof XmlSyntaxError ? undefined : r
  }

  tomlResult(): TomlDoc | TomlError {
    if (!this.tomlCache) {
      try {
        const data = parseTomlText(this.text) as Record<string, unknown>
        let offsets: Map<string, number> | undefined
        this.tomlCache = {
          data,
          at: (pointer) => {
            const offset = (offsets ??= tomlKeyOffsets(this.text)).get(pointer)
            return offset === undefined ? undefined : this.position(offset)
          },
        }
      } catch (err) {
        if (!(err instanceof TomlError)) throw err
        this.tomlCache = err
      }
    }
    return this.tomlCache
  }

  toml(): TomlDoc | undefined {
    const r = this.tomlResult()
    return r instanceof TomlError ? undefined : r
  }

  position(offset: number): Position {
    return (this.linesCache ??= new LineIndex(this.text)).at(offset)
  }
}

/** An entry that was not read. */
export interface Unread {
  /** Its path; the text is empty. */
  file: LintFile
  /** What it is or why it was not read: "symlink", "larger than 4 MB (…)". */
  reason: string
  /** Named like a file lint reads (a configuration file, MANIFEST.json, a load balancer file). */
  configuration: boolean
}

/** A node as MANIFEST.json describes it. */
export interface ManifestNode {
  name: string
  role?: string
  product?: string
  host?: string
  portOffset?: number
}

export interface LintNode {
  name: string
  /** The node's configuration folder relative to the lint root ('' when the root is that folder). */
  confDir: string
  /** Files of the configuration folder, by path relative to it (`registry.xml`, `datasources/x.xml`). */
  files: Map<string, LintFile>
  manifest?: ManifestNode
}

export interface LintTree {
  /** The folder as given. */
  root: string
  layout: Layout
  /** Every file read (XML, TOML, MANIFEST.json, nginx.conf), sorted by path. */
  files: LintFile[]
  /**
   * Entries that were not read, with why: symbolic links (never followed), special files,
   * unreadable folders, files over the size bound. Their text is empty.
   */
  skipped: Unread[]
  nodes: LintNode[]
  /** Load balancer front ends found in loadbalancer/*.conf: host names and listening ports. */
  balancers: { host: string; ports: number[] }[]
}

/** Folders never worth reading. */
const SKIP_DIRS = new Set(['.git', 'node_modules'])

/** A real folder: a link to one is not entered (only the root given to lint may be a link). */
const isDir = (p: string): boolean => lstatSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false
const isFile = (p: string): boolean => lstatSync(p, { throwIfNoEntry: false })?.isFile() ?? false

/** The names in a folder, sorted; none when it cannot be read (the walk reports that folder). */
function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir).sort()
  } catch {
    return []
  }
}

/** The configuration folder inside a node folder, relative to it, or undefined when it has none. */
function confOf(nodeDir: string): string | undefined {
  if (isDir(join(nodeDir, 'repository', 'conf'))) return 'repository/conf'
  if (isDir(join(nodeDir, 'conf'))) return 'conf'
  return undefined
}

const WANTED = (rel: string): boolean => /\.(xml|toml)$/.test(rel) || rel.endsWith('micro-gw.conf') || rel === MANIFEST || /^loadbalancer\/.+\.conf$/.test(rel)

/** Reads the folder; throws UsageError when it does not exist or is not a folder. */
export function readLintTree(root: string): LintTree {
  if (!existsSync(root)) throw new UsageError(`cannot lint ${root}: the folder does not exist`)
  if (!statSync(root).isDirectory()) throw new UsageError(`cannot lint ${root}: it is not a folder (give a configuration folder, a node folder or a render output folder)`)
  const files: LintFile[] = []
  const skipped: Unread[] = []
  for (const e of walkFiles(root, SKIP_DIRS)) {
    const unread = (reason: string): void => void skipped.push({ file: new LintFile(e.path, join(root, e.path), ''), reason, configuration: WANTED(e.path) })
    // every link and unreadable folder is reported, whatever its name: a link's target is never read
    if (e.kind === 'symlink' || e.kind === 'unreadable') unread(skipReason(e.kind))
    else if (!WANTED(e.path)) continue
    else if (e.kind === 'special') unread(skipReason(e.kind))
    else {
      const r = readFileBounded(e.full)
      if (r.ok) files.push(new LintFile(e.path, join(root, e.path), r.data.toString('utf8')))
      else unread(r.reason)
    }
  }
  const byRel = new Map(files.map((f) => [f.rel, f]))

  // Where the nodes are.
  let layout: Layout
  let nodeDirs: { name: string; dir: string }[] // dir relative to root ('' = root)
  if (isDir(join(root, 'nodes'))) {
    layout = 'output'
    nodeDirs = namesIn(join(root, 'nodes')).filter((n) => isDir(join(root, 'nodes', n))).map((n) => ({ name: n, dir: `nodes/${n}` }))
  } else if (isDir(join(root, 'repository', 'conf')) || isFile(join(root, 'conf', 'micro-gw.conf'))) {
    layout = 'node'
    nodeDirs = [{ name: basename(resolve(root)), dir: '' }]
  } else {
    const children = namesIn(root).filter((n) => !SKIP_DIRS.has(n) && isDir(join(root, n)) && confOf(join(root, n)) !== undefined)
    if (children.length > 0) {
      layout = 'nodes'
      nodeDirs = children.map((n) => ({ name: n, dir: n }))
    } else {
      layout = 'conf'
      const abs = resolve(root)
      const name = abs.endsWith(`${join('repository', 'conf')}`) ? basename(resolve(abs, '..', '..')) : basename(abs)
      nodeDirs = [{ name, dir: '' }]
    }
  }

  const manifestNodes = readManifestNodes(byRel.get(MANIFEST))
  const nodes: LintNode[] = nodeDirs.map(({ name, dir }) => {
    const nodeAbs = dir === '' ? root : join(root, dir)
    const conf = layout === 'conf' ? '' : confOf(nodeAbs)
    const confDir = conf === undefined ? dir : [dir, conf].filter((s) => s !== '').join('/')
    const prefix = confDir === '' ? '' : `${confDir}/`
    const own = files.filter((f) => f.rel.startsWith(prefix) && f.rel !== MANIFEST)
    const manifest = manifestNodes.get(name)
    return {
      name,
      confDir,
      files: new Map(own.map((f) => [f.rel.slice(prefix.length), f])),
      ...(manifest ? { manifest } : {}),
    }
  })
  return { root, layout, files, skipped, nodes, balancers: files.filter((f) => f.rel.startsWith('loadbalancer/')).flatMap((f) => balancersOf(f.text)) }
}

function readManifestNodes(file: LintFile | undefined): Map<string, ManifestNode> {
  const out = new Map<string, ManifestNode>()
  if (!file) return out
  try {
    const m = JSON.parse(file.text) as { nodes?: unknown }
    if (!Array.isArray(m.nodes)) return out
    for (const n of m.nodes as Record<string, unknown>[]) {
      if (typeof n?.name !== 'string') continue
      out.set(n.name, {
        name: n.name,
        ...(typeof n.role === 'string' ? { role: n.role } : {}),
        ...(typeof n.product === 'string' ? { product: n.product } : {}),
        ...(typeof n.host === 'string' ? { host: n.host } : {}),
        ...(typeof n.portOffset === 'number' ? { portOffset: n.portOffset } : {}),
      })
    }
  } catch {
    // A broken manifest only means lint knows less about the nodes.
  }
  return out
}

/** `server { listen 443 ssl; server_name a b; }` blocks of an nginx configuration. */
export function balancersOf(text: string): { host: string; ports: number[] }[] {
  const out: { host: string; ports: number[] }[] = []
  const clean = text.replace(/#[^\n]*/g, '')
  const re = /\bserver\s*\{/g
  for (let m = re.exec(clean); m; m = re.exec(clean)) {
    let depth = 1
    let i = m.index + m[0].length
    for (; i < clean.length && depth > 0; i++) {
      if (clean[i] === '{') depth++
      else if (clean[i] === '}') depth--
    }
    const body = clean.slice(m.index + m[0].length, i - 1)
    const ports = [...body.matchAll(/\blisten\s+(?:[^\s;:]+:)?(\d+)/g)].map((x) => Number(x[1]))
    const names = [...body.matchAll(/\bserver_name\s+([^;]+);/g)].flatMap((x) => x[1]!.trim().split(/\s+/))
    for (const host of names) if (host !== '_' && ports.length > 0) out.push({ host, ports })
  }
  return out
}
