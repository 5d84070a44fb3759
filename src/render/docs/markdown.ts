/** Markdown building blocks that stay intact whatever text they hold. */

const longestRun = (s: string, ch: string): number => {
  let best = 0
  let run = 0
  for (const c of s) {
    run = c === ch ? run + 1 : 0
    if (run > best) best = run
  }
  return best
}

/** An inline code span; newlines become spaces, the fence outgrows any backtick run inside. */
export function code(text: string): string {
  const flat = text.replace(/\r?\n|\r/g, ' ')
  const fence = '`'.repeat(longestRun(flat, '`') + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

/** Text for a table cell: pipes escaped, one line. */
export const cell = (text: string): string => text.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|')

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${headers.map(cell).join(' | ')} |`,
    `|${headers.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ]
}

/** A fenced code block whose fence is longer than any backtick run in the lines. */
export function fence(lines: readonly string[], lang = 'sh'): string[] {
  const n = Math.max(3, ...lines.map((l) => longestRun(l, '`') + 1))
  const f = '`'.repeat(n)
  return [`${f}${lang}`, ...lines.flatMap((l) => l.split(/\r?\n|\r/)), f]
}

/** Product prose that may hold Markdown of its own (code spans): newlines collapse, nothing is escaped. */
export const flat = (s: string): string => s.replace(/\s*(\r?\n|\r)\s*/g, ' ')

/**
 * Text that holds spec values, for prose: newlines collapse, so a value cannot start a heading or a list, and the
 * characters that open Markdown or HTML syntax are backslash-escaped (CommonMark: any ASCII
 * punctuation may be escaped). An underscore inside a word opens no emphasis and stays as it is.
 */
export const text = (s: string): string =>
  flat(s)
    .replace(/[\\`*[\]<>~&]/g, '\\$&')
    .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_')

/** One numbered part of a generated document. */
export interface Part {
  title: string
  body: string[]
}
