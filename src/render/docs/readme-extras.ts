/** README: shared folders, host names, secrets and environment, and other planners' manual steps. */
import type { DeploymentNode, DeploymentSection } from '../../plan/deployment.js'
import type { TopologyPlan } from '../../plan/types.js'
import { code, fence, text, type Part } from './markdown.js'
import { referencesIn } from './references.js'
import { remote, shellCommand, shellWord } from './shell.js'

const nodeOf = (d: DeploymentSection, name: string): DeploymentNode => d.nodes.find((n) => n.node === name)!

const MOUNT = '/mnt/wso2-shared'

export function sharedFoldersPart(t: TopologyPlan, d: DeploymentSection): Part | undefined {
  const sync = d.artifactSync
  if (!sync) return undefined
  if (sync.mode === 'rsync') {
    const source = nodeOf(d, sync.source!)
    const lines = [`# on ${source.node} (${source.host}): crontab -e, then add`]
    for (const name of sync.nodes) {
      const n = nodeOf(d, name)
      for (const p of sync.paths) {
        lines.push(`* * * * * ${shellCommand('rsync', '-az', '--delete', `${source.home}/${p}/`, remote(n.host, `${n.home}/${p}/`))}`)
      }
    }
    return {
      title: 'Gateway artifact synchronisation (rsync)',
      body: [
        `APIs are deployed to ${source.node} only; copy them to the other gateways every minute. ${source.node} needs password-less SSH (a key) to ${sync.nodes.join(', ')}, and the folders must exist on both sides:`,
        '',
        ...fence(lines),
        '',
      ],
    }
  }
  const lines = [`# NFS_SHARE is the exported folder, e.g. nfs.example.com:/export/${t.name}`]
  for (const name of sync.nodes) {
    const n = nodeOf(d, name)
    lines.push(`# on ${n.node} (${n.host})`, `sudo mkdir -p ${MOUNT}`, `sudo mount -t nfs "$NFS_SHARE" ${MOUNT}`)
    for (const p of sync.paths) {
      const leaf = p.slice(p.lastIndexOf('/') + 1)
      const target = `${MOUNT}/${leaf}`
      if (n.node === sync.nodes[0]) lines.push(`[ -e ${shellWord(target)} ] || cp -a ${shellWord(`${n.home}/${p}`)} ${shellWord(target)}`)
      lines.push(shellCommand('mv', `${n.home}/${p}`, `${n.home}/${p}.local`), shellCommand('ln', '-s', target, `${n.home}/${p}`))
    }
  }
  const what = t.platform === 'apim-2.6.0' ? 'Gateway artifact synchronisation (shared file system)' : 'Shared user stores and tenants'
  const why =
    t.platform === 'apim-2.6.0'
      ? `The gateways ${sync.nodes.join(', ')} read deployed APIs from one shared folder.`
      : `API Manager 4.7.0 keeps APIs in the database; the nodes ${sync.nodes.join(', ')} share only the user stores and tenants folders.`
  return {
    title: what,
    body: [
      `${why} Mount the share on every node and replace ${sync.paths.map(code).join(' and ')} with links into it (the first node seeds the share); add the mount to /etc/fstab so that it survives a reboot:`,
      '',
      ...fence(lines),
      '',
    ],
  }
}

export function hostNamesPart(t: TopologyPlan, d: DeploymentSection): Part | undefined {
  if (d.hostNames.length === 0) return undefined
  const width = Math.max(...d.hostNames.map((h) => h.length))
  return {
    title: 'Host names',
    body: [
      'The configuration uses these names; every node, the load balancers and your clients must resolve them. Where DNS does not, add them to /etc/hosts:',
      '',
      ...fence(d.hostNames.map((h) => `<address of ${h}>${' '.repeat(width - h.length)}  ${h}`), 'text'),
      '',
    ],
  }
}

const CARBON44 = new Set(['apim-2.6.0', 'is-km-5.7.0', 'ob-km-1.5.0'])

