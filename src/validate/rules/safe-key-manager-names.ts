import { pointerOf } from '../../diagnostics/diagnostic.js'
import type { Rule } from './types.js'
import { error } from './helpers.js'

/**
 * Names Windows reserves for devices, with or without an extension (`nul.json` opens the device
 * too). A key manager name becomes a file name (the registration payload), so none may be one.
 */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i

/** Key manager names (keyManager.thirdParty.name, keyManager.name) must be usable as file names on every common file system. */
export const safeKeyManagerNames: Rule = (spec) => {
  const km = spec.keyManager
  const named: { path: (string | number)[]; name: string | undefined }[] = [
    { path: ['keyManager', 'thirdParty', 'name'], name: km?.thirdParty?.name },
    { path: ['keyManager', 'name'], name: km?.name },
  ]
  return named.flatMap(({ path, name }) =>
    name !== undefined && RESERVED.test(name)
      ? [
          error(
            'topology/unsafe-key-manager-name',
            pointerOf(path),
            `key manager name "${name}" cannot be used as a file name: Windows reserves ${name.split('.')[0]!.toUpperCase()} for a device, whatever the extension`,
            'choose another name',
          ),
        ]
      : [],
  )
}
