/**
 * The only module that writes the output tree. Everything is rendered in memory first.
 *
 * Ownership: the files listed in the folder's MANIFEST.json are the tool's; they may be replaced or
 * removed. Every other entry under the folder is the user's and is never deleted or replaced: it is
 * carried over untouched (files are hard-linked into the new tree, so they keep their inode, mode and
 * times). A rendered file whose path is taken by such an entry stops the render before anything is
 * written.
 *
 * Atomic mode (the default): the new tree is built in a temporary folder beside the target, the
 * user's entries are linked into it, and two renames swap it into place, so the target holds either
 * the complete old or the complete new tree. A run stopped between the two renames leaves the old
 * tree parked beside the target; the next run (or `render --check`) puts it back.
 *
 * In-place mode, when the folder itself cannot be renamed (a mount point, a read-only parent, the
 * current folder): the new files are written into a temporary folder inside the target and renamed
 * over the old ones one by one, MANIFEST.json last. Not atomic as a whole; a stopped run is completed
 * by the next one.
 */
import { chmodSync, copyFileSync, constants, existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmdirSync, rmSync, statSync, symlinkSync, utimesSync, type Stats } from 'node:fs'
import { homedir } from 'node:os'
import { basename, dirname, join, resolve, sep } from 'node:path'
import { UsageError } from '../diagnostics/diagnostic.js'
import { fsx } from './fsops.js'
import { acquireLock, pidAlive, type Lock } from './lock.js'
import { MANIFEST, parseListing, SECRET_MODE, type Listing } from './manifest.js'

const TMP_MARK = '.wso2cfg-tmp-'
const OLD_MARK = '.wso2cfg-old-'
const LOCK_MARK = '.wso2cfg-lock'
/** Errors that mean "this folder cannot be renamed or nothing can be created beside it". */
const CANNOT_SWAP = new Set(['EBUSY', 'EXDEV', 'EPERM', 'EACCES', 'EROFS'])

/** A relative output path that stays inside the output folder. */
export function assertInside(root: string, rel: string): string {
  if (rel === '' || rel.startsWith('/') || rel.includes('\\') || rel.split('/').some((s) => s === '' || s === '.' || s === '..')) {
    throw new UsageError(`refusing to write "${rel}": output paths must be relative and stay inside the output folder`)
  }
  const full = resolve(root, rel)
  if (!full.startsWith(resolve(root) + sep)) throw new UsageError(`refusing to write "${rel}" outside ${root}`)
  return full
}

const lstat = (p: string): Stats | undefined => lstatSync(p, { throwIfNoEntry: false })
const codeOf = (err: unknown): string | undefined => (err as NodeJS.ErrnoException | undefined)?.code
const parents = (rel: string): string[] => {
  const parts = rel.split('/')
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'))
}
const stampPid = (name: string): number => Number.parseInt(/-(\d+)-[0-9a-z]+$/.exec(name)?.[1] ?? '0', 10)
/** Names at the top of the output folder that belong to a running or interrupted render, not to the tree. */
const isWorkEntry = (name: string): boolean => name.startsWith(TMP_MARK) || name === LOCK_MARK

/** Creates the folders of `relDir` below `root`, refusing to pass through anything that is not a real folder. */
function ensureDirs(root: string, relDir: string, mode = 0o777): void {
  if (relDir === '') return
  for (const a of [...parents(relDir + '/x')]) {
    const full = join(root, a)
    const st = lstat(full)
    if (st?.isDirectory()) continue
    if (st) throw new UsageError(`refusing to write below ${full}: it is not a folder`)
    fsx.mkdir(full, mode)
  }
}

function readListing(folder: string): { present: boolean; listing?: Listing } {
  const full = join(folder, MANIFEST)
  const st = lstat(full)
  if (!st?.isFile()) return { present: Boolean(st) }
  return { present: true, listing: parseListing(readFileSync(full, 'utf8')) }
}

export interface WriteOptions {
  /** Adopt a folder that has no MANIFEST.json; its entries stay untouched. */
  force?: boolean
  /** Work out what would happen and write nothing. */
  dryRun?: boolean
  /** How long to wait for another render that writes the same folder (ms). */
  waitMs?: number
  /** Called after each file is written into the temporary folder (tests use it to interrupt). */
  onFile?: (path: string) => void
}