export function secretsPart(t: TopologyPlan, d: DeploymentSection): Part | undefined {
  const per = t.nodes.map((node) => ({ node, refs: referencesIn(node) }))
  const vault = per.filter((p) => p.refs.secrets.length > 0)
  const env = per.filter((p) => p.refs.env.length > 0)
  const topologyRefs = referencesIn(t.sections)
  const orphans = topologyRefs.secrets.filter((a) => !vault.some((p) => p.refs.secrets.includes(a)))
  if (vault.length === 0 && env.length === 0 && orphans.length === 0) return undefined
  const body: string[] = []
  if (vault.length > 0 || orphans.length > 0) {
    body.push('The spec refers to secure-vault aliases (`$secret{…}`). Give each alias its value on every node that uses it, then let the cipher tool encrypt them before the first start:', '')
    const lines: string[] = []
    for (const { node, refs } of vault) {
      const n = nodeOf(d, node.name)
      lines.push(`# on ${n.node} (${n.host})`)
      if (CARBON44.has(node.product)) {
        lines.push(`# repository/conf/security/cipher-text.properties: one line per alias`)
        // Aliases the product reads under a fixed name hold the value of the spec's alias.
        for (const a of refs.secrets) lines.push(`#   ${a}=[<value of ${refs.sources[a] ?? a}>]`)
      } else {
        lines.push(`# repository/conf/deployment.toml, table [secrets]: one line per alias`)
        for (const a of refs.secrets) lines.push(`#   ${a} = "[<value of ${a}>]"`)
      }
      lines.push(`cd ${shellWord(n.home)} && sh bin/ciphertool.sh -Dconfigure`)
    }
    if (lines.length) body.push(...fence(lines), '')
    if (orphans.length) body.push(`Aliases used by topology-wide settings: ${orphans.map(code).join(', ')}.`, '')
    for (const { node } of vault) {
      const ref = (node.sections['legacy-apim'] as { jndi?: { passwordReference: string | null } | null } | undefined)?.jndi?.passwordReference
      if (!ref) continue
      body.push(
        `On ${node.name}, ${code('repository/conf/jndi.properties')} holds the admin password in the brokers' URL, which the product reads without secure vault: ` +
          `replace ${code(`<value of ${ref}>`)} there with the password, URL-encoded.`,
        '',
      )
    }
    body.push('The cipher tool asks for the key store password. Never commit the files with the plain values.', '')
  }
  if (env.length > 0) {
    body.push('Environment variables (`$env{…}`) each node reads at start; export them in the shell or service unit that starts it:', '')
    for (const { node, refs } of env) body.push(`- ${node.name}: ${refs.env.map(code).join(', ')}`)
    body.push('')
  }
  return { title: 'Secrets', body }
}

export function thirdPartyPart(t: TopologyPlan, d: DeploymentSection): Part | undefined {
  if (!d.thirdPartyJar) return undefined
  const targets = d.nodes.filter((n) => n.product === 'apim-2.6.0')
  return {
    title: 'Key manager connector',
    body: [
      `Copy the third-party key manager connector ${code(d.thirdPartyJar)} into ${code('repository/components/lib')} of every API Manager node:`,
      '',
      ...fence(targets.map((n) => shellCommand('scp', d.thirdPartyJar!, remote(n.host, `${n.home}/repository/components/lib/`)))),
      '',
    ],
  }
}

interface ManualStepLike {
  title: string
  commands: string[]
  note?: string
}

const isStep = (x: unknown): x is ManualStepLike =>
  !!x && typeof x === 'object' && typeof (x as ManualStepLike).title === 'string' && Array.isArray((x as ManualStepLike).commands)

/** `topology.sections[*].manualSteps` of other planners, in planner order. */
export function furtherStepsPart(t: TopologyPlan): Part | undefined {
  const steps: ManualStepLike[] = []
  for (const section of Object.values(t.sections)) {
    const list = (section as { manualSteps?: unknown } | undefined)?.manualSteps
    if (Array.isArray(list)) steps.push(...list.filter(isStep))
  }
  if (steps.length === 0) return undefined
  const body: string[] = []
  steps.forEach((s, i) => {
    body.push(`${i + 1}. ${text(s.title)}`, '')
    if (s.note) body.push(`   ${text(s.note)}`, '')
    const commands = s.commands.filter((c) => typeof c === 'string')
    if (commands.length) body.push(...fence(commands).map((l) => `   ${l}`), '')
  })
  return { title: 'Further steps', body }
}
