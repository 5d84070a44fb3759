/**
 * The `proxy` planner's findings, manual steps and per-node proxy ports, and the Nginx quoting that
 * guards every spec string.
 */
import { describe, expect, it } from 'vitest'
import { SpecError, type Diagnostic } from '../../src/diagnostics/diagnostic.js'
import type { Spec } from '../../src/model/spec.js'
import { PROXY } from '../../src/plan/proxy.js'
import type { NodeProxySection, ProxyTopologySection } from '../../src/plan/proxy/types.js'
import type { TopologyPlan } from '../../src/plan/types.js'
import { nginxHost, nginxServerName, nginxWord, NginxValueError } from '../../src/render/loadbalancer/quote.js'
import { checkLoaded } from '../../src/pipeline.js'
import { loadSpecText } from '../../src/spec/load.js'
import { planFixture, planSpec } from './helpers.js'

const aa = (extra: Partial<Spec>): Spec => ({
  name: 'lb-case',
  platform: 'apim-2.6.0',
  pattern: 'active-active',
  database: { type: 'mysql', host: 'db.corp', username: 'wso2', password: 'Db-Pass-1' },
  admin: { username: 'root-admin', password: 'Admin-Pass-1' },
  loadBalancer: { host: 'apis.corp' },
  ...extra,
  nodes: [
    { name: 'a', role: 'all-in-one', host: 'a.corp' },
    { name: 'b', role: 'all-in-one', host: 'b.corp' },
  ],
})

function diagnosticsOf(spec: Spec): Diagnostic[] {
  try {
    return checkLoaded(loadSpecText('spec.json', JSON.stringify(spec, null, 2))).diagnostics
  } catch (e) {
    if (e instanceof SpecError) return e.diagnostics
    throw e
  }
}

const proxyOf = (t: TopologyPlan) => t.sections[PROXY] as ProxyTopologySection

describe('proxy planner findings', () => {
  it('rejects gateway traffic and the main name on one port', () => {
    const d = diagnosticsOf(aa({ loadBalancer: { host: 'apis.corp', port: 8243 } }))
    const f = d.find((x) => x.rule === 'loadbalancer/duplicate-server')
    expect(f?.severity).toBe('error')
    expect(f?.pointer).toBe('/loadBalancer')
    expect(f?.line).toBeTypeOf('number')
  })

  it('rejects a port that is HTTPS for one balancer and plain HTTP for the other', () => {
    const spec = aa({ keyManager: { type: 'is-km', loadBalancer: { host: 'km.corp', httpPort: 443 } } })
    spec.nodes.push({ name: 'km-1', role: 'key-manager', host: 'km1.corp' }, { name: 'km-2', role: 'key-manager', host: 'km2.corp' })
    const d = diagnosticsOf(spec)
    expect(d.some((x) => x.rule === 'loadbalancer/port-tls-mismatch' && x.severity === 'error')).toBe(true)
  })

  it('rejects certificate paths Nginx would read as variables, at their location', () => {
    const d = diagnosticsOf(aa({ loadBalancer: { host: 'apis.corp', certificate: '/etc/ssl/$host.crt' } }))
    const f = d.find((x) => x.rule === 'loadbalancer/nginx-unsafe-value')
    expect(f?.severity).toBe('error')
    expect(f?.pointer).toBe('/loadBalancer/certificate')
  })

  it('warns when managementHost has no manager node behind it', () => {
    const d = diagnosticsOf(aa({ loadBalancer: { host: 'apis.corp', managementHost: 'mgt.corp' } }))
    const f = d.find((x) => x.rule === 'loadbalancer/management-host-unused')
    expect(f?.severity).toBe('warning')
    expect(f?.pointer).toBe('/loadBalancer/managementHost')
  })
})

describe('proxy planner sections', () => {
  it('the plan is the same every time', async () => {
    expect(JSON.stringify(proxyOf(await planFixture('26-distributed-rsync')))).toBe(JSON.stringify(proxyOf(await planFixture('26-distributed-rsync'))))
  })

  it('4.7.0 nodes get the balancer ports for deployment.toml and no catalina view', async () => {
    const t = await planFixture('47-active-active-one-host')
    for (const n of t.nodes) {
      const s = n.sections[PROXY] as NodeProxySection
      expect(s).toEqual({ balancer: 'apim', proxyPorts: { https: 443, http: 80 } })
    }
  })

  it('manual steps for two OB KM nodes on one host: one /etc/hosts line, one mount, two symlinked homes, nginx -t', async () => {
    const steps = proxyOf(await planFixture('26-ob-km-one-host')).manualSteps
    const hosts = steps.find((s) => s.title.startsWith('Resolve obkm.bank.example'))!
    expect(hosts.commands.filter((c) => c.includes('/etc/hosts'))).toEqual(["echo '127.0.0.1 obkm.bank.example' | sudo tee -a /etc/hosts"])
    const share = steps.find((s) => s.title.startsWith('Share repository/deployment'))!
    expect(share.commands.filter((c) => c.startsWith('sudo mount'))).toHaveLength(1)
    expect(share.commands).toContain('ln -s /mnt/wso2-key-manager/Deployment /opt/obkm-1/wso2-obkm-1.5.0/repository/deployment')
    expect(share.commands).toContain('ln -s /mnt/wso2-key-manager/Tenants /opt/obkm-2/wso2-obkm-1.5.0/repository/tenants')
    const install = steps.find((s) => s.title.startsWith('Install the Nginx configuration'))!
    expect(install.commands).toEqual([
      'sudo apt-get install -y nginx',
      'sudo cp loadbalancer/conf.d/key-manager.conf /etc/nginx/conf.d/key-manager.conf',
      'sudo nginx -t',
      'sudo systemctl reload nginx',
    ])
  })

  it('API Manager balancers alone need no /etc/hosts or key manager share steps', async () => {
    const titles = proxyOf(await planFixture('26-distributed-rsync')).manualSteps.map((s) => s.title)
    expect(titles).toEqual(['Install the Nginx configuration of load balancer api.example.com'])
  })

  it('a topology without balancers has no proxy section', () => {
    const t = planSpec({ ...aa({}), pattern: 'single-node', loadBalancer: undefined as never, nodes: [{ name: 'a', role: 'all-in-one', host: 'a.corp' }] })
    expect(t.sections[PROXY]).toBeUndefined()
  })
})

describe('nginx quoting', () => {
  it('writes plain words bare and others double-quoted', () => {
    expect(nginxWord('/etc/nginx/ssl/a.example.com.crt', 'x')).toBe('/etc/nginx/ssl/a.example.com.crt')
    expect(nginxWord('/etc/ssl/a (1).crt', 'x')).toBe('"/etc/ssl/a (1).crt"')
    expect(nginxWord('/etc/ssl/a;b{c}"d#e.crt', 'x')).toBe('"/etc/ssl/a;b{c}\\"d#e.crt"')
  })

  it('refuses values Nginx would read differently', () => {
    for (const v of ['/etc/$host.crt', 'a\\b', 'a\nb', '']) expect(() => nginxWord(v, 'certificate')).toThrow(NginxValueError)
    expect(() => nginxServerName('~^(.*)$', 'server name')).toThrow(NginxValueError)
    expect(() => nginxServerName('*.corp', 'server name')).toThrow(NginxValueError)
  })

  it('brackets IPv6 addresses', () => {
    expect(nginxHost('fd00::21', 'host')).toBe('[fd00::21]')
    expect(nginxHost('10.0.0.1', 'host')).toBe('10.0.0.1')
  })
})
