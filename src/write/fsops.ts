/**
 * The file-system calls of the writer, in one place. WSO2CFG_FAULT_INJECT makes chosen calls fail
 * the way the operating system would (tests use it for a mount point or a read-only parent, which
 * cannot be set up when they run as root): a comma-separated list of `op:CODE:name`, where `op` is
 * one of the names below and the call fails when the last part of its path is `name` (or starts with
 * it, when `name` ends in `*`).
 */
import * as fs from 'node:fs'
import { basename } from 'node:path'

type Op = 'mkdir' | 'write' | 'rename' | 'link' | 'unlink' | 'open'

interface Fault {
  op: string
  code: string
  match: string
}

const faults: Fault[] = (process.env.WSO2CFG_FAULT_INJECT ?? '')
  .split(',')
  .filter((s) => s.trim() !== '')
  .map((s) => {
    const [op = '', code = 'EIO', ...rest] = s.split(':')
    return { op, code, match: rest.join(':') }
  })

function inject(op: Op, path: string): void {
  for (const f of faults) {
    const name = basename(path)
    const hit = f.match.endsWith('*') ? name.startsWith(f.match.slice(0, -1)) : name === f.match
    if (f.op === op && hit) {
      throw Object.assign(new Error(`${f.code}: ${op} '${path}'`), { code: f.code, syscall: op, path })
    }
  }
}

export const fsx = {
  mkdir(path: string, mode?: number): void {
    inject('mkdir', path)
    fs.mkdirSync(path, mode === undefined ? undefined : { mode })
  },
  mkdirp(path: string): void {
    if (fs.existsSync(path)) return
    inject('mkdir', path)
    fs.mkdirSync(path, { recursive: true })
  },
  /** Creates a new file (never replaces one); `mode` is applied exactly, whatever the umask. */
  create(path: string, content: string | Buffer, mode?: number): void {
    inject('write', path)
    fs.writeFileSync(path, content, { flag: 'wx', mode: mode ?? 0o666 })
    if (mode !== undefined) fs.chmodSync(path, mode)
  },
  rename(from: string, to: string): void {
    inject('rename', from)
    fs.renameSync(from, to)
  },
  link(from: string, to: string): void {
    inject('link', to)
    fs.linkSync(from, to)
  },
  unlink(path: string): void {
    inject('unlink', path)
    fs.unlinkSync(path)
  },
  /** Opens a new file exclusively. */
  openExclusive(path: string): number {
    inject('open', path)
    return fs.openSync(path, 'wx', 0o644)
  },
}
