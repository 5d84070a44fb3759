import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { escapeView, escapeXml } from '../../src/render/xml/escape.js'

const parser = new XMLParser({ ignoreAttributes: false, trimValues: false, parseTagValue: false, parseAttributeValue: false, htmlEntities: true })

describe('XML escaping', () => {
  it('round-trips metacharacters, CDATA terminators, line breaks and astral characters in text and attributes', () => {
    const nasty = `a<b>&"c'd ]]> e\r\nf\tg \u{1F600} \u4e2d \\`
    const doc = parser.parse(`<r x="${escapeXml(nasty)}" y='${escapeXml(nasty)}'>${escapeXml(nasty)}</r>`)
    expect(doc.r['#text']).toBe(nasty)
    expect(doc.r['@_x']).toBe(nasty)
    expect(doc.r['@_y']).toBe(nasty)
  })
  it('escapes every string of a view, nested ones too, and leaves numbers and booleans alone', () => {
    const v = escapeView({ a: '<x>', n: 3, b: true, list: ['&'], deep: { s: '"' } })
    expect(v).toEqual({ a: '&lt;x&gt;', n: 3, b: true, list: ['&amp;'], deep: { s: '&quot;' } })
  })
})

describe('parse-back of rendered XML', () => {
  it('rejects documents that are not well-formed, and accepts good ones', async () => {
    const { assertWellFormed } = await import('../../src/render/xml/template.js')
    expect(() => assertWellFormed('<a><b></a>', 'mismatched.xml')).toThrow(/mismatched\.xml is not well-formed/)
    expect(() => assertWellFormed('<a>&nope;</a>', 'entity.xml')).toThrow(/not well-formed/)
    expect(() => assertWellFormed('<a/><b/>', 'two-roots.xml')).toThrow(/not well-formed/)
    expect(() => assertWellFormed('<?xml version="1.0"?><a x="1">&amp;<b/></a>', 'good.xml')).not.toThrow()
  })
})
