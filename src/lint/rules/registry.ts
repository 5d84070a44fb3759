/** registry.xml of the legacy model: mounts, remote instances and dbConfigs that refer to each other. */
import { suggest } from '../../spec/suggest.js'
import type { LintFile, LintTree } from '../tree.js'
import type { Hit, LintRule } from '../types.js'
import { select, textOf, textPosition, type XmlElement } from '../xml.js'

interface Registry {
  file: LintFile
  root: XmlElement
  dbConfigs: string[]
  instances: XmlElement[]
}

function registries(tree: LintTree): Registry[] {
  return tree.nodes.flatMap((node) => {
    const file = node.files.get('registry.xml')
    const root = file?.xml()
    if (!file || !root) return []
    return [{ file, root, dbConfigs: select(root, 'dbConfig').map((d) => d.attrs.name ?? ''), instances: select(root, 'remoteInstance') }]
  })
}

const idOf = (instance: XmlElement): string => textOf(select(instance, 'id')[0])

function mountTargets(tree: LintTree): Hit[] {
  return registries(tree).flatMap(({ file, root, instances }) => {
    const ids = instances.map(idOf).filter((id) => id !== '')
    return select(root, 'mount').flatMap((mount): Hit[] => {
      const ref = select(mount, 'instanceId')[0]
      const id = textOf(ref)
      if (ref && ids.includes(id)) return []
      const near = id ? suggest(id, ids) : undefined
      return [
        {
          file,
          at: ref ? textPosition(ref) : mount.at,
          message: ref && id ? `mount ${mount.attrs.path ?? ''} refers to remoteInstance "${id}", which registry.xml does not define (defined: ${ids.join(', ') || 'none'})` : `mount ${mount.attrs.path ?? ''} has no instanceId`,
          hint: near ? `did you mean ${near}?` : 'add a <remoteInstance> with this <id>, or point <instanceId> at an existing one',
        },
      ]
    })
  })
}

function instanceDbConfigs(tree: LintTree): Hit[] {
  return registries(tree).flatMap(({ file, root, dbConfigs, instances }) => {
    const current = textOf(select(root, 'currentDBConfig')[0])
    return instances.flatMap((instance): Hit[] => {
      const ref = select(instance, 'dbConfig')[0]
      if (!ref) return [] // a WS/Atom remote instance has a URL instead
      const name = textOf(ref)
      const label = `remoteInstance "${idOf(instance)}"`
      if (!dbConfigs.includes(name)) {
        const near = suggest(name, dbConfigs)
        return [{ file, at: textPosition(ref), message: `${label} uses dbConfig "${name}", which registry.xml does not define (defined: ${dbConfigs.join(', ') || 'none'})`, hint: near ? `did you mean ${near}?` : 'add <dbConfig name="…"> with the shared datasource, or correct the name' }]
      }
      if (name === current) return [{ file, at: textPosition(ref), message: `${label} mounts dbConfig "${name}", which is the local registry (currentDBConfig)`, hint: 'a mount needs its own dbConfig that points at the shared registry datasource' }]
      return []
    })
  })
}

function cacheIds(tree: LintTree): Hit[] {
  return registries(tree).flatMap(({ file, instances }) =>
    instances.flatMap((instance): Hit[] => {
      const cache = select(instance, 'cacheId')[0]
      if (cache && textOf(cache) !== '') return []
      return [{ file, at: cache ? textPosition(cache) : instance.at, message: `remoteInstance "${idOf(instance)}" has ${cache ? 'an empty' : 'no'} cacheId; the server fails with "Unable to create fixed remote mounts"` }]
    }),
  )
}

export const REGISTRY_RULES: readonly LintRule[] = [
  {
    id: 'legacy/registry-mount-instance',
    severity: 'error',
    summary: 'every registry mount refers to a remoteInstance defined in registry.xml',
    hint: 'point <instanceId> at the <id> of a <remoteInstance>',
    check: mountTargets,
  },
  {
    id: 'legacy/registry-instance-dbconfig',
    severity: 'error',
    summary: 'every remoteInstance uses a dbConfig defined in registry.xml, other than the local one',
    hint: 'add the dbConfig, or correct the name',
    check: instanceDbConfigs,
  },
  {
    id: 'legacy/registry-cache-id',
    severity: 'error',
    summary: 'every remoteInstance has a non-empty cacheId',
    hint: 'set <cacheId> to <database user>@<JDBC URL of the shared registry database>',
    check: cacheIds,
  },
]
