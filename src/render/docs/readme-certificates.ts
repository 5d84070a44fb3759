/**
 * README: PITFALL 3 and S0.12 — certificates for the real host names, and every certificate in
 * every trust store (API Manager and key managers trust each other, everyone trusts the balancers).
 */
import type { DeploymentNode, DeploymentSection } from '../../plan/deployment.js'
import type { TopologyPlan } from '../../plan/types.js'
import { code, fence, type Part } from './markdown.js'
import { remote, shellCommand, shellWord } from './shell.js'

const base = (path: string): string => path.slice(path.lastIndexOf('/') + 1)

function importLines(n: DeploymentNode, d: DeploymentSection): string[] {
  const certs = [
    ...d.certificates.map((c) => ({ file: c.certificateFile, alias: c.trustAlias })),
    ...d.balancerCertificates.map((b) => ({ file: b.localCertificate, alias: b.trustAlias })),
  ]
  const truststore = `${n.home}/${n.truststore}`
  const lines = [`# ${n.node} (${n.host})`]
  const group = d.certificates.find((c) => c.id === n.certificate)
  if (group) lines.push(shellCommand('scp', group.file, remote(n.host, `${n.home}/${n.keystore}`)))
  lines.push(shellCommand('scp', ...certs.map((c) => c.file), remote(n.host, '/tmp/')))
  for (const c of certs) {
    lines.push(
      // One quoted argument: the remote shell parses the command again.
      `ssh -t ${shellWord(n.host)} ${shellWord(shellCommand('keytool', '-import', '-noprompt', '-alias', c.alias, '-file', `/tmp/${base(c.file)}`, '-keystore', truststore, '-storetype', n.storeType))}`,
    )
  }
  for (const c of d.certificates) {
    if (!c.gatewayTrust?.nodes.includes(n.node)) continue
    const store = ['-keystore', truststore, '-storetype', n.storeType]
    lines.push(
      `# the gateway checks tokens signed with this key pair against ${c.gatewayTrust.alias}: replace the pack's certificate under it`,
      `ssh -t ${shellWord(n.host)} ${shellWord(shellCommand('keytool', '-delete', '-noprompt', '-alias', c.gatewayTrust.alias, ...store))}`,
      `ssh -t ${shellWord(n.host)} ${shellWord(shellCommand('keytool', '-import', '-noprompt', '-alias', c.gatewayTrust.alias, '-file', `/tmp/${base(c.certificateFile)}`, ...store))}`,
    )
  }
  return lines
}

export function certificatesPart(t: TopologyPlan, d: DeploymentSection): Part | undefined {
  if (d.certificates.length === 0) return undefined
  const create = ['mkdir -p certs']
  for (const c of d.certificates) {
    const san = [...c.dns.map((h) => `dns:${h}`), ...c.ips.map((h) => `ip:${h}`)].join(',')
    create.push(
      `# ${c.id}: ${c.nodes.join(', ')}`,
      shellCommand('keytool', '-genkeypair', '-alias', c.keyAlias, '-keyalg', 'RSA', '-keysize', '2048', '-validity', '825', '-dname', c.dname, '-ext', `SAN=${san}`, '-keystore', c.file, '-storetype', c.storeType),
      shellCommand('keytool', '-export', '-rfc', '-alias', c.keyAlias, '-keystore', c.file, '-storetype', c.storeType, '-file', c.certificateFile),
    )
  }
  for (const b of d.balancerCertificates) {
    const san = b.names.map((h) => `DNS:${h}`).join(',')
    create.push(
      `# load balancer ${b.id}: ${b.host}`,
      shellCommand('openssl', 'req', '-x509', '-newkey', 'rsa:2048', '-sha256', '-days', '825', '-nodes', '-subj', `/CN=${b.host}`, '-addext', `subjectAltName=${san}`, '-keyout', b.localKey, '-out', b.localCertificate),
      shellCommand('scp', b.localCertificate, remote(b.host, b.certificate)),
      shellCommand('scp', b.localKey, remote(b.host, b.certificateKey)),
    )
  }
  const install = t.nodes.flatMap((node) => importLines(d.nodes.find((n) => n.node === node.name)!, d))
  const body = [
    'The packs come with a certificate for `localhost` only, so calls between nodes fail with PKIX or host name errors. ' +
      'Create one key pair per product whose subject alternative names cover every name the nodes are called by ' +
      '(node addresses and the load balancers in front of them). Nodes of one product share the key pair: they decrypt what the others stored in the shared databases. ' +
      'Run this on a workstation in this folder; keytool asks for the key store password (the spec\'s keystore password, `wso2carbon` in a stock pack) — keep the key password the same:',
    '',
    ...fence(create),
    '',
    `Then give every node its key store and import every certificate into its trust store, so that API Manager trusts the key managers and the key managers trust API Manager (${code('client-truststore')} both ways); keytool asks for the trust store password:`,
    '',
    ...fence(install),
    '',
  ]
  return { title: 'Certificates', body }
}
