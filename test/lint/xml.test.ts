import { XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { parseXml, select, textOf, textPosition, XmlSyntaxError } from '../../src/lint/xml.js'

const errorOf = (text: string): XmlSyntaxError => {
  try {
    parseXml(text)
  } catch (err) {
    if (err instanceof XmlSyntaxError) return err
    throw err
  }
  throw new Error('expected a syntax error')
}

describe('lint XML reader', () => {
  it('reports the line and column of elements, attributes and text', () => {
    const root = parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a>\n  <b x="1"\n     y=\'2\'>\n    text &amp; more\n  </b>\n  <!-- <c/> -->\n  <c><![CDATA[<raw>]]></c>\n</a>\n')
    const b = select(root, 'b')[0]!
    expect(b.at).toEqual({ line: 3, col: 3 })
    expect(b.attrs).toEqual({ x: '1', y: '2' })
    expect(b.attrAt.y).toEqual({ line: 4, col: 6 })
    expect(textOf(b)).toBe('text & more')
    expect(textPosition(b)).toEqual({ line: 5, col: 5 })
    expect(select(root, 'c').map(textOf)).toEqual(['<raw>']) // the commented-out <c/> is not an element
  })

  const broken: [string, string, string][] = [
    ['<a>\n  <b>\n</a>\n', 'does not match start tag <b>', '3:1'],
    ['<a>\n  <b>\n', 'is not closed', '3:1'],
    ['<a x="1" x="2"/>', 'appears twice', '1:10'],
    ['<a>\n  Fish &amp Chips\n</a>', 'not closed with ";"', '2:8'],
    ['<a>&nbsp;</a>', 'unknown entity &nbsp;', '1:4'],
    ['<a><!-- one -- two --></a>', '"--" is not allowed inside a comment', '1:13'],
    ['<a/><b/>', 'second root element', '1:5'],
    ['<a/>\ntail', 'text after the end of the root element', '2:1'],
    ['<a b="x < y"/>', '"<" is not allowed in an attribute value', '1:9'],
    ['<a b=1/>', 'must be in quotes', '1:6'],
    ['  <?xml version="1.0"?><a/>', 'only at the very start', '1:3'],
    ['<a>\u0001</a>', 'not allowed in XML', '1:4'],
    ['', 'no root element', '1:1'],
  ]
  for (const [text, message, at] of broken) {
    it(`rejects ${JSON.stringify(text).slice(0, 40)} at ${at}`, () => {
      const e = errorOf(text)
      expect(e.message).toContain(message)
      expect(`${e.at.line}:${e.at.col}`).toBe(at)
    })
  }

  it('agrees with an independent parser on which documents are well-formed', () => {
    const samples = [
      '<a/>',
      '<a><b/></a>',
      '<a><b></a>',
      '<a x="1" x="1"/>',
      '<a>&amp;&lt;&#65;&#x42;</a>',
      '<a>&bogus</a>',
      '<a></b>',
      '<ns:a xmlns:ns="u"><ns:b/></ns:a>',
      '<a b="1"c="2"/>',
      '<a><![CDATA[x]]></a>',
      '<a>',
      '<1a/>',
    ]
    for (const s of samples) {
      let mine = true
      try {
        parseXml(s)
      } catch {
        mine = false
      }
      expect(mine, s).toBe(XMLValidator.validate(s) === true)
    }
  })
})
