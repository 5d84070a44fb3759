/**
 * Golden files: compare a rendered map of files with a folder; UPDATE_GOLDEN=1 rewrites the folder
 * instead (review the diff before committing).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { expect } from 'vitest'

export const UPDATE = process.env.UPDATE_GOLDEN === '1'

export function listTree(root: string): string[] {
  if (!existsSync(root)) return []
  const out: string[] = []
  const walk = (dir: string) => {
    for (const e of readdirSync(dir).sort()) {
      const full = join(dir, e)
      if (statSync(full).isDirectory()) walk(full)
      else out.push(relative(root, full).split('\\').join('/'))
    }
  }
  walk(root)
  return out
}

/** Assert that `files` equals the folder exactly (same paths, same bytes); with UPDATE_GOLDEN=1 rewrite it. */
export function expectTree(folder: string, files: ReadonlyMap<string, string>): void {
  if (UPDATE) {
    rmSync(folder, { recursive: true, force: true })
    for (const [path, content] of files) {
      const full = join(folder, path)
      mkdirSync(dirname(full), { recursive: true })
      writeFileSync(full, content)
    }
    return
  }
  const expected = listTree(folder)
  expect([...files.keys()].sort(), `file list of ${folder}`).toEqual(expected)
  for (const path of expected) {
    // toEqual on strings prints a line diff on mismatch
    expect(files.get(path), `${folder}/${path}`).toEqual(readFileSync(join(folder, path), 'utf8'))
  }
}

export function expectFile(path: string, content: string): void {
  if (UPDATE) {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, content)
    return
  }
  expect(content, path).toEqual(readFileSync(path, 'utf8'))
}

export const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname

export const fixtureCases = (): string[] =>
  readdirSync(FIXTURES)
    .filter((d) => existsSync(join(FIXTURES, d, 'topology.yaml')))
    .sort()