export interface WriteReport {
  output: string
  /** False when the folder's contents were replaced one by one instead of swapped as a whole. */
  atomic: boolean
  /** Why the replace was not atomic. */
  inPlaceReason?: string
  written: string[]
  unchanged: string[]
  /** Listed in the previous MANIFEST.json, not rendered any more: removed. */
  removed: string[]
  /** Not listed in the previous MANIFEST.json: carried over untouched (folders end in `/`). */
  kept: string[]
  /** Files written with mode 0600 because they hold a literal secret. */
  secret: string[]
  /** What was repaired after an interrupted earlier run. */
  recovered: string[]
}

interface Plan {
  exists: boolean
  /** The previous MANIFEST's files. */
  listed: Set<string>
  /** Listed files present on disk (not folders). */
  ours: Map<string, Stats>
  kept: string[]
  /** Mode of every folder of the old tree the new one keeps ('' is the folder itself). */
  dirModes: Map<string, number>
  modes: Map<string, number>
  written: string[]
  unchanged: string[]
  removed: string[]
}

/** The output folders the tool refuses whatever the flags: `/`, the home folder, the current folder's ancestors, links. */
function refuseTarget(dest: string): void {
  const st = lstat(dest)
  if (st?.isSymbolicLink()) {
    let to = ''
    try {
      to = ` (${realpathSync(dest)})`
    } catch {
      to = ' (it points nowhere)'
    }
    throw new UsageError(`output folder ${dest} is a symbolic link; give the folder it points to${to} instead`)
  }
  if (st && !st.isDirectory()) throw new UsageError(`output ${dest} exists and is not a folder`)
  let real = dest
  let rest = ''
  while (!existsSync(real) && dirname(real) !== real) {
    rest = join(basename(real), rest)
    real = dirname(real)
  }
  real = join(realpathSync(real), rest).replace(/\/$/, '') || '/'
  if (real === '/') throw new UsageError('refusing to render into / : give a folder of its own, e.g. -o out')
  const home = [homedir(), process.env.HOME].filter((h): h is string => Boolean(h) && existsSync(h!)).map((h) => realpathSync(h))
  if (home.includes(real)) throw new UsageError(`refusing to render into the home folder ${real}: give a folder of its own, e.g. -o ${join(real, 'out')}`)
  const cwd = realpathSync(process.cwd())
  if (cwd.startsWith(real + sep)) throw new UsageError(`refusing to render into ${real}: it holds the current folder ${cwd}`)
}

function planWrite(dest: string, files: ReadonlyMap<string, string>, force: boolean): Plan {
  const newListing = parseListing(files.get(MANIFEST) ?? '')
  const modes = newListing?.modes ?? new Map<string, number>()
  const plan: Plan = { exists: false, listed: new Set(), ours: new Map(), kept: [], dirModes: new Map(), modes, written: [], unchanged: [], removed: [] }
  const st = lstat(dest)
  if (!st) {
    plan.written = [...files.keys()]
    return plan
  }
  plan.exists = true
  const top = readdirSync(dest).filter((e) => !isWorkEntry(e))
  const { present, listing } = readListing(dest)
  if (top.length > 0 && !listing && !force) {
    throw new UsageError(
      present
        ? `output folder ${dest} has a ${MANIFEST} that wso2cfg did not write; render into another folder`
        : `output folder ${dest} is not empty and has no ${MANIFEST} (wso2cfg did not write it); use --force to render into it anyway: the files already there stay untouched`,
    )
  }
  plan.listed = listing?.files ?? new Set()
  // walk only the folders that hold a listed or a rendered file; anything else is one kept entry
  const descend = new Set<string>()
  for (const p of [...plan.listed, ...files.keys()]) for (const a of parents(p)) descend.add(a)
  const walk = (rel: string): void => {
    plan.dirModes.set(rel, lstatSync(join(dest, rel)).mode & 0o7777)
    for (const name of readdirSync(join(dest, rel)).sort()) {
      if (rel === '' && isWorkEntry(name)) continue
      const r = rel === '' ? name : `${rel}/${name}`
      const e = lstatSync(join(dest, r))
      if (e.isDirectory()) {
        if (descend.has(r)) walk(r)
        else plan.kept.push(`${r}/`)
      } else if (plan.listed.has(r)) plan.ours.set(r, e)
      else plan.kept.push(r)
    }
  }
  walk('')
  const kept = new Set(plan.kept)
  const conflicts = [...files.keys()].filter((p) => kept.has(p) || kept.has(`${p}/`) || parents(p).some((a) => kept.has(a)))
  if (conflicts.length > 0) {
    const shown = conflicts.slice(0, 5).join(', ') + (conflicts.length > 5 ? `, and ${conflicts.length - 5} more` : '')
    throw new UsageError(
      `refusing to replace what wso2cfg did not write (not listed in ${join(dest, MANIFEST)}): ${shown}; move ${conflicts.length === 1 ? 'it' : 'them'} out of the output folder`,
    )
  }
  for (const [p, content] of files) {
    const old = plan.ours.get(p)
    const want = modes.get(p)
    const same = old?.isFile() && (want === undefined || (old.mode & 0o777) === want) && readFileSync(join(dest, p)).equals(Buffer.from(content, 'utf8'))
    ;(same ? plan.unchanged : plan.written).push(p)
  }
  plan.removed = [...plan.ours.keys()].filter((p) => !files.has(p))
  return plan
}

