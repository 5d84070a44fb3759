/** Walking a folder on disk: every entry below it, sorted, `/`-separated, never twice through a link. */
import { readdirSync, realpathSync, statSync } from 'node:fs'
import { join } from 'node:path'

export interface Entry {
  /** Path relative to the root, `/`-separated. */
  path: string
  full: string
  /** A regular file; false for a dangling link or a special file. */
  isFile: boolean
}

/** Every non-folder entry below `root` in sorted path order; folders named in `skipDirs` are not entered. */
export function walkFiles(root: string, skipDirs: ReadonlySet<string> = new Set()): Entry[] {
  const out: Entry[] = []
  const seen = new Set<string>()
  const walk = (dir: string, prefix: string): void => {
    const real = realpathSync(dir)
    if (seen.has(real)) return // a symbolic link back into the tree
    seen.add(real)
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name)
      const st = statSync(full, { throwIfNoEntry: false })
      if (st?.isDirectory()) {
        if (!skipDirs.has(name)) walk(full, `${prefix}${name}/`)
      } else out.push({ path: prefix + name, full, isFile: st?.isFile() ?? false })
    }
  }
  walk(root, '')
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}
