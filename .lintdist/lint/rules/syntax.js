/** Every XML file well-formed, every TOML file valid TOML 1.0. */
import { TomlError } from 'smol-toml';
import { scanTomlText } from '../toml-text.js';
import { XmlSyntaxError } from '../xml.js';
export const SYNTAX_RULES = [
    {
        id: 'xml/well-formed',
        severity: 'error',
        summary: 'every XML file is well-formed',
        hint: 'the product refuses to start with a file it cannot parse; fix the markup at this position',
        check: (tree) => tree.files.flatMap((file) => {
            if (file.kind !== 'xml')
                return [];
            const r = file.xmlResult();
            return r instanceof XmlSyntaxError ? [{ file, at: r.at, message: `not well-formed XML: ${r.message}` }] : [];
        }),
    },
    {
        id: 'toml/valid',
        severity: 'error',
        summary: 'every TOML file is valid TOML 1.0 (no table defined twice, no [x] where [[x]] is used)',
        hint: 'a table may be defined once; an array of tables is written [[x]] every time; merge the duplicated blocks',
        check: (tree) => tree.files.flatMap((file) => {
            if (file.kind !== 'toml')
                return [];
            const r = file.tomlResult();
            if (!(r instanceof TomlError))
                return [];
            const first = (r.message.split('\n')[0] ?? '').replace(/^Invalid TOML document:\s*/i, '');
            return [{ file, at: { line: r.line, col: r.column }, message: `invalid TOML: ${redefinition(file.text, r.line) ?? first ?? 'the document cannot be read'}` }];
        }),
    },
];
/** Names the table a "redefine" error is about, and where it was first defined. */
function redefinition(text, line) {
    const { headers } = scanTomlText(text);
    const here = headers.find((h) => h.at.line === line);
    if (!here)
        return undefined;
    const show = (h) => (h.array ? `[[${h.key}]]` : `[${h.key}]`);
    const earlier = headers.filter((h) => h.at.line < line);
    const before = earlier.find((h) => h.key === here.key) ?? earlier.find((h) => h.key.startsWith(`${here.key}.`));
    if (!before)
        return `${show(here)} defines a table or value that is already defined above (a dotted key or an inline table)`;
    if (before.key !== here.key || before.array === here.array)
        return `${show(here)} is defined a second time (first at line ${before.at.line}: ${show(before)})`;
    return `${show(here)} clashes with ${show(before)} at line ${before.at.line}: a name is either a table [x] or an array of tables [[x]], never both`;
}
