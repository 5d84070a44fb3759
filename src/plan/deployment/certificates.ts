/**
 * PITFALL 3 and S0.12: certificates whose subject alternative names cover every host name callers
 * use (node addresses and the load balancers in front of them), one key pair per product, and every
 * certificate imported into every trust store so that API Manager and key managers trust each other.
 */
import type { Spec } from '../../model/spec.js'
import type { TopologyPlan } from '../types.js'
import { certificateGroupOf } from './packs.js'
import type { BalancerCertificate, CertificateGroup, StoreType } from './types.js'

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/

/** An IP address (v4 dotted, or v6 with colons) rather than a DNS name. */
export const isIpAddress = (host: string): boolean => IPV4.test(host) || host.includes(':')

/** api-manager.xml.j2 default of ApiKeyAlias and InternalKeyAlias (apim.devportal.api_key_alias, apim.publisher.key_alias): the trust store alias gateways verify API keys and internal keys with. */
export const GATEWAY_CERTIFICATE_ALIAS = 'gateway_certificate_alias'

const unique = (items: readonly string[]): string[] => [...new Set(items)]

export function certificateGroups(topology: TopologyPlan, spec: Spec): CertificateGroup[] {
  const keystore = spec.keystore
  const groups = new Map<string, CertificateGroup>()
  for (const node of topology.nodes) {
    const id = certificateGroupOf(node.product)
    if (!id) continue
    const storeType: StoreType = node.product === 'is-7.2.0' ? 'PKCS12' : 'JKS'
    let g = groups.get(id)
    if (!g) {
      const ext = storeType === 'PKCS12' ? 'p12' : 'jks'
      g = {
        id,
        file: `certs/${id}.${ext}`,
        certificateFile: `certs/${id}.crt`,
        // IS 7 keeps its pack alias; Carbon 4.4 and API Manager nodes use the spec's key alias.
        keyAlias: node.product === 'is-7.2.0' ? 'wso2carbon' : (keystore?.alias ?? 'wso2carbon'),
        storeType,
        dname: '',
        dns: [],
        ips: [],
        nodes: [],
        trustAlias: `${topology.name}-${id}`,
      }
      groups.set(id, g)
    }
    g.nodes.push(node.name)
  }
  const hostOf = new Map(topology.nodes.map((n) => [n.name, n.host]))
  for (const g of groups.values()) {
    const inGroup = new Set(g.nodes)
    const balancers = topology.loadBalancers.filter((lb) => lb.members.some((m) => inGroup.has(m)))
    const balancerNames = balancers.flatMap((lb) => [lb.host, lb.gatewayHost, ...(lb.managementHost ? [lb.managementHost] : [])])
    const nodeHosts = g.nodes.map((name) => hostOf.get(name)!)
    const names = unique([...balancerNames, ...nodeHosts, 'localhost'])
    // S2.1/S2.2: IS 7 trusts API Manager's self-signed certificate by its issuer name, which the spec gives.
    const issuer = g.id === 'apim' && topology.keyManagerType === 'is7' ? spec.mutualTls?.trustedIssuer : undefined
    g.dname = issuer ?? `CN=${names[0]!}`
    g.dns = names.filter((h) => !isIpAddress(h))
    g.ips = unique([...names.filter(isIpAddress), '127.0.0.1'])
    const gateways = topology.nodes.filter((n) => g.nodes.includes(n.name) && n.product === 'apim-4.7.0' && (n.role === 'gateway' || n.role === 'all-in-one'))
    if (gateways.length > 0) g.gatewayTrust = { alias: GATEWAY_CERTIFICATE_ALIAS, nodes: gateways.map((n) => n.name) }
  }
  return [...groups.values()]
}

export function balancerCertificates(topology: TopologyPlan): BalancerCertificate[] {
  return topology.loadBalancers.map((lb) => ({
    id: lb.id,
    host: lb.host,
    names: unique([lb.host, lb.gatewayHost, ...(lb.managementHost ? [lb.managementHost] : [])]),
    certificate: lb.certificate,
    certificateKey: lb.certificateKey,
    localCertificate: `certs/${lb.host}.crt`,
    localKey: `certs/${lb.host}.key`,
    trustAlias: `${topology.name}-lb-${lb.id}`,
  }))
}
