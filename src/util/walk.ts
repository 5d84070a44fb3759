/**
 * Reading a folder someone else controls: every entry below it, sorted, `/`-separated. A symbolic
 * link is never followed (neither to a file nor to a folder), a folder that cannot be read is an
 * entry of its own, and no file is read beyond a size bound or when it is not a regular file.
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, type Dirent } from 'node:fs'
import { join } from 'node:path'
import { UsageError } from '../diagnostics/diagnostic.js'

/** What an entry is: only `file` entries are ever read. */
export type EntryKind = 'file' | 'symlink' | 'special' | 'unreadable'

export interface Entry {
  /** Path relative to the root, `/`-separated. */
  path: string
  full: string
  kind: EntryKind
}

/** No configuration file comes near this size; a larger one is reported, not read. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024

/** What an entry that is not read is, in words for a finding ("symlink", then ", not compared"). */
export function skipReason(kind: EntryKind): string {
  switch (kind) {
    case 'symlink':
      return 'symlink'
    case 'special':
      return 'not a regular file'
    case 'unreadable':
      return 'a folder that cannot be read'
    default:
      return ''
  }
}

const kindOf = (d: Dirent): EntryKind | 'dir' => (d.isSymbolicLink() ? 'symlink' : d.isDirectory() ? 'dir' : d.isFile() ? 'file' : 'special')

/**
 * Every non-folder entry below `root` in sorted path order; folders named in `skipDirs` are not
 * entered. `root` itself may be a link (the caller named it); nothing below it is followed.
 */
export function walkFiles(root: string, skipDirs: ReadonlySet<string> = new Set()): Entry[] {
  const out: Entry[] = []
  const walk = (dir: string, prefix: string): void => {
    let entries: Dirent[]
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch (err) {
      if (prefix === '') throw new UsageError(`cannot read ${dir} (${(err as NodeJS.ErrnoException).code ?? 'error'})`)
      out.push({ path: prefix.slice(0, -1), full: dir, kind: 'unreadable' })
      return
    }
    for (const d of entries) {
      const full = join(dir, d.name)
      const kind = kindOf(d)
      if (kind === 'dir') {
        if (!skipDirs.has(d.name)) walk(full, `${prefix}${d.name}/`)
      } else out.push({ path: prefix + d.name, full, kind })
    }
  }
  walk(root, '')
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

export type BoundedRead = { ok: true; data: Buffer } | { ok: false; reason: string }

const mb = (n: number): string => `${Math.round(n / (1024 * 1024))} MB`

/**
 * The content of a regular file of at most `max` bytes. The file is opened without following a
 * link and without blocking on a pipe, and checked on the open descriptor, so a link or a FIFO put
 * in its place after the folder was listed is refused as well.
 */
export function readFileBounded(full: string, max = MAX_FILE_BYTES): BoundedRead {
  let fd: number
  try {
    fd = openSync(full, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    return { ok: false, reason: code === 'ELOOP' ? skipReason('symlink') : `cannot be read (${code ?? 'error'})` }
  }
  try {
    const st = fstatSync(fd)
    if (!st.isFile()) return { ok: false, reason: skipReason('special') }
    if (st.size > max) return { ok: false, reason: `larger than ${mb(max)} (${st.size} bytes)` }
    // one byte more than the size told, to notice a file that grows while it is read
    const buf = Buffer.alloc(st.size + 1)
    let n = 0
    for (let got = -1; got !== 0 && n < buf.length; n += got) got = readSync(fd, buf, n, buf.length - n, null)
    if (n > st.size) return { ok: false, reason: 'changed while it was read' }
    return { ok: true, data: buf.subarray(0, n) }
  } catch (err) {
    return { ok: false, reason: `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` }
  } finally {
    closeSync(fd)
  }
}
