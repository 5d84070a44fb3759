/**
 * The only module that writes the output tree. Everything is rendered in memory first; the tree is
 * written into a temporary folder beside the target and renamed into place, so the target holds
 * either the complete old or the complete new tree.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve, sep } from 'node:path'
import { UsageError } from '../diagnostics/diagnostic.js'
import { MANIFEST } from './manifest.js'

const TMP_MARK = '.wso2cfg-tmp-'
const OLD_MARK = '.wso2cfg-old-'

/** A relative output path that stays inside the output folder. */
export function assertInside(root: string, rel: string): string {
  if (rel === '' || rel.startsWith('/') || rel.includes('\\') || rel.split('/').some((s) => s === '' || s === '.' || s === '..')) {
    throw new UsageError(`refusing to write "${rel}": output paths must be relative and stay inside the output folder`)
  }
  const full = resolve(root, rel)
  if (!full.startsWith(resolve(root) + sep)) throw new UsageError(`refusing to write "${rel}" outside ${root}`)
  return full
}

/** Leftovers of an interrupted run: put a moved-away old tree back, remove temp folders. */
export function recover(target: string): void {
  const parent = dirname(resolve(target))
  const base = basename(resolve(target))
  if (!existsSync(parent)) return
  const leftovers = readdirSync(parent).filter((e) => e.startsWith(`.${base}${TMP_MARK}`) || e.startsWith(`.${base}${OLD_MARK}`))
  for (const e of leftovers.sort()) {
    const full = join(parent, e)
    if (e.startsWith(`.${base}${OLD_MARK}`) && !existsSync(target)) renameSync(full, target)
    else rmSync(full, { recursive: true, force: true })
  }
}

function checkTarget(target: string, force: boolean): void {
  if (!existsSync(target)) return
  const st = lstatSync(target)
  if (!st.isDirectory()) throw new UsageError(`output ${target} exists and is not a folder`)
  const entries = readdirSync(target)
  if (entries.length > 0 && !entries.includes(MANIFEST) && !force) {
    throw new UsageError(
      `output folder ${target} is not empty and was not written by wso2cfg (no ${MANIFEST}); use --force to replace it`,
    )
  }
}

export interface WriteOptions {
  force?: boolean
  /** Called after each file is written into the temporary folder (tests use it to interrupt). */
  onFile?: (path: string) => void
}

export function writeTree(target: string, files: ReadonlyMap<string, string>, opts: WriteOptions = {}): void {
  const dest = resolve(target)
  recover(dest)
  checkTarget(dest, opts.force ?? false)
  const parent = dirname(dest)
  mkdirSync(parent, { recursive: true })
  const stamp = `${process.pid}-${Date.now().toString(36)}`
  const tmp = join(parent, `.${basename(dest)}${TMP_MARK}${stamp}`)
  const old = join(parent, `.${basename(dest)}${OLD_MARK}${stamp}`)
  mkdirSync(tmp)
  const made = new Set<string>()
  try {
    for (const [rel, content] of files) {
      const full = assertInside(tmp, rel)
      const dir = dirname(full)
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true })
        made.add(dir)
      }
      writeFileSync(full, content, { flag: 'wx' })
      opts.onFile?.(rel)
    }
    if (existsSync(dest)) renameSync(dest, old)
    renameSync(tmp, dest)
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true })
    if (!existsSync(dest) && existsSync(old)) renameSync(old, dest)
    throw err
  }
  rmSync(old, { recursive: true, force: true })
}
