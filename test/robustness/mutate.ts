/** Mutations of a fixture spec for the fuzz test: structural changes on the data, and text-level ones. */
import { stringify } from 'yaml'
import type { Random } from '../helpers/random.js'

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

/** Every path to a value in the document, for picking a place to mutate. */
function paths(v: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at)
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out))
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out)
  return out
}

function setAt(root: Json, path: (string | number)[], make: (old: Json) => Json | undefined): Json {
  if (path.length === 0) return make(root) ?? null
  const clone = structuredClone(root) as Record<string | number, Json>
  let parent = clone as Record<string | number, Json>
  for (const p of path.slice(0, -1)) parent = parent[p] as Record<string | number, Json>
  const last = path[path.length - 1]!
  const next = make(parent[last] as Json)
  if (next === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1)
    else delete parent[last]
  } else parent[last] = next
  return clone as Json
}

const deep = (depth: number): Json => (depth === 0 ? 'x' : { n: deep(depth - 1) })

function randomValue(r: Random): Json {
  switch (r.int(9)) {
    case 0: return r.nastyString()
    case 1: return r.pick([0, -1, 1.5, 2 ** 53 + 1, 1e308, -1e308, 65536, 99999999999])
    case 2: return r.chance(0.5)
    case 3: return null
    case 4: return [r.nastyString(), r.int(10)]
    case 5: return { [r.nastyString(6)]: r.nastyString() }
    case 6: return deep(50 + r.int(400))
    case 7: return r.pick(['auto', 'apim-2.6.0', 'apim-4.7.0', 'key-manager', 'all-in-one', 'is7', 'h2', '$secret{x}', '$env{X}'])
    default: return 'x'.repeat(r.int(5000))
  }
}

/** One mutated document as YAML text. */
export function mutateData(doc: Json, r: Random): string {
  let d = doc
  const rounds = 1 + r.int(3)
  for (let i = 0; i < rounds; i++) {
    const all = paths(d)
    const at = r.pick(all)
    const op = r.int(4)
    if (op === 0) d = setAt(d, at, () => undefined) // drop a key or element
    else if (op === 1) d = setAt(d, at, () => randomValue(r)) // swap a type / value
    else if (op === 2) d = setAt(d, at, (old) => (typeof old === 'string' ? old + r.nastyString(4) : randomValue(r)))
    else d = setAt(d, at, (old) => (old && typeof old === 'object' && !Array.isArray(old) ? { ...old, [r.nastyString(8)]: randomValue(r) } : old))
  }
  return stringify(d)
}

/** Text-level damage YAML data cannot express: duplicate keys, alias bombs, truncation, bad bytes. */
export function mutateText(text: string, r: Random): string {
  const lines = text.split('\n')
  switch (r.int(6)) {
    case 0: {
      const i = r.int(lines.length)
      lines.splice(i, 0, lines[i] ?? '') // duplicate a line: duplicate key or node
      return lines.join('\n')
    }
    case 1: {
      const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
      for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill('*' + String.fromCharCode(96 + i)).join(',')}]`)
      return bomb.join('\n') + '\n' + text
    }
    case 2:
      return text.slice(0, r.int(text.length)) // truncated
    case 3:
      return text.replace(/\n/, '\n\u0000\u0001\u00ff') // control characters
    case 4:
      return lines.map((l) => (r.chance(0.1) ? '\t' + l : l)).join('\n') // tabs as indentation
    default:
      return text.replace(/: /, ': [') // unclosed flow sequence
  }
}
