/** Edit distance between two strings (insertions, deletions, substitutions and adjacent swaps). */
export function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    const at = (i, j) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, at(i - 2, j - 2) + 1);
            const row = d[i];
            if (row)
                row[j] = best;
        }
    }
    return at(a.length, b.length);
}
/**
 * The candidate closest to `word` ("did you mean"), or undefined when none is close enough.
 * Case and the separators `-`, `_` are ignored when comparing; ties go to the earlier candidate.
 */
export function suggest(word, candidates) {
    const norm = (s) => s.toLowerCase().replace(/[-_]/g, '');
    const w = norm(word);
    if (w === '')
        return undefined;
    // A third of the word may differ, at least one and at most four edits.
    const limit = Math.min(4, Math.max(1, Math.floor(w.length / 3)));
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
        if (candidate === word)
            continue;
        const c = norm(candidate);
        const distance = editDistance(w, c);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return bestDistance <= limit ? best : undefined;
}
