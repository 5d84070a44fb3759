import { describe, expect, it } from 'vitest'
import { editDistance, suggest } from '../../src/spec/suggest.js'

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['ab', 'ba', 1],
    ['publisher', 'publisher', 0],
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d)
    expect(editDistance(b, a)).toBe(d)
  })
})

describe('suggest', () => {
  it.each([
    ['servce_url', ['service_url', 'server_url_x', 'other'], 'service_url'],
    ['keyManger', ['name', 'platform', 'keyManager', 'database'], 'keyManager'],
    ['apim-2.6', ['apim-2.6.0', 'apim-4.7.0'], 'apim-2.6.0'],
    ['wroker', ['worker', 'store', 'gateway'], 'worker'],
    ['all_in_one', ['all-in-one', 'publisher'], 'all-in-one'],
    ['PUBLISHER', ['publisher', 'store'], 'publisher'],
    ['mysq', ['h2', 'mysql', 'postgresql'], 'mysql'],
  ])('%s → %s', (word, candidates, expected) => {
    expect(suggest(word, candidates)).toBe(expected)
  })

  it.each([
    ['zzzzzz', ['publisher', 'store']],
    ['', ['a']],
    ['x', []],
    ['gateway', ['gateway-worker', 'gateway-manager']],
  ])('has nothing close for %s', (word, candidates) => {
    expect(suggest(word, candidates)).toBeUndefined()
  })

  it('never suggests the word itself', () => {
    expect(suggest('store', ['store'])).toBeUndefined()
  })

  it('prefers the closest candidate, then the earlier one', () => {
    expect(suggest('stor', ['store', 'stop'])).toBe('store')
    expect(suggest('abcd', ['abce', 'abcf'])).toBe('abce')
  })
})
