/** Edit distance between two strings (insertions, deletions, substitutions and adjacent swaps). */
export function editDistance(a: string, b: string): number {
  return boundedDistance(a, b, Number.POSITIVE_INFINITY)
}

/**
 * The edit distance of `editDistance`, or any number above `bound` as soon as the distance is known
 * to exceed it (two rows in a row above the bound: every later cell comes from one of them).
 */
function boundedDistance(a: string, b: string, bound: number): number {
  const cols = b.length + 1
  let before = new Array<number>(cols).fill(0) // row i-2
  let prev = Array.from({ length: cols }, (_, j) => j) // row i-1
  let row = new Array<number>(cols).fill(0)
  let prevMin = 0
  for (let i = 1; i <= a.length; i++) {
    row[0] = i
    let rowMin = i
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1)
      row[j] = best
      if (best < rowMin) rowMin = best
    }
    if (rowMin > bound && prevMin > bound) return bound + 1
    prevMin = rowMin
    ;[before, prev, row] = [prev, row, before]
  }
  return prev[cols - 1]!
}

/** Normalised candidates: catalogs are asked the same thousands of names again and again. */
const normalised = new Map<string, string>()
const norm = (s: string): string => {
  let n = normalised.get(s)
  if (n === undefined) {
    n = s.toLowerCase().replace(/[-_]/g, '')
    if (normalised.size < 100_000) normalised.set(s, n)
  }
  return n
}

/**
 * The candidate closest to `word` ("did you mean"), or undefined when none is close enough.
 * Case and the separators `-`, `_` are ignored when comparing; ties go to the earlier candidate.
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const w = norm(word)
  if (w === '') return undefined
  // A third of the word may differ, at least one and at most four edits.
  const limit = Math.min(4, Math.max(1, Math.floor(w.length / 3)))
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    if (candidate === word) continue
    const c = norm(candidate)
    // Only a distance below the best so far, and within the limit, can change the answer.
    const distance = boundedDistance(w, c, Math.min(limit, bestDistance - 1))
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return bestDistance <= limit ? best : undefined
}
