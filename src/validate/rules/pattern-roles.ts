import type { Platform, Role } from '../../model/spec.js'
import type { Finding } from '../../diagnostics/diagnostic.js'
import type { Rule } from './types.js'
import { error, keyManagerType, names, nodePointer, withRole } from './helpers.js'

const RULE = 'topology/pattern-roles'

/** Roles that split API Manager into profiles; they make a topology distributed. */
const PROFILE_ROLES: readonly Role[] = ['publisher', 'store', 'gateway-manager', 'gateway-worker', 'traffic-manager', 'control-plane', 'gateway']

/** What a distributed topology needs per platform: each entry is satisfied by any of its roles. */
const DISTRIBUTED_NEEDS: Record<Platform, readonly (readonly Role[])[]> = {
  'apim-2.6.0': [['publisher'], ['store'], ['gateway-worker', 'gateway-manager'], ['traffic-manager']],
  'apim-4.7.0': [['control-plane'], ['gateway']],
}

/** The pattern must match the nodes: how many all-in-one nodes, which profiles. */
export const patternMatchesRoles: Rule = (spec) => {
  const allInOne = withRole(spec, 'all-in-one')
  const profiles = withRole(spec, ...PROFILE_ROLES)
  const findings: Finding[] = []
  if (spec.pattern === 'distributed') {
    for (const { node, index } of allInOne) {
      findings.push(
        error(RULE, nodePointer(index, 'role'), `node "${node.name}" is all-in-one, which does not belong in the distributed pattern; give it a profile role or use pattern active-active`),
      )
    }
    const needs: (readonly Role[])[] = [...DISTRIBUTED_NEEDS[spec.platform]]
    // With the resident key manager, 2.6.0 runs it as its own Key Manager profile node.
    if (spec.platform === 'apim-2.6.0' && keyManagerType(spec) === 'resident') needs.push(['key-manager'])
    const missing = needs.filter((any) => withRole(spec, ...any).length === 0).map((any) => any.join(' or '))
    if (missing.length > 0) {
      findings.push(error(RULE, '/pattern', `pattern distributed on ${spec.platform} needs a node for each profile; missing a node with role ${missing.join(', a node with role ')}`))
    }
    return findings
  }
  const allowed = 'all-in-one, key-manager and microgateway nodes'
  for (const { node, index } of profiles) {
    findings.push(
      error(RULE, nodePointer(index, 'role'), `role ${node.role} is a profile of the distributed pattern; pattern ${spec.pattern} allows ${allowed}`, 'use pattern distributed, or make the node all-in-one'),
    )
  }
  if (spec.pattern === 'single-node' && allInOne.length !== 1) {
    const found = allInOne.length === 0 ? 'there is none' : `there are ${allInOne.length} (${names(allInOne.map(({ node }) => node.name))})`
    const second = allInOne[1]
    findings.push(
      error(RULE, second ? nodePointer(second.index, 'role') : '/pattern', `pattern single-node needs exactly one all-in-one node; ${found}`, allInOne.length > 1 ? 'use pattern active-active for several all-in-one nodes' : undefined),
    )
  }
  if (spec.pattern === 'active-active' && allInOne.length < 2) {
    const found = allInOne.length === 0 ? 'there is none' : `there is only "${allInOne[0]?.node.name ?? ''}"`
    findings.push(error(RULE, '/pattern', `pattern active-active needs at least two all-in-one nodes; ${found}`, 'add another all-in-one node, or use pattern single-node'))
  }
  return findings
}
