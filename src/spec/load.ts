import { constants } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { SpecError, UsageError, type Diagnostic } from '../diagnostics/diagnostic.js'
import { parseJson } from './json.js'
import { LineIndex, lookupOffset } from './positions.js'
import { LoadProblems, type LoadProblem } from './problem.js'
import { parseToml, tomlKeyOffsets } from './toml.js'
import { parseYaml } from './yaml.js'

export type SpecFormat = 'yaml' | 'json' | 'toml'

/** A spec file read and parsed, with a way back from JSON pointers to source positions. */
export interface LoadedSpec {
  file: string
  format: SpecFormat
  text: string
  data: unknown
  /** 1-based position of the key a pointer names; a missing key maps to the mapping that lacks it. */
  locate(pointer: string): { line: number; col: number } | undefined
}

/** Larger inputs are refused before parsing; real topologies are a few kilobytes. */
const MAX_BYTES = 1024 * 1024

const tooLarge = (size: number, unit: string): LoadProblem => ({
  rule: 'load/too-large',
  message: `the spec is ${size} ${unit} long, over the limit of ${MAX_BYTES}; a topology spec is a few kilobytes`,
})

/** Each format: how to parse it and how to find the offset of a pointer in its text. */
const READERS: Record<SpecFormat, (text: string) => { data: unknown; offsetOf(pointer: string): number | undefined }> = {
  yaml: (text) => parseYaml(text),
  json: (text) => {
    const { data, offsets } = parseJson(text)
    return { data, offsetOf: (pointer) => lookupOffset(offsets, pointer) }
  },
  toml: (text) => {
    const data = parseToml(text)
    let offsets: Map<string, number> | undefined
    return { data, offsetOf: (pointer) => lookupOffset((offsets ??= tomlKeyOffsets(text)), pointer) }
  },
}

const EXTENSIONS: Record<string, SpecFormat> = { '.yaml': 'yaml', '.yml': 'yaml', '.json': 'json', '.toml': 'toml' }

/** The format a file name implies: .json and .toml by extension, YAML for everything else. */
export function formatOf(file: string): SpecFormat {
  return EXTENSIONS[extname(file).toLowerCase()] ?? 'yaml'
}

/** Parses spec text; throws `SpecError` with located diagnostics when it cannot be read. */
export function loadSpecText(file: string, text: string, format: SpecFormat = formatOf(file)): LoadedSpec {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  const lines = new LineIndex(body)
  const problem = (p: LoadProblem): Diagnostic => ({
    file,
    pointer: '',
    severity: 'error',
    rule: p.rule,
    message: p.message,
    ...(p.hint === undefined ? {} : { hint: p.hint }),
    ...(p.offset === undefined ? {} : lines.at(p.offset)),
  })
  try {
    if (body.length > MAX_BYTES) throw new LoadProblems([tooLarge(body.length, 'characters')])
    const nul = body.indexOf('\0')
    if (nul >= 0) {
      throw new LoadProblems([{ rule: 'load/binary', message: 'the file contains NUL bytes; it looks like a binary file, not a topology spec', offset: nul }])
    }
    if (body.trim() === '') throw new LoadProblems([{ rule: 'load/empty', message: `the spec file is empty; expected a ${format.toUpperCase()} mapping with name, platform, pattern and nodes`, offset: 0 }])
    const { data, offsetOf } = READERS[format](body)
    if (data === null || data === undefined) {
      throw new LoadProblems([{ rule: 'load/empty', message: 'the spec holds no values (only comments, or null); expected a mapping with name, platform, pattern and nodes', offset: 0 }])
    }
    if (typeof data !== 'object' || Array.isArray(data)) {
      const got = Array.isArray(data) ? 'a list' : `a single ${typeof data} value`
      throw new LoadProblems([{ rule: 'load/not-a-mapping', message: `the top level of the spec is ${got}; expected a mapping with name, platform, pattern and nodes`, offset: offsetOf('') ?? 0 }])
    }
    return {
      file,
      format,
      text: body,
      data,
      locate: (pointer) => {
        const offset = offsetOf(pointer)
        return offset === undefined ? undefined : lines.at(offset)
      },
    }
  } catch (err) {
    if (err instanceof LoadProblems) throw new SpecError(err.problems.map(problem))
    throw err
  }
}

