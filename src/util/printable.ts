/**
 * Text from a folder someone else controls (file names, values quoted in findings), made safe to
 * print on one line of a terminal or a log: control characters (C0, DEL, C1), line and paragraph
 * separators and bidirectional overrides are written as `\xNN` / `\u{NNNN}` escapes, and a backslash
 * as `\\`, so a name can neither move the cursor, recolour the terminal nor forge a log line.
 */
const UNSAFE = /[\\\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => {
    if (c === '\\') return '\\\\'
    const code = c.charCodeAt(0)
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`
  })
}

/** Paths for one line of stderr, each made printable: the first 20, then how many more (--json has them all). */
export function printableList(paths: readonly string[]): string {
  const shown = paths.slice(0, 20).map(printable).join(', ')
  return paths.length > 20 ? `${shown}, and ${paths.length - 20} more` : shown
}
