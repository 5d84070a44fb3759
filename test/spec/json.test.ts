import { describe, expect, it } from 'vitest'
import { parseJson } from '../../src/spec/json.js'
import { LoadProblems } from '../../src/spec/problem.js'

const problemOf = (text: string): { rule: string; message: string; offset?: number } => {
  try {
    parseJson(text)
  } catch (err) {
    if (err instanceof LoadProblems && err.problems[0]) return err.problems[0]
    throw err
  }
  throw new Error('expected a problem')
}

describe('parseJson', () => {
  it.each([
    '{}',
    '[]',
    '{"a": [1, -2.5, 3e2, 0, true, false, null], "b": {"c": "d\\n\\u00e9\\"\\\\\\/"}}',
    '  {"x": {"y": {"z": []}}}  \n',
    '"just a string"',
    '{"__proto__": {"polluted": true}}',
  ])('reads %s like JSON.parse', (text) => {
    expect(parseJson(text).data).toEqual(JSON.parse(text))
  })

  it('keeps __proto__ as a plain own key', () => {
    const data = parseJson('{"__proto__": {"polluted": true}}').data as Record<string, unknown>
    expect(Object.keys(data)).toEqual(['__proto__'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('records key and item offsets by JSON pointer', () => {
    const text = '{\n  "name": "a",\n  "nodes": [\n    {"name": "n1"},\n    {"name": "n2"}\n  ]\n}'
    const { offsets } = parseJson(text)
    expect(offsets.get('')).toBe(0)
    expect(text.slice(offsets.get('/name'))).toMatch(/^"name"/)
    expect(text.slice(offsets.get('/nodes/1'))).toMatch(/^\{"name": "n2"\}/)
    expect(text.slice(offsets.get('/nodes/1/name'))).toMatch(/^"name": "n2"/)
  })

  it.each([
    ['{"a": 1,}', 'load/json-syntax', 8, /comma before the closing \}/],
    ['[1, 2,]', 'load/json-syntax', 6, /comma before the closing \]/],
    ["{'a': 1}", 'load/json-syntax', 1, /key in double quotes/],
    ['{"a": \'x\'}', 'load/json-syntax', 6, /double quotes/],
    ['{a: 1}', 'load/json-syntax', 1, /key in double quotes/],
    ['{"a": 1 // note\n}', 'load/json-syntax', 8, /comments/],
    ['{"a": 01}', 'load/json-syntax', 6, /invalid number/],
    ['{"a": "x', 'load/json-syntax', 6, /not closed/],
    ['{"a": "\t"}', 'load/json-syntax', 7, /control character U\+0009/],
    ['{"a": "\\x"}', 'load/json-syntax', 7, /escape/],
    ['{"a": 1', 'load/json-syntax', 7, /ends too early/],
    ['{"a": 1} x', 'load/json-syntax', 9, /end of the document/],
    ['{"a": 1, "a": 2}', 'load/duplicate-key', 9, /key "a" appears twice/],
    ['{"a": tru}', 'load/json-syntax', 6, /expected a value/],
  ])('rejects %j', (text, rule, offset, message) => {
    const problem = problemOf(text)
    expect(problem.rule).toBe(rule)
    expect(problem.offset).toBe(offset)
    expect(problem.message).toMatch(message)
  })

  it('reports every duplicate key, not just the first', () => {
    try {
      parseJson('{"a": 1, "a": 2, "b": {"c": 1, "c": 2}}')
      expect.unreachable()
    } catch (err) {
      expect(err).toBeInstanceOf(LoadProblems)
      expect((err as LoadProblems).problems.map((p) => p.offset)).toEqual([9, 31])
    }
  })

  it('refuses absurd nesting instead of overflowing the stack', () => {
    expect(problemOf('['.repeat(5000) + ']'.repeat(5000)).message).toMatch(/nests deeper/)
  })
})
