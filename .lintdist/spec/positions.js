import { pathOf, pointerOf } from '../diagnostics/diagnostic.js';
/** Maps character offsets of one text to lines and columns. */
export class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = 0; i < text.length; i++)
            if (text.charCodeAt(i) === 10)
                this.starts.push(i + 1);
    }
    /** The position of a character offset; offsets past the end clamp to the end. */
    at(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((this.starts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, col: offset - (this.starts[lo] ?? 0) + 1 };
    }
}
/**
 * Looks a pointer up in a table of key offsets; a pointer that is not there falls back to its
 * nearest ancestor that is, so a missing key is reported at the mapping that should hold it.
 */
export function lookupOffset(offsets, pointer) {
    const path = pathOf(pointer);
    for (let n = path.length; n >= 0; n--) {
        const hit = offsets.get(pointerOf(path.slice(0, n)));
        if (hit !== undefined)
            return hit;
    }
    return undefined;
}
