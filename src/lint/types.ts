/** Lint: findings about an existing configuration folder, and the rules that produce them. */
import type { Severity } from '../diagnostics/diagnostic.js'
import type { Position } from '../spec/positions.js'
import type { LintFile, LintTree } from './tree.js'

export interface LintFinding {
  /** The file as a path under the folder given to lint (that folder's path included). */
  file: string
  line?: number
  col?: number
  /** Stable rule id, e.g. `legacy/jndi-undefined`. */
  rule: string
  severity: Severity
  message: string
  /** What to do about it. */
  hint?: string
}

/** What a rule reports; the runner adds the rule id and severity. */
export interface Hit {
  file: LintFile
  at?: Position
  message: string
  /** Overrides the rule's default hint. */
  hint?: string
}

export interface LintRule {
  id: string
  severity: Severity
  /** One line for docs and `--json` consumers. */
  summary: string
  /** Default fix hint. */
  hint: string
  check(tree: LintTree): Hit[]
}
