/**
 * `wso2cfg schema --write <path>`: a copy of the topology schema beside a spec, for editors that
 * work offline. An existing file is replaced only when it is a copy of this schema (same `$id`,
 * possibly an older version); any other file is left alone.
 */
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { UsageError } from '../diagnostics/diagnostic.js'

/** The text `wso2cfg schema` prints and `--write` stores. */
export const schemaText = (schema: object): string => JSON.stringify(schema, null, 2) + '\n'

export type SchemaWrite = 'written' | 'replaced' | 'unchanged'

function idOf(text: string): unknown {
  try {
    return (JSON.parse(text) as { $id?: unknown } | null)?.$id
  } catch {
    return undefined
  }
}

export function writeSchemaCopy(path: string, schema: object): SchemaWrite {
  const text = schemaText(schema)
  const id = (schema as { $id?: unknown }).$id
  let outcome: SchemaWrite = 'written'
  if (existsSync(path)) {
    if (!statSync(path).isFile()) throw new UsageError(`cannot write the schema to ${path}: it exists and is not a file`)
    const current = readFileSync(path, 'utf8')
    if (current === text) return 'unchanged'
    if (idOf(current) !== id) throw new UsageError(`${path} exists and is not a schema written by wso2cfg; nothing written (remove it or choose another path)`)
    outcome = 'replaced'
  } else if (!existsSync(dirname(path) || '.')) {
    throw new UsageError(`cannot write ${path}: its folder does not exist`)
  }
  // Written beside the target and renamed: a reader sees the old copy or the new one, never half.
  const tmp = join(dirname(path), `.${basename(path)}.wso2cfg-tmp-${process.pid}`)
  try {
    writeFileSync(tmp, text, { flag: 'wx' })
    renameSync(tmp, path)
  } catch (err) {
    throw new UsageError(`cannot write ${path}: ${(err as Error).message}`)
  }
  return outcome
}
