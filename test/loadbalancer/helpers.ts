/**
 * Helpers for the load balancer tests: plan a fixture or a spec object, render its Nginx files, read
 * them back with a small independent Nginx parser, and find the real `nginx` and `openssl` binaries.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import type { Spec } from '../../src/model/spec.js'
import { check, checkLoaded } from '../../src/pipeline.js'
import type { TopologyPlan } from '../../src/plan/types.js'
import { nginxRenderer } from '../../src/render/loadbalancer/nginx.js'
import { loadSpecText } from '../../src/spec/load.js'
import { FIXTURES } from '../helpers/golden.js'

export async function planFixture(name: string): Promise<TopologyPlan> {
  return (await check(join(FIXTURES, name, 'topology.yaml'))).topology
}

/** A spec object through the same load, validation and planning as a file. */
export const planSpec = (spec: Spec): TopologyPlan => checkLoaded(loadSpecText('spec.json', JSON.stringify(spec))).topology

export const nginxFiles = (topology: TopologyPlan): Record<string, string> => nginxRenderer.render(topology)

export interface Directive {
  name: string
  args: string[]
  block?: Directive[]
}

/** Tokens of an Nginx file: words (quotes removed), `;`, `{`, `}`; comments dropped. */
function tokens(text: string): string[] {
  const out: string[] = []
  let i = 0
  while (i < text.length) {
    const c = text[i]!
    if (/\s/.test(c)) i++
    else if (c === '#') while (i < text.length && text[i] !== '\n') i++
    else if (c === ';' || c === '{' || c === '}') out.push(text[i++]!)
    else if (c === '"' || c === "'") {
      let word = ''
      i++
      while (i < text.length && text[i] !== c) {
        if (text[i] === '\\' && i + 1 < text.length) i++
        word += text[i++]
      }
      if (i >= text.length) throw new Error('unterminated quoted string')
      i++
      out.push(word)
    } else {
      let word = ''
      while (i < text.length && !/[\s;{}]/.test(text[i]!)) word += text[i++]
      out.push(word)
    }
  }
  return out
}

/** Directives of an Nginx file as a tree. */
export function parseNginx(text: string): Directive[] {
  const toks = tokens(text)
  let pos = 0
  const parseBlock = (nested: boolean): Directive[] => {
    const list: Directive[] = []
    while (pos < toks.length) {
      if (toks[pos] === '}') {
        if (!nested) throw new Error('unexpected }')
        pos++
        return list
      }
      const name = toks[pos++]!
      const args: string[] = []
      while (pos < toks.length && toks[pos] !== ';' && toks[pos] !== '{') args.push(toks[pos++]!)
      if (toks[pos] === ';') {
        pos++
        list.push({ name, args })
      } else if (toks[pos] === '{') {
        pos++
        list.push({ name, args, block: parseBlock(true) })
      } else throw new Error(`directive ${name} has no end`)
    }
    if (nested) throw new Error('missing }')
    return list
  }
  return parseBlock(false)
}

export const all = (ds: readonly Directive[], name: string): Directive[] => ds.filter((d) => d.name === name)

export function upstreamOf(conf: readonly Directive[], name: string): Directive {
  const u = conf.find((d) => d.name === 'upstream' && d.args[0] === name)
  if (!u?.block) throw new Error(`no upstream ${name}`)
  return u
}

/** `host:port` of every server of an upstream. */
export const membersOf = (u: Directive): string[] => all(u.block!, 'server').map((s) => s.args[0]!)

export interface ServerView {
  listen: string[]
  serverName: string
  block: Directive[]
}

export function serversOf(conf: readonly Directive[]): ServerView[] {
  return all(conf, 'server').map((s) => ({
    listen: all(s.block!, 'listen')[0]!.args,
    serverName: all(s.block!, 'server_name')[0]!.args[0]!,
    block: s.block!,
  }))
}

export function serverAt(conf: readonly Directive[], name: string, port: number): ServerView {
  const s = serversOf(conf).find((v) => v.serverName === name && v.listen[0] === String(port))
  if (!s) throw new Error(`no server ${name}:${port}`)
  return s
}

/** location path → upstream name it passes to. */
export function locationsOf(server: ServerView): Map<string, { upstream: string; block: Directive[] }> {
  return new Map(
    all(server.block, 'location').map((l) => {
      const pass = all(l.block!, 'proxy_pass')[0]!.args[0]!
      return [l.args[0]!, { upstream: pass.replace(/^https?:\/\//, ''), block: l.block! }]
    }),
  )
}

/** `proxy_set_header` name → value of a location. */
export const headersOf = (block: readonly Directive[]): Map<string, string> =>
  new Map(all(block, 'proxy_set_header').map((d) => [d.args[0]!, d.args[1]!]))

/** The first working binary among `candidates` (`-v`/`version` exits 0), or undefined. */
function findBinary(candidates: readonly string[], versionArg: string): string | undefined {
  for (const c of candidates) {
    const r = spawnSync(c, [versionArg], { stdio: 'ignore' })
    if (!r.error && r.status === 0) return c
  }
  return undefined
}

export const nginxBinary = (): string | undefined =>
  findBinary(['nginx', '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'], '-v')

export const opensslBinary = (): string | undefined => findBinary(['openssl', '/usr/bin/openssl'], 'version')
