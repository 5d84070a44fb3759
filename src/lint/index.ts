/**
 * Lint an existing configuration folder without a spec: syntax, cross-file references, cluster
 * members, URLs and deployment.toml keys. Reads only.
 */
import { UsageError } from '../diagnostics/diagnostic.js'
import { printable } from '../util/printable.js'
import { treeFacts, type Model } from './facts.js'
import { RULES } from './rules/index.js'
import { readLintTree, type Layout, type LintTree } from './tree.js'
import type { LintFinding, LintRule } from './types.js'

export type { LintFinding, LintRule } from './types.js'
export { RULES } from './rules/index.js'

export interface LintReport {
  /** The folder as given. */
  folder: string
  layout: Layout
  nodes: { name: string; confDir: string; model: Model }[]
  /** How many files were read. */
  files: number
  findings: LintFinding[]
  errors: number
  warnings: number
}

/** Runs the rules over a tree; findings sorted by file, line, column and rule. */
export function lintTree(tree: LintTree, rules: readonly LintRule[] = RULES): LintFinding[] {
  const seen = new Set<string>()
  const findings: LintFinding[] = []
  for (const rule of rules) {
    for (const hit of rule.check(tree)) {
      const f: LintFinding = {
        file: hit.file.display,
        ...(hit.at ? { line: hit.at.line, col: hit.at.col } : {}),
        rule: rule.id,
        severity: rule.severity,
        message: hit.message,
        hint: hit.hint ?? rule.hint,
      }
      const key = JSON.stringify(f)
      if (!seen.has(key)) findings.push(f)
      seen.add(key)
    }
  }
  const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0)
  return findings.sort((a, b) => cmp(a.file, b.file) || cmp(a.line ?? 0, b.line ?? 0) || cmp(a.col ?? 0, b.col ?? 0) || cmp(a.rule, b.rule))
}

/** Files that make a folder a product configuration folder: one of them must be there to lint. */
const CONFIG_FILES = ['deployment.toml', 'micro-gw.conf', 'carbon.xml', 'api-manager.xml', 'user-mgt.xml', 'registry.xml', 'axis2.xml', 'identity.xml', 'master-datasources.xml']

const baseName = (rel: string): string => rel.slice(rel.lastIndexOf('/') + 1)

/**
 * Reads and lints a folder; throws UsageError when it does not exist or holds no configuration file
 * of the product (a mistyped path must not pass).
 */
export function lint(root: string, rules: readonly LintRule[] = RULES): LintReport {
  const tree = readLintTree(root)
  const known = (rel: string): boolean => CONFIG_FILES.includes(baseName(rel))
  if (!tree.files.some((f) => known(f.rel)) && !tree.skipped.some((s) => known(s.file.rel)))
    throw new UsageError(
      `nothing to lint in ${root}: no configuration file found (looked for ${CONFIG_FILES.join(', ')} in the folder, in repository/conf or conf of a node folder, in nodes/*/ and below)`,
    )
  const findings = lintTree(tree, rules)
  return {
    folder: root,
    layout: tree.layout,
    nodes: treeFacts(tree).map((f) => ({ name: f.node.name, confDir: f.node.confDir, model: f.model })),
    files: tree.files.length,
    findings,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  }
}

/**
 * `file:line:col severity: message [rule]` and the hint on an indented second line. File names and
 * values quoted from the folder are escaped: one finding is always exactly these lines.
 */
export function formatFinding(f: LintFinding): string {
  const where = f.line !== undefined ? `${printable(f.file)}:${f.line}:${f.col ?? 1}` : printable(f.file)
  const head = `${where} ${f.severity}: ${printable(f.message)} [${f.rule}]`
  return f.hint ? `${head}\n  ${printable(f.hint)}` : head
}
