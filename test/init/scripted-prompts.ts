/** A prompts module that answers from a script: the first unused entry whose pattern matches the message, else the default. */
import type { Choice, Prompts } from '../../src/init/wizard.js'

export interface Scripted extends Prompts {
  asked: string[]
}

export function scripted(script: readonly (readonly [RegExp, unknown])[]): Scripted {
  const used = new Set<number>()
  const asked: string[] = []
  const answer = (message: string): { found: boolean; value?: unknown } => {
    asked.push(message)
    const i = script.findIndex(([re], idx) => !used.has(idx) && re.test(message))
    if (i < 0) return { found: false }
    used.add(i)
    return { found: true, value: script[i]![1] }
  }
  const checked = (message: string, value: string, validate?: (v: string) => boolean | string): string => {
    const ok = validate ? validate(value) : true
    if (ok !== true) throw new Error(`answer ${JSON.stringify(value)} to "${message}" refused: ${String(ok)}`)
    return value
  }
  return {
    asked,
    async select<T>(o: { message: string; choices: readonly Choice<T>[]; default?: T }): Promise<T> {
      const a = answer(o.message)
      const value = (a.found ? a.value : (o.default ?? o.choices[0]!.value)) as T
      if (!o.choices.some((c) => c.value === value)) throw new Error(`"${String(value)}" is not a choice of "${o.message}"`)
      return value
    },
    async input(o) {
      const a = answer(o.message)
      return checked(o.message, a.found ? String(a.value) : (o.default ?? ''), o.validate)
    },
    async confirm(o) {
      const a = answer(o.message)
      return a.found ? Boolean(a.value) : (o.default ?? false)
    },
    async password(o) {
      const a = answer(o.message)
      return checked(o.message, a.found ? String(a.value) : '', o.validate)
    },
  }
}
