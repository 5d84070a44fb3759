/**
 * Drift check: the files a render would write, compared with a folder on disk. Reads only.
 *
 * Every file under the folder takes part, hidden files included. The ownership rule of `render`
 * holds here too: an entry that is not rendered and that the folder's MANIFEST.json does not list is
 * the user's (render keeps it), so it is reported as kept, not as drift. In a folder without a
 * MANIFEST.json (maintained by hand) nothing is the user's: MANIFEST.json is missing and every extra
 * file is unexpected. Diffs read from the folder (`a/`) to the rendered output (`b/`), so
 * `patch -p1 -d <dir>` brings the folder in line.
 */
import { existsSync, statSync } from 'node:fs'
import { UsageError } from '../diagnostics/diagnostic.js'
import { canonicalJson } from '../util/canonical.js'
import { printable, printableList } from '../util/printable.js'
import { maskSecretLine } from '../util/secrets.js'
import { TOOL_VERSION } from '../util/version.js'
import { MANIFEST, parseListing } from '../write/manifest.js'
import { readFileBounded, skipReason, walkFiles } from '../util/walk.js'
import { unifiedDiff } from './diff.js'

export interface ChangedFile {
  /** Path relative to the folder, `/`-separated. */
  path: string
  /** Unified diff from the folder's file (a/) to the rendered one (b/); '' when `note` explains instead. */
  diff: string
  /** Set when a line diff would not help: a binary file, or a file that differs only in line endings. */
  note?: string
}

export interface DriftReport {
  /** The folder as given. */
  folder: string
  identical: boolean
  /** How many files the render produces (MANIFEST.json included). */
  rendered: number
  changed: ChangedFile[]
  /** Rendered, but not in the folder. */
  missing: string[]
  /** In the folder, listed by its MANIFEST.json (or the folder has none), but not rendered. */
  unexpected: string[]
  /** In the folder, neither rendered nor listed by its MANIFEST.json: the user's, kept by render, not compared. */
  kept: string[]
  /**
   * Entries of the folder that were not read: symbolic links (never followed, so nothing of their
   * target is read or printed), special files, unreadable folders and files over the size bound.
   * Each one is also a changed or an unexpected path.
   */
  skipped: { path: string; reason: string }[]
  /** Information that is no drift, e.g. "MANIFEST.json: rendered by an older wso2cfg (0.0.9; this is 0.1.0)". */
  info: string[]
}

/** An entry of the folder that is present but was not read, and why. */
export interface Unread {
  reason: string
}

/**
 * Every entry under `root`, by `/`-separated relative path, in sorted order: the content of each
 * regular file within the size bound, otherwise why it was not read.
 */
export function readTree(root: string): Map<string, Buffer | Unread> {
  return new Map(
    walkFiles(root).map((e): [string, Buffer | Unread] => {
      if (e.kind !== 'file') return [e.path, { reason: `${skipReason(e.kind)}, not compared` }]
      const r = readFileBounded(e.full)
      return [e.path, r.ok ? r.data : { reason: `${r.reason}, not compared` }]
    }),
  )
}

const isUtf8 = (buf: Buffer): boolean => Buffer.from(buf.toString('utf8'), 'utf8').equals(buf)

/** Numeric comparison of dotted versions (`0.10.0` > `0.9.1`); pre-release tags are compared as text. */
function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/)
  const pb = b.split(/[.+-]/)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? ''
    const y = pb[i] ?? ''
    const d = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0
    if (d !== 0) return d
  }
  return 0
}

/**
 * MANIFEST.json of the folder against the rendered one, by content: the tool version that wrote it
 * is not part of the content (an upgrade alone is no drift), its format version and everything else
 * are. Returns undefined when they differ, else the information line about the version, if any.
 */
function sameManifest(actual: Buffer, expected: string): { info?: string } | undefined {
  let have: Record<string, unknown>
  let want: Record<string, unknown>
  try {
    have = JSON.parse(actual.toString('utf8')) as Record<string, unknown>
    want = JSON.parse(expected) as Record<string, unknown>
  } catch {
    return undefined
  }
  if (!have || typeof have !== 'object' || Array.isArray(have)) return undefined
  const { version: haveVersion, ...haveRest } = have
  const { version: _wantVersion, ...wantRest } = want
  if (canonicalJson(haveRest) !== canonicalJson(wantRest)) return undefined
  if (typeof haveVersion !== 'string' || haveVersion === TOOL_VERSION) return {}
  const order = compareVersions(haveVersion, TOOL_VERSION) > 0 ? 'a newer' : 'an older'
  return { info: `${MANIFEST}: rendered by ${order} wso2cfg (${haveVersion}; this is ${TOOL_VERSION}); the content matches` }
}

