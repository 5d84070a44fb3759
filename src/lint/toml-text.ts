/**
 * A line scanner for TOML text: table headers and comments with their positions, in file order.
 * It follows strings (multi-line ones included) so that `[x]` or `#` inside a value is not taken
 * for a header or a comment. Used where the parsed document has lost the order of the text.
 */
import type { Position } from '../spec/positions.js'

export interface TomlHeader {
  /** The header's key as written, whitespace around dots removed: `apim.key_manager`, `"a.b".c`. */
  key: string
  array: boolean
  at: Position
}

export interface TomlText {
  headers: TomlHeader[]
  comments: Position[]
}

export function scanTomlText(text: string): TomlText {
  const headers: TomlHeader[] = []
  const comments: Position[] = []
  let open: '"""' | "'''" | undefined // an unfinished multi-line string
  const lines = text.split('\n')
  lines.forEach((raw, index) => {
    const line = raw.replace(/\r$/, '')
    let i = 0
    if (open) {
      const end = closeOf(line, 0, open)
      if (end < 0) return
      open = undefined
      i = end
    }
    const lead = /^[ \t]*/.exec(line)![0].length
    if (i === 0 && line[lead] === '[') {
      const array = line[lead + 1] === '['
      const close = line.indexOf(array ? ']]' : ']', lead)
      if (close > lead) {
        headers.push({ key: normalise(line.slice(lead + (array ? 2 : 1), close)), array, at: { line: index + 1, col: lead + 1 } })
        i = close + (array ? 2 : 1)
      }
    }
    for (; i < line.length; i++) {
      const c = line[i]
      if (c === '#') {
        comments.push({ line: index + 1, col: i + 1 })
        return
      }
      if (c === '"' || c === "'") {
        const triple = c.repeat(3) as '"""' | "'''"
        if (line.startsWith(triple, i)) {
          const end = closeOf(line, i + 3, triple)
          if (end < 0) {
            open = triple
            return
          }
          i = end - 1
        } else {
          let j = i + 1
          while (j < line.length && line[j] !== c) j += c === '"' && line[j] === '\\' ? 2 : 1
          i = j
        }
      }
    }
  })
  return { headers, comments }
}

/** The index just past the closing delimiter of a multi-line string, or -1 when it goes on. */
function closeOf(line: string, from: number, delim: '"""' | "'''"): number {
  for (let i = from; i < line.length; i++) {
    if (delim === '"""' && line[i] === '\\') {
      i++
      continue
    }
    if (line.startsWith(delim, i)) {
      let end = i + 3
      while (line[end] === delim[0] && end - i < 5) end++ // up to two quotes may belong to the content
      return end
    }
  }
  return -1
}

const normalise = (key: string): string => key.trim().replace(/\s*\.\s*/g, '.')
