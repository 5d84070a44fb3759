/**
 * `wso2cfg init` end to end in a real terminal: tmux runs the built CLI, send-keys answers the
 * questions, and the written spec validates and renders. Skipped (visibly) when tmux is missing.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const CLI = new URL('../../bin/wso2cfg.js', import.meta.url).pathname
const HAS_TMUX = spawnSync('tmux', ['-V']).status === 0
const work = mkdtempSync(join(tmpdir(), 'wso2cfg-tty-'))
const session = `wso2cfg-init-${process.pid}`
const tmux = (...args: string[]) => spawnSync('tmux', ['-L', session, ...args], { encoding: 'utf8' })

afterAll(() => {
  if (HAS_TMUX) tmux('kill-server')
  rmSync(work, { recursive: true, force: true })
})

async function waitFor(re: RegExp, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const screen = tmux('capture-pane', '-p', '-t', session).stdout
    if (re.test(screen)) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`waited for ${what}; the screen shows:\n${tmux('capture-pane', '-p', '-t', session).stdout}`)
}

/** Wait for a question, then answer it with keys. */
async function answer(question: RegExp, ...keys: string[]): Promise<void> {
  await waitFor(question, String(question))
  tmux('send-keys', '-t', session, ...keys)
  await new Promise((r) => setTimeout(r, 150))
}

describe.skipIf(!HAS_TMUX)('init in a terminal (tmux)', () => {
  it('answers through the keyboard produce a spec that validates and renders', async () => {
    const spec = join(work, 'topology.yaml')
    const done = join(work, 'exit-code')
    const command = `NO_COLOR=1 ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} init -o ${JSON.stringify(spec)}; echo $? > ${JSON.stringify(done)}`
    expect(tmux('new-session', '-d', '-s', session, '-x', '160', '-y', '40', command).status).toBe(0)
    await answer(/Platform/, 'Down', 'Enter') // API Manager 2.6.0
    await answer(/Deployment pattern/, 'Down', 'Enter') // active-active
    await answer(/Deployment name/, 'tty-cluster', 'Enter')
    await answer(/Key manager/, 'Enter') // resident
    await answer(/How many all-in-one/, 'Enter')
    await answer(/Host of apim-1/, '10.7.0.1', 'Enter')
    await answer(/Host of apim-2/, '10.7.0.1', 'Enter')
    await answer(/share a host: port offsets/, 'Enter') // auto
    await answer(/\? Database\s/, 'Down', 'Enter') // postgresql
    await answer(/Database server host/, 'Enter')
    await answer(/Database server port/, 'Enter')
    await answer(/Database account/, 'Enter')
    await answer(/Password of the database account/, 'Enter') // $secret{db_password}
    await answer(/Admin user name/, 'Enter')
    await answer(/Password of the admin user/, 'Enter')
    await answer(/API Manager load balancer/, 'apim.tty.example', 'Enter')
    await answer(/share deployed APIs/, 'Enter') // rsync
    for (let i = 0; i < 100 && !existsSync(done); i++) await new Promise((r) => setTimeout(r, 100))
    expect(readFileSync(done, 'utf8').trim(), tmux('capture-pane', '-p', '-t', session).stdout).toBe('0')

    const text = readFileSync(spec, 'utf8')
    expect(text).toContain('name: tty-cluster')
    expect(text).toContain('  type: postgresql')
    expect(text).toContain('  - { name: apim-2, role: all-in-one, host: 10.7.0.1, portOffset: auto }')
    const validate = spawnSync(process.execPath, [CLI, 'validate', spec], { encoding: 'utf8' })
    expect(validate.status, validate.stderr).toBe(0)
    const render = spawnSync(process.execPath, [CLI, 'render', spec, '-o', join(work, 'out')], { encoding: 'utf8' })
    expect(render.status, render.stderr).toBe(0)
    expect(readFileSync(join(work, 'out', 'README.md'), 'utf8')).toContain('rsync -a nodes/apim-2/ 10.7.0.1:/opt/apim-2/wso2am-2.6.0/')
  })
})
