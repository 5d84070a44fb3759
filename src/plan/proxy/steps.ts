/**
 * Manual steps around the balancers that the deployment section does not cover: the key managers'
 * cluster name resolving to the local node (FACTS §5), the key managers' shared artifact folders
 * (seed 003 "Enabling artifact synchronization"), installing and testing the Nginx configuration,
 * and the cipher tool for the connector's key store password. Certificates (node key pairs, the
 * balancers' TLS certificates, their exchange) are planned in deployment/certificates.ts.
 */
import type { Spec } from '../../model/spec.js'
import { homeOf } from '../deployment/packs.js'
import type { LoadBalancerPlan, NodePlan, TopologyPlan } from '../types.js'
import { shellCommand, shellWord } from './shell.js'
import type { BalancerProxyPlan, ManualStep } from './types.js'

const unique = (xs: readonly string[]): string[] => [...new Set(xs)]

/** `# on <node> (<host>)`: the commands below it run there. */
const on = (node: NodePlan): string => `# on ${node.name} (${node.host})`

/** Carbon 4.4 key managers keep deployed artifacts and tenants as files. */
const CARBON_44 = new Set(['apim-2.6.0', 'is-km-5.7.0', 'ob-km-1.5.0'])

/** Product-relative folder → folder on the share (seed 003 names). */
const KM_SHARED_DIRS = [
  ['repository/deployment', 'Deployment'],
  ['repository/tenants', 'Tenants'],
] as const

const KM_MOUNT = '/mnt/wso2-key-manager'

/** FACTS §5: on key managers the cluster name resolves to the local node, so internal calls skip the balancer. */
function hostsFileStep(lb: LoadBalancerPlan, topology: TopologyPlan): ManualStep[] {
  if (lb.id !== 'key-manager') return []
  const hosts = unique(lb.members.map((m) => topology.nodes.find((n) => n.name === m)!.host))
  return [
    {
      title: `Resolve ${lb.host} to the local node on every key manager host`,
      commands: hosts.flatMap((h) => [`# on ${h}`, `echo ${shellWord(`127.0.0.1 ${lb.host}`)} | sudo tee -a /etc/hosts`]),
      note: 'The key managers announce the cluster name (carbon.xml HostName); calls a node makes to itself then stay on the host.',
    },
  ]
}

/** Seed 003: clustered Carbon 4.4 key managers share repository/deployment and repository/tenants. */
function keyManagerShareStep(topology: TopologyPlan): ManualStep[] {
  const kms = topology.nodes.filter((n) => n.role === 'key-manager' && CARBON_44.has(n.product))
  if (kms.length < 2) return []
  const commands: string[] = []
  for (const host of unique(kms.map((n) => n.host))) {
    commands.push(`# on ${host}`, `sudo mkdir -p ${KM_MOUNT}`, `sudo mount -t nfs "$NFS_SHARE" ${KM_MOUNT}`)
  }
  const first = kms[0]!
  const firstHome = homeOf(first, topology.nodes)
  commands.push(`# once, on ${first.name} (${first.host}): fill the share from the pack`)
  for (const [dir, name] of KM_SHARED_DIRS) {
    commands.push(
      shellCommand('mkdir', '-p', `${firstHome}/${dir}`, `${KM_MOUNT}/${name}`),
      shellCommand('cp', '-a', `${firstHome}/${dir}/.`, `${KM_MOUNT}/${name}/`),
    )
  }
  for (const node of kms) {
    const home = homeOf(node, topology.nodes)
    commands.push(on(node))
    for (const [dir, name] of KM_SHARED_DIRS) {
      commands.push(
        shellCommand('mkdir', '-p', `${home}/${dir}`),
        shellCommand('mv', `${home}/${dir}`, `${home}/${dir}.local`),
        shellCommand('ln', '-s', `${KM_MOUNT}/${name}`, `${home}/${dir}`),
      )
    }
  }
  return [
    {
      title: 'Share repository/deployment and repository/tenants between the key managers (NFS)',
      commands,
      note: 'NFS_SHARE is the exported folder, e.g. nfs.example.com:/export/wso2-key-manager; add the mount to /etc/fstab so it survives a reboot. Symbolic links rather than mounts on the product folders keep a redeployed pack from mounting into a missing path.',
    },
  ]
}

function nginxStep(lb: LoadBalancerPlan, balancer: BalancerProxyPlan, mainFile: string): ManualStep {
  const target = `/etc/nginx/conf.d/${lb.id}.conf`
  return {
    title: `Install the Nginx configuration of load balancer ${lb.host}`,
    commands: ['sudo apt-get install -y nginx', `sudo ${shellCommand('cp', balancer.file, target)}`, 'sudo nginx -t', 'sudo systemctl reload nginx'],
    note: `On the load balancer host, from the output folder, once its certificate is at ${lb.certificate} (key ${lb.certificateKey}). ${mainFile} is a complete configuration that includes every balancer, for one host that runs them all: nginx -t -c "$PWD/${mainFile}".`,
  }
}

/** Secure vault: the HTTPS connector's key store password in catalina-server.xml. */
function vaultStep(topology: TopologyPlan, spec: Spec): ManualStep[] {
  const pw = spec.keystore?.password
  if (pw === undefined || !/^\$secret\{[^}]*\}$/.test(pw)) return []
  const nodes = topology.nodes.filter((n) => n.files.some((f) => f.endsWith('/repository/conf/tomcat/catalina-server.xml')))
  if (nodes.length === 0) return []
  return [
    {
      title: 'Encrypt the key store password of catalina-server.xml with the cipher tool',
      commands: nodes.flatMap((n) => [on(n), `cd ${shellWord(`${homeOf(n, topology.nodes)}/bin`)} && sh ciphertool.sh -Dconfigure`]),
      note: 'First put Server.Service.Connector.keystorePass=[<key store password>] into repository/conf/security/cipher-text.properties; the tool then replaces the keystorePass value of the HTTPS connector.',
    },
  ]
}

export function planManualSteps(topology: TopologyPlan, spec: Spec, balancers: readonly BalancerProxyPlan[], mainFile: string): ManualStep[] {
  const planned = topology.loadBalancers.filter((lb) => balancers.some((b) => b.id === lb.id))
  return [
    ...planned.flatMap((lb) => hostsFileStep(lb, topology)),
    ...keyManagerShareStep(topology),
    ...planned.map((lb) => nginxStep(lb, balancers.find((b) => b.id === lb.id)!, mainFile)),
    ...vaultStep(topology, spec),
  ]
}
