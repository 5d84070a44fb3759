import type { Finding } from '../../diagnostics/diagnostic.js'
import type { Rule } from './types.js'
import { eachString, error } from './helpers.js'

/**
 * A closed `$env{…}` / `$secret{…}` is read as a reference by whatever resolves it, so what stands
 * between the braces must be a name it can look up. An opening without a closing brace stays text.
 */
const FORMS = [
  { open: '$env{', name: /^[A-Za-z_][A-Za-z0-9_]*$/, words: 'an environment variable name (letters, digits, underscores; not starting with a digit)' },
  { open: '$secret{', name: /^[A-Za-z0-9_.-]+$/, words: 'a secret alias (letters, digits, "_", "." and "-")' },
] as const

/** Every closed `$env{…}` and `$secret{…}` must hold a usable name. */
export const referenceSyntax: Rule = (spec) => {
  const findings: Finding[] = []
  eachString(spec, (text, pointer, isKey) => {
    if (isKey) return
    for (const { open, name, words } of FORMS) {
      for (let at = text.indexOf(open); at >= 0; at = text.indexOf(open, at + 1)) {
        const close = text.indexOf('}', at + open.length)
        if (close < 0) break
        if (!name.test(text.slice(at + open.length, close))) {
          findings.push(error('topology/reference-syntax', pointer, `the reference ${open}…} must hold ${words}`, 'fix the name between the braces, or avoid the reference syntax in a literal value'))
          return
        }
      }
    }
  })
  return findings
}
