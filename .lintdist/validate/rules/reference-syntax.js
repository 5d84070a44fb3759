import { eachString, error } from './helpers.js';
/** How a reference must look after its opening `$env{` or `$secret{`. */
const FORMS = [
    { open: '$env{', rest: /^[A-Za-z_][A-Za-z0-9_]*\}/, words: 'an environment variable name (letters, digits, underscores)' },
    { open: '$secret{', rest: /^[A-Za-z0-9_.-]+\}/, words: 'a secret alias (letters, digits, "_", "." and "-")' },
];
/** Every `$env{…}` and `$secret{…}` must be complete, or the product reads it as plain text. */
export const referenceSyntax = (spec) => {
    const findings = [];
    eachString(spec, (text, pointer, isKey) => {
        if (isKey)
            return;
        for (const { open, rest, words } of FORMS) {
            for (let at = text.indexOf(open); at >= 0; at = text.indexOf(open, at + 1)) {
                if (!rest.test(text.slice(at + open.length))) {
                    findings.push(error('topology/reference-syntax', pointer, `a reference starting with ${open} must hold ${words} and end with }`));
                    return;
                }
            }
        }
    });
    return findings;
};
