/**
 * A line-based unified diff (Myers' O(ND) algorithm), enough to show configuration drift the way
 * `diff -u` does: `---`/`+++` headers, `@@ -a,b +c,d @@` hunks with three lines of context.
 */
/** Beyond this many differing lines the diff shows the changed middle as one block. */
const MAX_EDIT_DISTANCE = 2000;
/** Splits text into lines; a final line without a newline is kept and marked. */
export function splitLines(text) {
    if (text === '')
        return [];
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    else
        lines[lines.length - 1] += '\n\\ No newline at end of file';
    return lines;
}
/** The shortest edit script from `a` to `b`. */
export function diffLines(a, b) {
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start])
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const head = a.slice(0, start).map((line) => ({ op: ' ', line }));
    const tail = a.slice(endA).map((line) => ({ op: ' ', line }));
    return [...head, ...myers(a.slice(start, endA), b.slice(start, endB)), ...tail];
}
function myers(a, b) {
    const n = a.length;
    const m = b.length;
    const max = n + m;
    const whole = () => [...a.map((line) => ({ op: '-', line })), ...b.map((line) => ({ op: '+', line }))];
    if (n === 0 || m === 0)
        return whole();
    // v[k + max] = the furthest x on diagonal k; one snapshot per edit distance d for the backtrack.
    const v = new Int32Array(2 * max + 2);
    const trace = [];
    for (let d = 0; d <= Math.min(max, MAX_EDIT_DISTANCE); d++) {
        trace.push(v.slice(max - d, max + d + 2));
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            v[max + k] = x;
            if (x >= n && y >= m)
                return backtrack(a, b, trace, d);
        }
    }
    return whole();
}
function backtrack(a, b, trace, dEnd) {
    const edits = [];
    let x = a.length;
    let y = b.length;
    for (let d = dEnd; d > 0; d--) {
        // trace[d] is v as round d found it, for diagonals -d … d+1
        const snap = trace[d];
        const at = (k) => snap[k + d];
        const k = x - y;
        const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
        const prevK = down ? k + 1 : k - 1;
        const prevX = at(prevK);
        const prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            edits.push({ op: ' ', line: a[--x] });
            y--;
        }
        if (down)
            edits.push({ op: '+', line: b[--y] });
        else
            edits.push({ op: '-', line: a[--x] });
    }
    while (x > 0 && y > 0) {
        edits.push({ op: ' ', line: a[--x] });
        y--;
    }
    return edits.reverse();
}
/**
 * A unified diff of two texts, or '' when they are equal. `from`/`to` name the two sides in the
 * `---`/`+++` header lines.
 */
export function unifiedDiff(from, to, oldText, newText, context = 3) {
    if (oldText === newText)
        return '';
    const edits = diffLines(splitLines(oldText), splitLines(newText));
    const out = [`--- ${from}`, `+++ ${to}`];
    // Positions (1-based line numbers on each side) of every edit.
    let oldLine = 1;
    let newLine = 1;
    const rows = edits.map((e) => {
        const row = { ...e, oldLine, newLine };
        if (e.op !== '+')
            oldLine++;
        if (e.op !== '-')
            newLine++;
        return row;
    });
    let i = 0;
    while (i < rows.length) {
        if (rows[i].op === ' ') {
            i++;
            continue;
        }
        // A hunk: from `context` lines before this change until `context` lines after the last change
        // that lies within 2*context of the previous one.
        const start = Math.max(0, i - context);
        let end = i;
        for (let j = i; j < rows.length; j++) {
            if (rows[j].op !== ' ')
                end = j;
            else if (j - end > 2 * context)
                break;
        }
        const stop = Math.min(rows.length, end + context + 1);
        const hunk = rows.slice(start, stop);
        const oldCount = hunk.filter((r) => r.op !== '+').length;
        const newCount = hunk.filter((r) => r.op !== '-').length;
        const oldStart = oldCount === 0 ? hunk[0].oldLine - 1 : hunk.find((r) => r.op !== '+').oldLine;
        const newStart = newCount === 0 ? hunk[0].newLine - 1 : hunk.find((r) => r.op !== '-').newLine;
        out.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`);
        for (const r of hunk)
            out.push(r.op + r.line);
        i = stop;
    }
    return out.join('\n') + '\n';
}
const range = (start, count) => (count === 1 ? String(start) : `${start},${count}`);
