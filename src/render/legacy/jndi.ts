/** repository/conf/jndi.properties of an API Manager 2.6.0 publisher: the traffic managers' brokers. */
import { JNDI_PROPERTIES } from '../../plan/files.js'
import type { NodeFileRenderer } from '../types.js'
import { legacyApimSection } from './apim-section.js'

export const jndiProperties: NodeFileRenderer = {
  matches: (path, node) => path === JNDI_PROPERTIES && node.product === 'apim-2.6.0',
  render(node) {
    const { jndi } = legacyApimSection(node)
    if (!jndi) throw new Error(`node ${node.name} has no jndi.properties plan`)
    return [
      `connectionfactory.TopicConnectionFactory = ${jndi.topicConnectionFactory}`,
      `connectionfactory.QueueConnectionFactory = ${jndi.queueConnectionFactory}`,
      'topic.throttleData = throttleData',
      '',
    ].join('\n')
  },
}
