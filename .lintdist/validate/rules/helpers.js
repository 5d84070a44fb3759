import { pointerOf } from '../../diagnostics/diagnostic.js';
/** An error finding. */
export const error = (rule, pointer, message, hint) => ({
    severity: 'error',
    rule,
    pointer,
    message,
    ...(hint === undefined ? {} : { hint }),
});
/** A warning finding. */
export const warning = (rule, pointer, message, hint) => ({
    ...error(rule, pointer, message, hint),
    severity: 'warning',
});
export const indexed = (spec) => spec.nodes.map((node, index) => ({ node, index }));
export const withRole = (spec, ...roles) => indexed(spec).filter(({ node }) => roles.includes(node.role));
/** Nodes running an API Manager or key manager product (everything but microgateways). */
export const serverNodes = (spec) => indexed(spec).filter(({ node }) => node.role !== 'microgateway');
/** The key manager type, resident when the spec does not say. */
export const keyManagerType = (spec) => spec.keyManager?.type ?? 'resident';
export const nodePointer = (index, ...rest) => pointerOf(['nodes', index, ...rest]);
/** `"a", "b" and "c"`. */
export function names(items) {
    const quoted = items.map((s) => `"${s}"`);
    return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1] ?? ''}`;
}
/** Calls `visit` for every string value (and, with `keys`, every mapping key) under `value`. */
export function eachString(value, visit, path = [], skip = () => false) {
    if (skip(path))
        return;
    if (typeof value === 'string')
        visit(value, pointerOf(path), false);
    else if (Array.isArray(value))
        value.forEach((item, i) => eachString(item, visit, [...path, i], skip));
    else if (value !== null && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) {
            visit(key, pointerOf([...path, key]), true);
            eachString(item, visit, [...path, key], skip);
        }
    }
}
