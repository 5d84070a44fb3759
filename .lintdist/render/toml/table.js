/**
 * TOML documents as plain objects (insertion order = output order), serialised with smol-toml and
 * parsed back before they leave the renderer.
 */
import { parse, stringify } from 'smol-toml';
import { canonicalJson } from '../../util/canonical.js';
/** Drops keys whose value is undefined, so optional plan fields can be written inline. */
export function compact(entries) {
    const out = {};
    for (const [k, v] of Object.entries(entries))
        if (v !== undefined)
            out[k] = v;
    return out;
}
/** A table only when it has keys. */
export const nonEmpty = (t) => (Object.keys(t).length > 0 ? t : undefined);
/** Serialises with a comment header; throws when the text does not parse back to the same data. */
export function toTomlText(header, doc) {
    const body = stringify(doc);
    const text = header.map((line) => `# ${line}`).join('\n') + '\n\n' + body + (body.endsWith('\n') ? '' : '\n');
    if (canonicalJson(parse(text)) !== canonicalJson(doc))
        throw new Error('rendered TOML does not parse back to the same data');
    return text;
}
