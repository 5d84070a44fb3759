/**
 * README: what a Microgateway 3.x node needs beyond its files (seed 004). Ballerina's
 * config API reads a key missing from micro-gw.conf from the environment variable named after it
 * (`.` → `_`), decrypts `@encrypted:{…}` values with a secret given at start, and the gateway
 * trusts only the certificates in its trust store: the external key manager's TLS certificate
 * (introspection) and the certificate that signs its JWTs.
 */
import type { DeploymentSection } from '../../plan/deployment.js'
import type { MicrogatewayPlan } from '../../plan/microgateway.js'
import type { TopologyPlan } from '../../plan/types.js'
import { code, fence, type Part } from './markdown.js'
import { remote, shellCommand, shellWord } from './shell.js'
import { hostPort } from '../../plan/address.js'

const ENV = /^\$env\{([A-Za-z_][A-Za-z0-9_]*)\}$/
const SECRET = /^\$secret\{([^}]*)\}$/

/** The right-hand side of an export: a variable stays a variable, a secret alias or a description a placeholder. */
function exportValue(value: string): string {
  const env = ENV.exec(value)
  if (env) return `"$${env[1]!}"`
  const secret = SECRET.exec(value)
  return shellWord(`<${secret ? `value of ${secret[1]!}` : value}>`)
}

const base = (path: string): string => path.slice(path.lastIndexOf('/') + 1)

export function microgatewayPart(t: TopologyPlan, d: DeploymentSection): Part | undefined {
  const gateways = t.nodes.flatMap((n) => {
    const plan = n.sections.microgateway as MicrogatewayPlan | undefined
    const dep = d.nodes.find((x) => x.node === n.name)
    return plan && dep ? [{ node: n, plan, dep }] : []
  })
  const trust = gateways.filter((g) => g.plan.trust.length > 0)
  const env = gateways.filter((g) => g.plan.environment.length > 0)
  const encrypted = gateways.filter((g) => g.plan.encrypted)
  if (trust.length + env.length + encrypted.length === 0) return undefined
  const body: string[] = []
  if (trust.length > 0) {
    const lines: string[] = []
    for (const { node, plan, dep } of trust) {
      const store = `${dep.home}/${dep.truststore}`
      lines.push(`# ${node.name} (${node.host}): key manager ${plan.keyManager.serverUrl}`)
      for (const c of plan.trust) {
        if (c.fetchFrom) {
          const { host, port } = c.fetchFrom
          lines.push(
            `${shellCommand('openssl', 's_client', '-connect', hostPort(host, port), '-servername', host, '-showcerts')} </dev/null | ${shellCommand('openssl', 'x509', '-outform', 'PEM', '-out', c.file)}`,
          )
        } else if (!c.given) {
          lines.push(`# save the certificate that signs the key manager's tokens (PEM) as ${c.file}`)
        }
      }
      lines.push(shellCommand('scp', ...plan.trust.map((c) => c.file), remote(node.host, '/tmp/')))
      for (const c of plan.trust) {
        lines.push(
          `ssh -t ${shellWord(node.host)} ${shellWord(shellCommand('keytool', '-import', '-noprompt', '-alias', c.alias, '-file', `/tmp/${base(c.file)}`, '-keystore', store, '-storetype', dep.storeType))}`,
        )
      }
    }
    body.push(
      'A microgateway trusts only the certificates in its trust store: import the external key manager\'s TLS certificate (token introspection fails with PKIX otherwise) ' +
        `and the certificate that signs its JWTs, under the alias ${code('[[jwtTokenConfig]] certificateAlias')} names. Check the fetched certificate's fingerprint with the identity provider; keytool asks for the trust store password (${code('ballerina')} in a stock runtime):`,
      '',
      ...fence(lines),
      '',
    )
  }
  if (env.length > 0) {
    const lines = env.flatMap(({ node, plan }) => [`# on ${node.name} (${node.host}), in the shell or service unit that runs bin/gateway`, ...plan.environment.map((e) => `export ${e.variable}=${exportValue(e.value)}`)])
    body.push(
      `These keys are left out of micro-gw.conf: the microgateway reads a missing key from the environment variable of the same name with ${code('_')} for ${code('.')} (Ballerina's config API; ${code('$env{…}')} in the file would be sent as text). Export them before the start:`,
      '',
      ...fence(lines),
      '',
    )
  }
  if (encrypted.length > 0) {
    const lines = encrypted.map(({ node, dep }) => `# on ${node.name} (${node.host})\ncd ${shellWord(dep.home)} && bash bin/gateway '<path to the API project .jar>' --b7a.config.secret='<file holding the secret>'`)
    body.push(
      `micro-gw.conf of ${encrypted.map(({ node }) => node.name).join(', ')} holds ${code('@encrypted:{…}')} values: start the gateway with the secret they were encrypted with, in a file, or type it when the gateway asks for it:`,
      '',
      ...fence(lines),
      '',
    )
  }
  return { title: 'Microgateways', body }
}
