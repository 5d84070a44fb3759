/** README: which files go where, and the order and commands to start the nodes. */
import type { DeploymentSection, StartStageId } from '../../plan/deployment.js'
import type { TopologyPlan } from '../../plan/types.js'
import { code, fence, flat, type Part } from './markdown.js'
import { remote, shellCommand, shellWord } from './shell.js'
import { hostPort } from '../../plan/address.js'

export function copyPart(d: DeploymentSection): Part {
  const lines = d.nodes.map((n) => shellCommand('rsync', '-a', `nodes/${n.node}/`, remote(n.host, `${n.home}/`)))
  const packs = [...new Set(d.nodes.map((n) => n.pack))]
  const body = [
    `Unpack the product pack on each host into the node's PRODUCT_HOME (${packs.map(code).join(', ')}; the table above says where), ` +
      "then copy the node's folder over it; the folder mirrors PRODUCT_HOME and replaces only the files rendered here:",
    '',
  ]
  const setups = d.nodes.filter((n) => n.profileSetup !== undefined)
  if (setups.length > 0) {
    body.push(
      'First, on each node that runs a profile, run its setup once in PRODUCT_HOME, before the copy: it removes the webapps the profile does not need, ' +
        "and on traffic managers it installs the profile's own axis2.xml and registry.xml (Carbon HTTP/HTTPS transports only, no registry mounts), which are not rendered for them:",
      '',
      ...fence(setups.flatMap((n) => [`# on ${n.node} (${n.host})`, `cd ${shellWord(n.home)} && ${n.profileSetup}`])),
      '',
      'Then copy the files:',
      '',
    )
  }
  body.push(...fence(lines), '')
  return { title: 'Copy the files', body }
}

const STAGE_TITLES: Record<StartStageId, string> = {
  database: 'Database server',
  'key-managers': 'Key managers',
  'traffic-managers': 'Traffic managers',
  management: 'API Manager (all-in-one, publisher, developer portal, control plane)',
  gateways: 'Gateways',
  microgateways: 'Microgateways',
}

export function startPart(t: TopologyPlan, d: DeploymentSection): Part {
  const out = [
    'Start each tier once the one before it has finished starting (its log shows `WSO2 Carbon started` and its HTTPS port answers).',
    '',
  ]
  d.startOrder.forEach((s, i) => {
    if (s.stage === 'database') {
      out.push(`${i + 1}. ${STAGE_TITLES.database}: ${t.database.type} at ${code(hostPort(t.database.host!, t.database.port!))}, with the setup of step 1 done.`)
      return
    }
    out.push(`${i + 1}. ${STAGE_TITLES[s.stage]}: ${s.nodes.join(', ')}`, '')
    const lines: string[] = []
    for (const name of s.nodes) {
      const n = d.nodes.find((x) => x.node === name)!
      lines.push(`# on ${n.node} (${n.host})`, `cd ${shellWord(n.home)} && ${n.start}`)
    }
    out.push(...fence(lines).map((l) => `   ${l}`), '')
    const notes = [...new Set(s.nodes.map((name) => d.nodes.find((x) => x.node === name)!.startNote).filter((x): x is string => x !== undefined))]
    for (const note of notes) out.push(`   Profiles: ${flat(note)}.`, '')
    if (d.firstBoot && s.nodes.includes(d.firstBoot.node)) {
      out.push(
        `   First start on an empty database: start ${d.firstBoot.node} alone and wait until it is up before starting ${d.firstBoot.then.join(', ')}; ` +
          'nodes that boot together race to register the portal applications, and logins then fail with HTTP 500.',
        '',
      )
    }
  })
  if (out[out.length - 1] !== '') out.push('')
  return { title: 'Start order', body: out }
}
