/**
 * Lint an existing configuration folder without a spec: syntax, cross-file references, cluster
 * members, URLs and deployment.toml keys. Reads only.
 */
import { treeFacts } from './facts.js';
import { RULES } from './rules/index.js';
import { readLintTree } from './tree.js';
export { RULES } from './rules/index.js';
/** Runs the rules over a tree; findings sorted by file, line, column and rule. */
export function lintTree(tree, rules = RULES) {
    const seen = new Set();
    const findings = [];
    for (const rule of rules) {
        for (const hit of rule.check(tree)) {
            const f = {
                file: hit.file.display,
                ...(hit.at ? { line: hit.at.line, col: hit.at.col } : {}),
                rule: rule.id,
                severity: rule.severity,
                message: hit.message,
                hint: hit.hint ?? rule.hint,
            };
            const key = JSON.stringify(f);
            if (!seen.has(key))
                findings.push(f);
            seen.add(key);
        }
    }
    const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    return findings.sort((a, b) => cmp(a.file, b.file) || cmp(a.line ?? 0, b.line ?? 0) || cmp(a.col ?? 0, b.col ?? 0) || cmp(a.rule, b.rule));
}
/** Reads and lints a folder; throws UsageError when it does not exist. */
export function lint(root, rules = RULES) {
    const tree = readLintTree(root);
    const findings = lintTree(tree, rules);
    return {
        root,
        layout: tree.layout,
        nodes: treeFacts(tree).map((f) => ({ name: f.node.name, confDir: f.node.confDir, model: f.model })),
        files: tree.files.length,
        findings,
        errors: findings.filter((f) => f.severity === 'error').length,
        warnings: findings.filter((f) => f.severity === 'warning').length,
    };
}
/** `file:line:col severity: message [rule]` and the hint on an indented second line. */
export function formatFinding(f) {
    const where = f.line !== undefined ? `${f.file}:${f.line}:${f.col ?? 1}` : f.file;
    const head = `${where} ${f.severity}: ${f.message} [${f.rule}]`;
    return f.hint ? `${head}\n  ${f.hint}` : head;
}