/** Puts the user's entry `src` at `dst`: folders re-created with their mode and times, everything else hard-linked (copied where links fail). */
function carry(src: string, dst: string): void {
  const st = lstatSync(src)
  if (st.isDirectory()) {
    fsx.mkdir(dst, 0o700)
    for (const e of readdirSync(src)) carry(join(src, e), join(dst, e))
    chmodSync(dst, st.mode & 0o7777)
    utimesSync(dst, st.atime, st.mtime)
  } else if (st.isSymbolicLink()) {
    symlinkSync(readlinkSync(src), dst)
  } else {
    try {
      fsx.link(src, dst)
    } catch (err) {
      if (!st.isFile() || !['EPERM', 'EXDEV', 'EMLINK', 'ENOTSUP', 'EOPNOTSUPP'].includes(codeOf(err) ?? '')) throw err
      copyFileSync(src, dst, constants.COPYFILE_EXCL)
      chmodSync(dst, st.mode & 0o7777)
      utimesSync(dst, st.atime, st.mtime)
    }
  }
}

function writeFiles(root: string, files: ReadonlyMap<string, string>, modes: ReadonlyMap<string, number>, opts: WriteOptions, skip: ReadonlySet<string> = new Set()): void {
  const made = new Set<string>()
  // MANIFEST.json last: in a temporary folder inside the target it marks the new tree as complete
  const order = [...[...files.keys()].filter((p) => p !== MANIFEST), ...(files.has(MANIFEST) ? [MANIFEST] : [])]
  for (const rel of order) {
    if (skip.has(rel)) continue
    const full = assertInside(root, rel)
    const dir = dirname(rel)
    if (dir !== '.' && !made.has(dir)) {
      ensureDirs(root, dir)
      made.add(dir)
    }
    fsx.create(full, files.get(rel)!, modes.get(rel))
    opts.onFile?.(rel)
  }
}

/**
 * Moves old entries that are not the tool's and are missing from the new tree (created while the new
 * tree was being built) into it. Returns false when one could not be moved (the old tree must stay).
 */
function sweep(old: string, dest: string): boolean {
  const listed = readListing(old).listing?.files ?? new Set<string>()
  let ok = true
  const walk = (rel: string): void => {
    for (const name of readdirSync(join(old, rel))) {
      const r = rel === '' ? name : `${rel}/${name}`
      const st = lstatSync(join(old, r))
      const there = lstat(join(dest, r))
      if (st.isDirectory()) {
        if (!there || there.isDirectory()) walk(r)
      } else if (!listed.has(r) && !there) {
        try {
          ensureDirs(dest, rel)
          fsx.rename(join(old, r), join(dest, r))
        } catch {
          ok = false
        }
      }
    }
  }
  walk('')
  return ok
}

