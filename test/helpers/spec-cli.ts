/**
 * Run the built CLI (bin/wso2cfg.js) on a spec written to a temporary folder, and find where a key
 * sits in that spec text, so tests can assert the exit code and the reported line:col.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const CLI = new URL('../../bin/wso2cfg.js', import.meta.url).pathname

export interface CliResult {
  status: number | null
  stdout: string
  stderr: string
}

/** `wso2cfg <command> <spec>` on `text` saved as topology.<ext> in a fresh temporary folder. */
export function runOnSpec(command: string, text: string, ext = 'yaml', extra: readonly string[] = []): CliResult {
  const dir = mkdtempSync(join(tmpdir(), 'wso2cfg-spec-'))
  try {
    const file = join(dir, `topology.${ext}`)
    writeFileSync(file, text)
    const r = spawnSync(process.execPath, [CLI, command, file, ...extra], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
    return { status: r.status, stdout: r.stdout, stderr: r.stderr }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * 1-based `line:col` of the n-th (0-based) line holding `needle`, at the needle's first character;
 * for a YAML key pass `"key:"`.
 */
export function positionOf(text: string, needle: string, nth = 0): string {
  const lines = text.split('\n')
  let seen = 0
  for (let i = 0; i < lines.length; i++) {
    const col = lines[i]!.indexOf(needle)
    if (col >= 0 && seen++ === nth) return `${i + 1}:${col + 1}`
  }
  throw new Error(`"${needle}" not found`)
}

/** The `file:line:col error <pointer>` heads of the error lines of a CLI run, without the file. */
export function errorHeads(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((l) => / error \//.test(l))
    .map((l) => l.replace(/^.*topology\.\w+:/, ''))
}
