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

describe('suggest gives the answer of a full comparison with every candidate', () => {
  /** Full matrix, no early stop: the definition the fast path must agree with. */
  const fullDistance = (a: string, b: string): number => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1)
      }
    }
    return d[a.length]![b.length]!
  }
  const norm = (s: string): string => s.toLowerCase().replace(/[-_]/g, '')
  const reference = (word: string, candidates: readonly string[]): string | undefined => {
    const w = norm(word)
    if (w === '') return undefined
    const limit = Math.min(4, Math.max(1, Math.floor(w.length / 3)))
    let best: string | undefined
    let bestDistance = Number.POSITIVE_INFINITY
    for (const c of candidates) {
      if (c === word) continue
      const distance = fullDistance(w, norm(c))
      if (distance < bestDistance) [best, bestDistance] = [c, distance]
    }
    return bestDistance <= limit ? best : undefined
  }

  it('on 2,000 random words against random candidate lists', () => {
    let seed = 7
    const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    const word = (): string => Array.from({ length: 1 + rnd(14) }, () => 'abcde_-.'[rnd(8)]).join('')
    for (let k = 0; k < 2000; k++) {
      const w = word()
      const candidates = Array.from({ length: 1 + rnd(12) }, word)
      expect(suggest(w, candidates), `${w} in ${candidates.join(' ')}`).toBe(reference(w, candidates))
      const c = candidates[0]!
      expect(editDistance(w, c)).toBe(fullDistance(w, c))
    }
  })
})
