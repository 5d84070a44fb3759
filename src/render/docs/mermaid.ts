/** Mermaid flowchart text: stable ids and labels that survive any characters. */

/** Label text for `["…"]` and `|"…"|`: quotes and markup become Mermaid entity codes. */
export function mermaidLabel(text: string): string {
  return text
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/&/g, '#amp;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/\|/g, '#124;')
    .replace(/[\r\n]+/g, ' ')
}

/** Lines inside a label. */
export const lines = (...parts: readonly string[]): string => parts.map(mermaidLabel).join('<br/>')

/** An id from any text: letters, digits and underscores, prefixed so that it never is a keyword. */
export const mermaidId = (prefix: string, text: string): string => `${prefix}_${text.replace(/[^A-Za-z0-9]/g, '_')}`
