/** Where text goes: data to stdout, diagnostics and progress to stderr; colour only on a TTY without NO_COLOR. */
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
export const useColor = (stream) => Boolean(stream.isTTY) && process.env.NO_COLOR === undefined && process.env.TERM !== 'dumb';
const paint = (code, text, on) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
export function printDiagnostics(ds) {
    const color = useColor(process.stderr);
    for (const d of ds) {
        const line = formatDiagnostic(d);
        process.stderr.write(paint(d.severity === 'error' ? 31 : 33, line, color) + '\n');
    }
}
export const out = (text) => {
    process.stdout.write(text.endsWith('\n') ? text : text + '\n');
};
export const note = (text) => {
    process.stderr.write(paint(2, text, useColor(process.stderr)) + '\n');
};
export const json = (value) => out(JSON.stringify(value, null, 2));
