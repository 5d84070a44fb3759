import { describe, expect, it } from 'vitest'
import { diffLines, splitLines, unifiedDiff } from '../../src/check/diff.js'

/** Applies a unified diff to `old` (the test's own reading of the format). */
function applyPatch(old: string, patch: string): string {
  const src = splitLines(old)
  const out: string[] = []
  let next = 0 // index into src
  const lines = patch.split('\n')
  for (let i = 2; i < lines.length; i++) {
    const m = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(lines[i]!)
    if (!m) continue
    const start = Number(m[1]) - (m[2] === '0' ? 0 : 1)
    while (next < start) out.push(src[next++]!)
    for (i++; i < lines.length && !lines[i]!.startsWith('@@'); i++) {
      let line = lines[i]!
      if (line === '') continue
      if (lines[i + 1]?.startsWith('\\ No newline')) line += '\n' + lines[++i]
      const op = line[0]
      const body = line.slice(1)
      if (op === ' ' || op === '-') {
        expect(src[next], `context/removed line ${next + 1}`).toBe(body)
        next++
      }
      if (op === ' ' || op === '+') out.push(body)
    }
    i--
  }
  while (next < src.length) out.push(src[next++]!)
  return out.map((l) => (l.endsWith('\n\\ No newline at end of file') ? l.slice(0, -'\n\\ No newline at end of file'.length) : l + '\n')).join('')
}

/** Deterministic pseudo-random texts over a small alphabet of lines, so that lines repeat. */
function texts(seed: number, count: number): [string, string][] {
  let s = seed
  const rnd = (n: number): number => {
    s = (s * 1103515245 + 12345) % 2 ** 31
    return s % n
  }
  const text = (): string => {
    const n = rnd(12)
    const lines = Array.from({ length: n }, () => ['a', 'b', 'c', '<x/>', '', 'd e'][rnd(6)]!)
    return lines.join('\n') + (rnd(4) === 0 ? '' : n > 0 ? '\n' : '')
  }
  return Array.from({ length: count }, () => [text(), text()])
}

/** Longest common subsequence length, the textbook way, to check that the diff is minimal. */
function lcs(a: readonly string[], b: readonly string[]): number {
  const d = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i]![j] = a[i - 1] === b[j - 1] ? d[i - 1]![j - 1]! + 1 : Math.max(d[i - 1]![j]!, d[i]![j - 1]!)
  return d[a.length]![b.length]!
}

describe('unified diff', () => {
  it('prints diff -u style headers, hunk ranges and three lines of context', () => {
    const old = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].join('\n') + '\n'
    const now = old.replace('5\n', 'five\n')
    expect(unifiedDiff('a/f.xml', 'b/f.xml', old, now)).toBe(['--- a/f.xml', '+++ b/f.xml', '@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-5', '+five', ' 6', ' 7', ' 8', ''].join('\n'))
  })

  it('keeps distant changes in separate hunks and marks a missing final newline', () => {
    const old = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n') + '\n'
    const now = old.replace('line 2\n', 'LINE 2\n').replace('line 20\n', 'line 20')
    const d = unifiedDiff('a/x', 'b/x', old, now)
    expect(d.match(/^@@/gm)).toHaveLength(2)
    expect(d).toContain('@@ -17,4 +17,4 @@')
    expect(d).toContain('-line 20\n+line 20\n\\ No newline at end of file\n')
  })

  it('is empty for equal texts and handles empty sides', () => {
    expect(unifiedDiff('a', 'b', 'same\n', 'same\n')).toBe('')
    expect(unifiedDiff('a', 'b', '', 'x\ny\n')).toBe('--- a\n+++ b\n@@ -0,0 +1,2 @@\n+x\n+y\n')
    expect(unifiedDiff('a', 'b', 'x\n', '')).toBe('--- a\n+++ b\n@@ -1 +0,0 @@\n-x\n')
  })

  it('applying the diff to the old text gives the new text, with a minimal number of edits (500 random pairs)', () => {
    for (const [a, b] of texts(7, 500)) {
      const patch = unifiedDiff('a/t', 'b/t', a, b)
      if (a === b) {
        expect(patch).toBe('')
        continue
      }
      expect(applyPatch(a, patch), JSON.stringify({ a, b, patch })).toBe(b)
      const [la, lb] = [splitLines(a), splitLines(b)]
      const edits = diffLines(la, lb).filter((e) => e.op !== ' ').length
      expect(edits).toBe(la.length + lb.length - 2 * lcs(la, lb))
    }
  })
})