/** Removes a listed file of the old tree and the folders it leaves empty. */
function removeOurs(dest: string, rel: string): void {
  if (parents(rel).some((a) => !lstat(join(dest, a))?.isDirectory())) return
  const st = lstat(join(dest, rel))
  if (!st || st.isDirectory()) return
  fsx.unlink(join(dest, rel))
  for (const a of parents(rel).reverse()) {
    try {
      rmdirSync(join(dest, a))
    } catch {
      break // not empty: it holds something else
    }
  }
}

/** Replaces the old files inside `dest` by those of the complete temporary tree `work` (which holds the new MANIFEST.json). */
function applyInPlace(dest: string, work: string): void {
  const oldListed = readListing(dest).listing?.files ?? new Set<string>()
  const newListed = readListing(work).listing?.files ?? new Set<string>()
  for (const rel of oldListed) if (!newListed.has(rel) && rel !== MANIFEST) removeOurs(dest, rel)
  for (const rel of newListed) {
    if (rel === MANIFEST || !lstat(join(work, rel))) continue // already moved
    for (const a of parents(rel)) {
      const st = lstat(join(dest, a))
      if (st && !st.isDirectory() && oldListed.has(a)) fsx.unlink(join(dest, a))
    }
    ensureDirs(dest, dirname(rel) === '.' ? '' : dirname(rel))
    fsx.rename(join(work, rel), join(dest, rel))
  }
  fsx.rename(join(work, MANIFEST), join(dest, MANIFEST))
  rmSync(work, { recursive: true, force: true })
}

/**
 * Repairs what an interrupted run left, touching only leftovers whose owner process is gone: puts a
 * parked old tree back, completes an in-place replace whose new tree is complete, removes partial
 * temporary trees. Returns one sentence per repair.
 */
export function recover(target: string): string[] {
  const dest = resolve(target)
  const parent = dirname(dest)
  const base = basename(dest)
  const said: string[] = []
  if (existsSync(parent)) {
    const mine = (e: string) => e.startsWith(`.${base}${TMP_MARK}`) || e.startsWith(`.${base}${OLD_MARK}`)
    const leftovers = readdirSync(parent)
      .filter((e) => mine(e) && !pidAlive(stampPid(e)))
      .sort((a, b) => Number(b.includes(OLD_MARK)) - Number(a.includes(OLD_MARK)) || (a < b ? -1 : 1))
    for (const e of leftovers) {
      const full = join(parent, e)
      if (e.includes(OLD_MARK) && !lstat(dest)) {
        fsx.rename(full, dest)
        said.push(`restored the complete previous output into ${dest} (a render was stopped between replacing it and putting the new tree in place)`)
      } else if (e.includes(OLD_MARK)) {
        if (sweep(full, dest)) rmSync(full, { recursive: true, force: true })
        else said.push(`left ${full} in place: it holds files that could not be moved back into ${dest}`)
      } else {
        rmSync(full, { recursive: true, force: true })
        said.push(`removed ${full}, a partial tree of an interrupted render`)
      }
    }
  }
  if (lstat(dest)?.isDirectory()) {
    for (const e of readdirSync(dest).filter((n) => n.startsWith(TMP_MARK) && !pidAlive(stampPid(n))).sort()) {
      const full = join(dest, e)
      if (lstat(join(full, MANIFEST))?.isFile()) {
        applyInPlace(dest, full)
        said.push(`completed the in-place replace of ${dest} that an interrupted render had begun`)
      } else {
        rmSync(full, { recursive: true, force: true })
        said.push(`removed ${full}, a partial tree of an interrupted render`)
      }
    }
  }
  return said
}

async function lockFor(dest: string, waitMs: number): Promise<Lock> {
  const parent = dirname(dest)
  fsx.mkdirp(parent)
  try {
    return await acquireLock(join(parent, `.${basename(dest)}${LOCK_MARK}`), dest, waitMs)
  } catch (err) {
    if (!CANNOT_SWAP.has(codeOf(err) ?? '')) throw err
    if (!lstat(dest)?.isDirectory()) throw new UsageError(`cannot create ${dest}: nothing can be created in ${parent} (${codeOf(err)})`)
    return acquireLock(join(dest, LOCK_MARK), dest, waitMs) // nothing can be created beside it
  }
}

