/** A problem found while reading a spec file, at a character offset of its text when known. */
export interface LoadProblem {
  rule: string
  message: string
  offset?: number
  hint?: string
}

/** Thrown by the format readers; `load.ts` turns the problems into located diagnostics. */
export class LoadProblems extends Error {
  constructor(readonly problems: LoadProblem[]) {
    super(problems.map((p) => p.message).join('; '))
    this.name = 'LoadProblems'
  }
}

/** Throws a single problem. */
export function fail(rule: string, message: string, offset?: number, hint?: string): never {
  throw new LoadProblems([{ rule, message, offset, ...(hint === undefined ? {} : { hint }) }])
}

/** Sets a key as an own property, so keys such as `__proto__` stay plain data. */
export function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}
