/** Every lint rule, in reporting order. A new rule = an entry in one family file (or a new family + one row here). */
import type { LintRule } from '../types.js'
import { ADDRESS_RULES } from './addresses.js'
import { CLUSTER_RULES } from './cluster.js'
import { DATASOURCE_RULES } from './datasources.js'
import { FILE_RULES } from './files.js'
import { REGISTRY_RULES } from './registry.js'
import { SECRET_RULES } from './secrets.js'
import { SYNTAX_RULES } from './syntax.js'
import { TOML_KEY_RULES } from './toml-keys.js'
import { URL_RULES } from './urls.js'

export const RULES: readonly LintRule[] = [...FILE_RULES, ...SYNTAX_RULES, ...DATASOURCE_RULES, ...REGISTRY_RULES, ...CLUSTER_RULES, ...URL_RULES, ...ADDRESS_RULES, ...TOML_KEY_RULES, ...SECRET_RULES]
