/**
 * Grammar check for the Mermaid subset topology.mmd uses. Mermaid's own parser needs a browser DOM,
 * so the renderer checks its output against this grammar instead (and the tests check every fixture):
 *
 *   file      := (comment | blank)* "flowchart " dir (NL statement)*
 *   statement := "subgraph " id "[\"" label "\"]" | "direction " dir | "end"
 *              | id shape | id " " arrow ("|\"" label "\"|")? " " id | comment | blank
 *   shape     := ["…"] | [("…")] | {{"…"}} | [/"…"/]
 *   arrow     := --> | -.-> | <--> | <-.-> | --- | -.-
 *   label     := no raw quote, `#` only in `#name;` / `#123;` entities, `<` only in `<br/>`
 *
 * plus: subgraphs balanced, ids unique, every edge end declared, no keyword as id.
 */

export interface MermaidProblem {
  line: number
  message: string
}

const ID = '[A-Za-z][A-Za-z0-9_]*'
const LABEL = '(?:[^"#<\\r\\n]|#[A-Za-z]+;|#[0-9]+;|<br/>)*'
const DIR = '(?:TB|TD|BT|LR|RL)'
const ARROW = '(?:<-\\.->|<-->|-\\.->|-->|-\\.-|---)'
const KEYWORDS = new Set(['end', 'subgraph', 'flowchart', 'graph', 'direction', 'style', 'class', 'classdef', 'click', 'linkstyle', 'default', 'call', 'href', 'interpolate', 'acctitle', 'accdescr'])

const HEADER = new RegExp(`^flowchart ${DIR}$`)
const SUBGRAPH = new RegExp(`^subgraph (${ID})\\["(${LABEL})"\\]$`)
const DIRECTION = new RegExp(`^direction ${DIR}$`)
const NODE = new RegExp(`^(${ID})(?:\\["${LABEL}"\\]|\\[\\("${LABEL}"\\)\\]|\\{\\{"${LABEL}"\\}\\}|\\[/"${LABEL}"/\\])$`)
const EDGE = new RegExp(`^(${ID}) ${ARROW}(?:\\|"${LABEL}"\\|)? (${ID})$`)

export function checkMermaid(source: string): MermaidProblem[] {
  const problems: MermaidProblem[] = []
  const lines = source.split('\n')
  if (source.endsWith('\n')) lines.pop()
  const declared = new Set<string>()
  const edges: { from: string; to: string; line: number }[] = []
  let depth = 0
  let header = false
  const declare = (id: string, line: number) => {
    if (KEYWORDS.has(id.toLowerCase())) problems.push({ line, message: `"${id}" is a Mermaid keyword` })
    else if (declared.has(id)) problems.push({ line, message: `id "${id}" declared twice` })
    declared.add(id)
  }
  lines.forEach((raw, i) => {
    const line = i + 1
    const s = raw.trim()
    if (s === '' || s.startsWith('%%')) return
    if (!header) {
      if (HEADER.test(s)) header = true
      else problems.push({ line, message: 'expected "flowchart <direction>" first' })
      return
    }
    let m: RegExpExecArray | null
    if ((m = SUBGRAPH.exec(s))) {
      declare(m[1]!, line)
      depth++
    } else if (s === 'end') {
      if (depth === 0) problems.push({ line, message: '"end" without "subgraph"' })
      else depth--
    } else if (DIRECTION.test(s)) {
      if (depth === 0) problems.push({ line, message: '"direction" outside a subgraph' })
    } else if ((m = EDGE.exec(s))) {
      edges.push({ from: m[1]!, to: m[2]!, line })
    } else if ((m = NODE.exec(s))) {
      declare(m[1]!, line)
    } else {
      problems.push({ line, message: `not a statement of the subset: ${s.slice(0, 80)}` })
    }
  })
  if (!header) problems.push({ line: 1, message: 'no "flowchart" header' })
  if (depth !== 0) problems.push({ line: lines.length, message: `${depth} subgraph(s) not closed` })
  for (const e of edges) {
    for (const id of [e.from, e.to]) if (!declared.has(id)) problems.push({ line: e.line, message: `edge to undeclared id "${id}"` })
  }
  return problems
}