const stamp = () => `${process.pid}-${Date.now().toString(36)}`

/** Why `dest` is replaced in place rather than swapped, or undefined when it can be swapped. */
function inPlaceReason(dest: string): string | undefined {
  if (!lstat(dest)) return undefined
  if (realpathSync(process.cwd()) === realpathSync(dest)) return 'it is the current folder'
  if (statSync(dest).dev !== statSync(dirname(dest)).dev) return 'it is a mount point'
  return undefined
}

function swap(dest: string, files: ReadonlyMap<string, string>, plan: Plan, opts: WriteOptions): string | undefined {
  const parent = dirname(dest)
  const s = stamp()
  const tmp = join(parent, `.${basename(dest)}${TMP_MARK}${s}`)
  const old = join(parent, `.${basename(dest)}${OLD_MARK}${s}`)
  try {
    fsx.mkdir(tmp, 0o700)
  } catch (err) {
    if (CANNOT_SWAP.has(codeOf(err) ?? '') && plan.exists) return `nothing can be created beside it (${codeOf(err)})`
    throw err
  }
  let swapped = false
  try {
    writeFiles(tmp, files, plan.modes, opts)
    for (const k of plan.kept) {
      const rel = k.replace(/\/$/, '')
      ensureDirs(tmp, dirname(rel) === '.' ? '' : dirname(rel))
      carry(join(dest, rel), join(tmp, rel))
    }
    for (const [rel, mode] of [...plan.dirModes].reverse()) if (lstat(join(tmp, rel))?.isDirectory()) chmodSync(join(tmp, rel), mode)
    if (!plan.exists) chmodSync(tmp, 0o777 & ~process.umask())
    if (plan.exists) {
      try {
        fsx.rename(dest, old)
      } catch (err) {
        if (CANNOT_SWAP.has(codeOf(err) ?? '')) {
          rmSync(tmp, { recursive: true, force: true })
          return `the folder cannot be renamed (${codeOf(err)})`
        }
        throw err
      }
    }
    fsx.rename(tmp, dest)
    swapped = true
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true })
    if (!lstat(dest) && lstat(old)) fsx.rename(old, dest)
    throw err
  }
  if (swapped && lstat(old) && sweep(old, dest)) rmSync(old, { recursive: true, force: true })
  return undefined
}

function inPlace(dest: string, files: ReadonlyMap<string, string>, plan: Plan, opts: WriteOptions): void {
  fsx.mkdirp(dest)
  const work = join(dest, `${TMP_MARK}${stamp()}`)
  fsx.mkdir(work, 0o700)
  try {
    writeFiles(work, files, plan.modes, opts, new Set(plan.unchanged.filter((p) => p !== MANIFEST)))
  } catch (err) {
    rmSync(work, { recursive: true, force: true })
    throw err
  }
  applyInPlace(dest, work)
}

/** Writes the rendered tree into `target` under the ownership rule above; see WriteReport for what it says. */
export async function writeTree(target: string, files: ReadonlyMap<string, string>, opts: WriteOptions = {}): Promise<WriteReport> {
  const dest = resolve(target)
  refuseTarget(dest)
  const report = (plan: Plan, atomic: boolean, recovered: string[], reason?: string): WriteReport => ({
    output: target,
    atomic,
    ...(reason ? { inPlaceReason: reason } : {}),
    written: plan.written,
    unchanged: plan.unchanged,
    removed: plan.removed,
    kept: plan.kept,
    secret: [...plan.modes.keys()].filter((p) => plan.modes.get(p) === SECRET_MODE),
    recovered,
  })
  if (opts.dryRun) {
    const plan = planWrite(dest, files, opts.force ?? false)
    return report(plan, inPlaceReason(dest) === undefined, [], inPlaceReason(dest))
  }
  const lock = await lockFor(dest, opts.waitMs ?? 10_000)
  try {
    const recovered = recover(dest)
    const plan = planWrite(dest, files, opts.force ?? false)
    let reason = inPlaceReason(dest)
    if (reason === undefined) reason = swap(dest, files, plan, opts)
    if (reason !== undefined) inPlace(dest, files, plan, opts)
    return report(plan, reason === undefined, recovered, reason)
  } finally {
    lock.release()
  }
}