function changeOf(path: string, actual: Buffer, expected: string): ChangedFile | undefined {
  const want = Buffer.from(expected, 'utf8')
  if (actual.equals(want)) return undefined
  if (!isUtf8(actual)) return { path, diff: '', note: 'binary file differs' }
  const text = actual.toString('utf8')
  if (text.replace(/\r\n/g, '\n') === expected) return { path, diff: '', note: 'differs only in line endings (CRLF in the folder, LF rendered)' }
  return { path, diff: maskDiff(unifiedDiff(`a/${printable(path)}`, `b/${printable(path)}`, text, expected)) }
}

/**
 * The diff with the value of every secret key masked on both sides (`********`), whatever the value:
 * the old side may hold a password the spec no longer has. A changed password still shows as a
 * changed line and counts as a change. Secret values of the spec are masked again on output.
 */
function maskDiff(diff: string): string {
  return diff
    .split('\n')
    .map((line) => (/^[-+ ]/.test(line) && !/^(---|\+\+\+) [ab]\//.test(line) ? line[0] + maskSecretLine(line.slice(1)) : line))
    .join('\n')
}

/** Compares the rendered files with `folder`; throws UsageError when the folder does not exist. */
export function compareTree(folder: string, rendered: ReadonlyMap<string, string>): DriftReport {
  if (!existsSync(folder)) throw new UsageError(`cannot check ${folder}: the folder does not exist (render it first, or point -o at the committed output)`)
  if (!statSync(folder).isDirectory()) throw new UsageError(`cannot check ${folder}: it is not a folder`)
  const actual = readTree(folder)
  const changed: ChangedFile[] = []
  const missing: string[] = []
  const skipped: { path: string; reason: string }[] = []
  const info: string[] = []
  for (const [path, have] of actual) if (!Buffer.isBuffer(have)) skipped.push({ path, reason: have.reason })
  for (const path of [...rendered.keys()].sort()) {
    const have = actual.get(path)
    if (have === undefined) missing.push(path)
    else if (!Buffer.isBuffer(have)) changed.push({ path, diff: '', note: have.reason })
    else {
      const same = path === MANIFEST ? sameManifest(have, rendered.get(path) ?? '') : undefined
      const change = same ? undefined : changeOf(path, have, rendered.get(path) ?? '')
      if (same?.info) info.push(same.info)
      if (change) changed.push(change)
    }
  }
  const have = actual.get(MANIFEST)
  const listing = Buffer.isBuffer(have) ? parseListing(have.toString('utf8')) : undefined
  const extra = [...actual.keys()].filter((p) => !rendered.has(p))
  const unexpected = listing ? extra.filter((p) => listing.files.has(p)) : extra
  const kept = listing ? extra.filter((p) => !listing.files.has(p)) : []
  return {
    folder,
    identical: changed.length === 0 && missing.length === 0 && unexpected.length === 0,
    rendered: rendered.size,
    changed,
    missing,
    unexpected,
    kept,
    skipped,
    info,
  }
}

/** The report as people read it: every diff, then the missing and unexpected files (stdout). */
export function driftText(r: DriftReport): string {
  const parts: string[] = []
  // paths of the folder are printed escaped: a file name cannot carry terminal controls or a line break
  for (const c of r.changed) parts.push(c.note ? `changed: ${printable(c.path)} (${c.note})\n` : c.diff)
  for (const p of r.missing) parts.push(`missing: ${p} (rendered, not in ${r.folder})\n`)
  const unread = new Map(r.skipped.map((s) => [s.path, s.reason]))
  for (const p of r.unexpected) parts.push(`unexpected: ${printable(p)} (in ${r.folder}, not rendered${unread.has(p) ? `; ${unread.get(p)}` : ''})\n`)
  return parts.join('')
}

/** The user's entries of the folder, for stderr: not drift, named so that nothing goes unseen. */
export function keptText(r: DriftReport): string | undefined {
  if (r.kept.length === 0) return undefined
  return `kept, not ours (not listed in ${MANIFEST}, not compared): ${printableList(r.kept)}`
}

/** One line of summary (stderr). */
export function driftSummary(r: DriftReport): string {
  if (r.identical) return `no drift: the ${r.rendered} files in ${r.folder} match the spec`
  const n = (count: number, what: string): string => `${count} ${what}`
  return `drift in ${r.folder}: ${n(r.changed.length, 'changed')}, ${n(r.missing.length, 'missing')}, ${n(r.unexpected.length, 'unexpected')} (a/ = ${r.folder}, b/ = rendered from the spec)`
}
