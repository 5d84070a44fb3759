import { FindingsError } from '../../diagnostics/diagnostic.js';
import { formatFinding, lint } from '../../lint/index.js';
import { json, note, out } from '../output.js';
export function addLint(program) {
    program
        .command('lint')
        .description("check an existing configuration folder without a spec (one node's repository/conf, a node folder, a nodes/ tree or a render output folder); exit 1 on errors")
        .argument('<dir>', 'the folder to check')
        .option('--json', 'print the findings as JSON on stdout')
        .action((dir, opts) => {
        const report = lint(dir);
        if (opts.json)
            json({ ok: report.errors === 0, ...report });
        else if (report.findings.length > 0)
            out(report.findings.map(formatFinding).join('\n'));
        const summary = `${report.errors} errors, ${report.warnings} warnings in ${report.files} files of ${report.nodes.length} node${report.nodes.length === 1 ? '' : 's'} (${dir}, read as ${report.layout === 'output' ? 'a render output folder' : report.layout === 'nodes' ? 'a nodes/ tree' : report.layout === 'node' ? 'a node folder' : 'a configuration folder'})`;
        note(summary);
        if (report.errors > 0)
            throw new FindingsError(summary);
    });
}