/** Reads and parses a spec file; `-` reads YAML from standard input. Neither is read past the size limit. */
export async function loadSpec(file: string): Promise<LoadedSpec> {
  const name = file === '-' ? '<stdin>' : file
  const bytes = file === '-' ? await readStdin() : await readSpecFile(file)
  if (bytes.length > MAX_BYTES) throw new SpecError([{ file: name, pointer: '', severity: 'error', ...tooLarge(MAX_BYTES, 'bytes'), message: `the spec is longer than ${MAX_BYTES} bytes, the limit (reading stopped there); a topology spec is a few kilobytes` }])
  return loadSpecText(name, decodeUtf8(name, bytes), file === '-' ? 'yaml' : formatOf(file))
}

const unreadable = (file: string, err: unknown): SpecError => {
  const code = (err as NodeJS.ErrnoException).code
  const why = code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message
  return new SpecError([{ file, pointer: '', severity: 'error', rule: 'load/unreadable', message: `the spec file cannot be read: ${why}` }])
}

const notAFile = (file: string): SpecError =>
  new SpecError([
    {
      file,
      pointer: '',
      severity: 'error',
      rule: 'load/not-a-file',
      message: 'the spec is not a regular file (a device, FIFO or socket); give the path of a topology file, or "-" to read standard input',
    },
  ])

/**
 * Reads at most one byte more than the limit. Only regular files are read: a FIFO or a device such
 * as /dev/zero could block or never end. The file is opened without blocking (a FIFO without a
 * writer would otherwise hang in open) and checked again through the open descriptor.
 */
async function readSpecFile(file: string): Promise<Buffer> {
  try {
    const info = await stat(file)
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' })
    if (!info.isFile()) throw notAFile(file)
  } catch (err) {
    if (err instanceof SpecError) throw err
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`spec file "${file}" does not exist`)
    throw unreadable(file, err)
  }
  let handle
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (err) {
    throw unreadable(file, err)
  }
  try {
    if (!(await handle.stat()).isFile()) throw notAFile(file)
    const buffer = Buffer.alloc(MAX_BYTES + 1)
    let size = 0
    while (size < buffer.length) {
      const { bytesRead } = await handle.read(buffer, size, buffer.length - size, size)
      if (bytesRead === 0) break
      size += bytesRead
    }
    return buffer.subarray(0, size)
  } catch (err) {
    if (err instanceof SpecError) throw err
    throw unreadable(file, err)
  } finally {
    await handle.close()
  }
}

/** Standard input up to one byte over the limit; the rest is never read. */
async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
    chunks.push(buf)
    size += buf.length
    if (size > MAX_BYTES) break
  }
  return Buffer.concat(chunks).subarray(0, MAX_BYTES + 1)
}

/** Strict UTF-8 decoding; the first bad byte is reported with its line and column. */
function decodeUtf8(file: string, bytes: Buffer): string {
  const bad = firstInvalidUtf8(bytes)
  if (bad === undefined) return bytes.toString('utf8')
  const before = bytes.subarray(0, bad).toString('utf8')
  const nul = before.indexOf('\0')
  const { line, col } = new LineIndex(before).at(before.length)
  const binary = nul >= 0 || bytes.subarray(0, 512).includes(0)
  throw new SpecError([
    {
      file,
      pointer: '',
      severity: 'error',
      rule: binary ? 'load/binary' : 'load/encoding',
      message: binary
        ? 'the file holds binary data, not a topology spec'
        : `byte 0x${(bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')} is not valid UTF-8; save the spec as UTF-8`,
      line,
      col,
    },
  ])
}

/** Byte offset of the first malformed UTF-8 sequence (overlong forms and surrogates included). */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i] ?? 0
    if (b < 0x80) {
      i++
      continue
    }
    const [len, min, max] = b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf] : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf] : b === 0xf0 ? [4, 0x90, 0xbf] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : [0, 0, 0]
    if (len === 0) return i
    const second = bytes[i + 1]
    if (second === undefined || second < min || second > max) return i
    for (let k = 2; k < len; k++) {
      const next = bytes[i + k]
      if (next === undefined || next < 0x80 || next > 0xbf) return i
    }
    i += len
  }
  return undefined
}
