/** A small seeded random source, so a failing fuzz or property case can be replayed. */
export class Random {
  private state: number
  constructor(seed: number) {
    this.state = seed >>> 0 || 1
  }
  /** Uniform in [0, 1). mulberry32. */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0)
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  int(max: number): number {
    return Math.floor(this.next() * max)
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  /**
   * A string mixing XML/TOML/YAML metacharacters, quotes, backslashes, line breaks and astral Unicode;
   * with probability `unrepresentable` it also holds one character XML 1.0 cannot carry.
   */
  nastyString(maxLen = 24, unrepresentable = 0.5): string {
    const alphabet = [
      'a', 'Z', '0', ' ', '<', '>', '&', '"', "'", '\\', '\n', '\t', '\r', ']]>', '${', '$env{', '}', '#', '=',
      '[', ']', '{', ':', '-', '\u00e9', '\u4e2d', '\u{1F600}', '\u{10348}', '\u2028', '\u0085',
    ]
    let s = ''
    const n = 1 + this.int(maxLen)
    for (let i = 0; i < n; i++) s += this.pick(alphabet)
    if (this.chance(unrepresentable)) {
      const at = this.int(s.length + 1)
      s = s.slice(0, at) + this.pick(['\u0000', '\u0007', '\u001b', '\ufffe', '\ud800']) + s.slice(at)
    }
    return s
  }
}
