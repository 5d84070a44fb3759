/**
 * The real Nginx reads every generated configuration (`nginx -t`): the complete nginx.conf of each
 * fixture with load balancers, and each conf.d file on its own inside a minimal http block (as
 * Debian's /etc/nginx/nginx.conf includes conf.d). Certificates are throw-away self-signed files;
 * the plan's certificate paths are pointed at them before rendering, so no temporary path reaches
 * a golden. Without nginx or openssl the tests are skipped with a message, and fail when CI is set.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { PROXY } from '../../src/plan/proxy.js'
import type { ProxyTopologySection } from '../../src/plan/proxy/types.js'
import type { TopologyPlan } from '../../src/plan/types.js'
import { FIXTURES, fixtureCases } from '../helpers/golden.js'
import { nginxBinary, nginxFiles, opensslBinary, planFixture } from './helpers.js'

const nginx = nginxBinary()
const openssl = opensslBinary()
const missing = nginx === undefined || openssl === undefined

/** Fixtures whose spec has a load balancer (read without the pipeline, at collection time). */
const withBalancers = fixtureCases().filter((name) => {
  const spec = parse(readFileSync(join(FIXTURES, name, 'topology.yaml'), 'utf8')) as { loadBalancer?: unknown; keyManager?: { loadBalancer?: unknown } }
  return spec.loadBalancer !== undefined || spec.keyManager?.loadBalancer !== undefined
})

let root = ''
let cert = ''
let key = ''

beforeAll(() => {
  if (missing) return
  root = mkdtempSync(join(tmpdir(), 'wso2cfg-nginx-'))
  cert = join(root, 'lb.crt')
  key = join(root, 'lb.key')
  const r = spawnSync(openssl!, ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=lb.test', '-keyout', key, '-out', cert], {
    encoding: 'utf8',
  })
  if (r.status !== 0) throw new Error(`openssl failed: ${r.stderr}`)
})

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true })
})

/** The topology with every balancer's certificate at `certFor(id)`. */
function withCertificates(topology: TopologyPlan, certFor: (id: string) => { cert: string; key: string }): TopologyPlan {
  const t = structuredClone(topology)
  const section = t.sections[PROXY] as ProxyTopologySection
  for (const b of section.balancers) {
    const c = certFor(b.id)
    b.certificate = c.cert
    b.certificateKey = c.key
  }
  return t
}

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
}

function nginxTest(conf: string, prefix: string): { status: number | null; output: string } {
  const r = spawnSync(nginx!, ['-t', '-c', conf, '-p', prefix, '-g', `error_log stderr; pid ${join(prefix, 'nginx.pid')};`], { encoding: 'utf8' })
  return { status: r.status, output: `${r.stdout}${r.stderr}` }
}

/** A minimal main configuration that includes one balancer file, as a distribution's nginx.conf does. */
const standalone = (file: string): string => `events {}\nhttp {\n    server_names_hash_bucket_size 128;\n    include ${file};\n}\n`

describe('nginx -t', () => {
  it('finds nginx and openssl (required when CI is set)', () => {
    if (!missing) return
    const message = `nginx -t tests skipped: ${nginx === undefined ? 'nginx' : 'openssl'} not found (scripts/ci-nginx.sh installs it)`
    if (process.env.CI) throw new Error(message)
    console.warn(message)
  })

  it('covers every fixture with a load balancer', () => {
    expect(withBalancers.length).toBeGreaterThanOrEqual(7)
  })

  for (const name of withBalancers) {
    it.skipIf(missing)(`${name}: loadbalancer/nginx.conf and every conf.d file pass nginx -t (S3.12)`, async () => {
      const files = nginxFiles(withCertificates(await planFixture(name), () => ({ cert, key })))
      expect(Object.keys(files)).toContain('loadbalancer/nginx.conf')
      const dir = join(root, name)
      writeFiles(dir, files)
      const main = nginxTest(join(dir, 'loadbalancer/nginx.conf'), dir)
      expect(main.output).toContain('test is successful')
      expect(main.status).toBe(0)
      for (const path of Object.keys(files).filter((p) => p.startsWith('loadbalancer/conf.d/'))) {
        const wrapper = join(dir, `standalone-${path.split('/').pop()!}`)
        writeFileSync(wrapper, standalone(join(dir, path)))
        const one = nginxTest(wrapper, dir)
        expect(one.status, `${path}: ${one.output}`).toBe(0)
      }
    })
  }

  it.skipIf(missing)('accepts certificate paths that need quoting', async () => {
    const odd = join(root, 'odd name (1).crt')
    const oddKey = join(root, 'odd name (1).key')
    copyFileSync(cert, odd)
    copyFileSync(key, oddKey)
    const files = nginxFiles(withCertificates(await planFixture('26-ob-km-two-hosts'), () => ({ cert: odd, key: oddKey })))
    expect(files['loadbalancer/conf.d/key-manager.conf']).toContain(`ssl_certificate "${odd}";`)
    const dir = join(root, 'quoted')
    writeFiles(dir, files)
    const r = nginxTest(join(dir, 'loadbalancer/nginx.conf'), dir)
    expect(r.status, r.output).toBe(0)
  })

  it.skipIf(missing)('fails on a broken configuration (the check can fail)', async () => {
    const files = nginxFiles(withCertificates(await planFixture('26-ob-km-one-host'), () => ({ cert, key })))
    const conf = 'loadbalancer/conf.d/key-manager.conf'
    // The same upstream twice: Nginx refuses duplicate upstream names.
    files[conf] = `${files[conf]!}\nupstream key-manager-https {\n    server 127.0.0.1:9446;\n}\n`
    const dir = join(root, 'broken')
    writeFiles(dir, files)
    const r = nginxTest(join(dir, 'loadbalancer/nginx.conf'), dir)
    expect(r.status).not.toBe(0)
    expect(r.output).toMatch(/duplicate upstream/)
  })
})
