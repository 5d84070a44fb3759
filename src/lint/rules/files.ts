/**
 * Entries lint does not read. A symbolic link is never followed, so nothing of what it points at
 * is read or printed; a file over the size bound or a special file is not read either.
 */
import type { LintRule } from '../types.js'

export const FILE_RULES: readonly LintRule[] = [
  {
    id: 'files/not-read',
    severity: 'error',
    summary: 'every configuration file is a regular file of reasonable size (a symlink is never followed)',
    hint: 'put the file itself in the folder (lint never follows a link), or lint the folder the link points to',
    check: (tree) => tree.skipped.filter((s) => s.configuration).map((s) => ({ file: s.file, message: `${s.reason}, not read` })),
  },
  {
    id: 'files/not-followed',
    severity: 'warning',
    summary: 'links and unreadable folders inside the folder are reported, never followed',
    hint: 'lint reads only the files inside the folder; lint the target separately if it matters',
    check: (tree) => tree.skipped.filter((s) => !s.configuration).map((s) => ({ file: s.file, message: s.reason === 'symlink' ? 'symlink, not followed' : `${s.reason}, skipped` })),
  },
]
