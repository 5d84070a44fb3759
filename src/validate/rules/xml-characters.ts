import type { Finding } from '../../diagnostics/diagnostic.js'
import type { Rule } from './types.js'
import { eachString, error } from './helpers.js'

/** The first character XML 1.0 cannot carry (C0 controls but tab, LF, CR; U+FFFE/FFFF; lone surrogates). */
export function firstXmlInvalid(text: string): number | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return c
    if (c === 0xfffe || c === 0xffff) return c
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
      else return c
    } else if (c >= 0xdc00 && c <= 0xdfff) return c
  }
  return undefined
}

/** Every value ends up in an XML document (directly, or through deployment.toml). */
export const xmlCharacters: Rule = (spec) => {
  const findings: Finding[] = []
  eachString(spec, (text, pointer, isKey) => {
    const code = firstXmlInvalid(text)
    if (code === undefined) return
    const what = isKey ? 'this key contains' : 'this value contains'
    findings.push(
      error('topology/xml-invalid-character', pointer, `${what} the character U+${code.toString(16).toUpperCase().padStart(4, '0')}, which XML 1.0 cannot carry; remove it`),
    )
  })
  return findings
}
