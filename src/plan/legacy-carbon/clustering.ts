/**
 * axis2.xml Hazelcast clustering (S3.5, FACTS 2.1). A node outside any cluster keeps the pack's
 * disabled block, naming itself instead of the loopback address.
 */
import { portOf } from '../ports.js'
import type { NodePlan } from '../types.js'
import type { ClusteringView } from './types.js'
import { bracketHost } from '../address.js'

/** Pack defaults of the disabled block. */
const STOCK = { membershipScheme: 'multicast', domain: 'wso2.carbon.domain', subDomain: 'worker', localMemberPort: 4000 } as const

const KUBERNETES_SCHEME_CLASS = 'org.wso2.carbon.membership.scheme.kubernetes.KubernetesMembershipScheme'

type Members = NonNullable<NodePlan['cluster']>['members']

/**
 * One view of a member list per cluster: every node of a cluster holds the same list, so building
 * it once keeps planning linear in the node count.
 */
const memberViews = new WeakMap<Members, { members: ClusteringView['members']; services: string }>()

function viewOfMembers(members: Members): { members: ClusteringView['members']; services: string } {
  let view = memberViews.get(members)
  if (!view) {
    // Carbon joins `hostName:port` for Hazelcast's TcpIpConfig (MemberUtils.addMember); Hazelcast 3 reads an
    // IPv6 member as `[address]:port`, and InetAddress.getByName accepts the bracketed form.
    view = { members: members.map((m) => ({ hostName: bracketHost(m.host), port: m.port })), services: members.map((m) => m.node).join(',') }
    memberViews.set(members, view)
  }
  return view
}

export function clusteringView(node: NodePlan): ClusteringView {
  const c = node.cluster
  if (!c) {
    const port = portOf(node.ports, 'hazelcast') ?? STOCK.localMemberPort
    return {
      enabled: false,
      membershipScheme: STOCK.membershipScheme,
      domain: STOCK.domain,
      localMemberHost: node.host,
      localMemberPort: port,
      subDomain: STOCK.subDomain,
      schemeParameters: [],
      members: [{ hostName: bracketHost(node.host), port }],
    }
  }
  const shared = viewOfMembers(c.members)
  // Kubernetes is not built into the 4.4 agent: it needs the scheme class and where to look for pods.
  const schemeParameters =
    c.scheme === 'kubernetes'
      ? [
          { name: 'membershipSchemeClassName', value: KUBERNETES_SCHEME_CLASS },
          { name: 'KUBERNETES_NAMESPACE', value: 'default' },
          { name: 'KUBERNETES_SERVICES', value: shared.services },
          { name: 'KUBERNETES_MASTER_SKIP_SSL_VERIFICATION', value: 'true' },
          { name: 'USE_DNS', value: 'false' },
        ]
      : []
  return {
    enabled: true,
    membershipScheme: c.scheme,
    domain: c.domain,
    localMemberHost: c.localMemberHost,
    localMemberPort: c.localMemberPort,
    subDomain: c.subDomain ?? STOCK.subDomain,
    schemeParameters,
    members: shared.members,
  }
}
