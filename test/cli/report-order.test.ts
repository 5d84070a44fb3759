/**
 * What validate prints, through the built CLI: errors before warnings (the first line of the report
 * is its first error), one finding per pair of colliding nodes naming every shared port, and the
 * exit code of an invalid spec stays 2 when the reader of stdout or stderr has gone away.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = new URL('../../', import.meta.url).pathname
const CLI = join(ROOT, 'bin/wso2cfg.js')
const COLLISION = join(ROOT, 'test/validate/bad-specs/port-collision.yaml')

const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })

describe('validate output', () => {
  it('prints errors first, then warnings; one collision finding names every colliding port', () => {
    const r = cli('validate', COLLISION)
    expect(r.status).toBe(2)
    const heads = r.stderr.split('\n').filter((l) => !l.startsWith('  ') && l !== '')
    expect(heads[0]).toMatch(/ error \/nodes\/1\/portOffset: node "km" uses 9 ports of node "apim" on host 10\.0\.0\.5: 9443 \(https\), 9763 \(http\), 10389 \(ldap\), 8000 \(kdc\), 9999 \(jmxRegistry\), 11111 \(jmxServer\), 10500 \(thriftEntitlement\), 4000 \(hazelcast\), 10397 \(thrift\) \[topology\/port-collision\]$/)
    expect(heads.filter((l) => l.includes('[topology/port-collision]'))).toHaveLength(1)
    const severities = heads.map((l) => (/ error \//.test(l) ? 'error' : 'warning'))
    expect(severities).toEqual([...severities].sort()) // every error before every warning
    expect(severities).toContain('warning')
    expect(r.stderr.match(/give each node on a shared host its own portOffset/g)).toHaveLength(1)
    const doc = JSON.parse(cli('validate', COLLISION, '--json').stdout) as { diagnostics: { severity: string }[] }
    expect(doc.diagnostics.map((d) => d.severity)).toEqual(['error', 'warning'])
  })

  it('the exit code stays 2 when stdout or stderr is a closed pipe', () => {
    const shell = spawnSync('bash', ['-c', 'true'])
    if (shell.error) return // no bash here: the pipe status cannot be read
    const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`
    const base = `${q(process.execPath)} ${q(CLI)} validate ${q(COLLISION)}`
    for (const cmd of [`${base} 2>&1 | true`, `${base} --json 2>/dev/null | true`, `${base} 2>&1 | head -1 >/dev/null`]) {
      const r = spawnSync('bash', ['-c', `${cmd}; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
      expect(r.stdout, `${cmd}: ${r.stderr}`).toContain('status=2')
      expect(r.stderr).not.toMatch(/EPIPE|\n\s+at \S/)
    }
  })
})
