/**
 * `wso2cfg explain <field>`: one field of the topology schema in words — description, type, default
 * and an example — found by a dotted path such as `nodes.portOffset` (array items need no index).
 */
import { UsageError } from '../diagnostics/diagnostic.js'
import { suggest } from '../spec/suggest.js'

interface Node {
  $ref?: string
  title?: string
  description?: string
  type?: string
  enum?: unknown[]
  const?: unknown
  anyOf?: Node[]
  items?: Node
  properties?: Record<string, Node>
  additionalProperties?: boolean | Node
  required?: string[]
  default?: unknown
  examples?: unknown[]
  minimum?: number
  maximum?: number
  pattern?: string
}

export interface Explanation {
  field: string
  title?: string
  description: string
  type: string
  required: boolean
  default?: string
  example: string
  /** Sub-fields of an object field, for `explain <field>.<sub>`. */
  fields: string[]
}

/** Examples for the schema's shared string kinds, by definition name. */
const KIND_EXAMPLES: Record<string, string> = {
  dnsLabel: 'apim-1',
  host: 'apim.example.com',
  text: 'wso2admin',
  javaClass: 'com.example.KeyManagerImpl',
  configKey: 'client_id',
  fileName: 'key-manager.jar',
  filePath: '/etc/nginx/ssl/apim.crt',
  httpUrl: 'https://idp.example.com/oauth2/token',
  dbName: 'apimgtdb',
  kmName: 'Okta',
}

const refName = (ref: string): string => ref.slice(ref.lastIndexOf('/') + 1)

function deref(schema: Node, node: Node): { node: Node; kind?: string } {
  let kind: string | undefined
  let n = node
  const seen = new Set<string>()
  while (n.$ref && !seen.has(n.$ref)) {
    seen.add(n.$ref)
    kind ??= refName(n.$ref)
    const target = (schema as { definitions?: Record<string, Node> }).definitions?.[refName(n.$ref)] ?? {}
    // The referring node's own words win over the definition's.
    const { $ref: _ref, ...own } = n
    n = { ...target, ...own, ...(own.description ? {} : { description: target.description }) }
    if (n.description === undefined) delete n.description
  }
  return kind === undefined ? { node: n } : { node: n, kind }
}

function typeOf(schema: Node, raw: Node): string {
  const { node } = deref(schema, raw)
  if (node.const !== undefined) return JSON.stringify(node.const)
  if (node.enum) return `one of ${node.enum.map((v) => JSON.stringify(v)).join(', ')}`
  if (node.anyOf) return node.anyOf.map((b) => typeOf(schema, b)).join(', or ')
  if (node.type === 'integer' || node.type === 'number') {
    const range = node.minimum !== undefined && node.maximum !== undefined ? ` from ${node.minimum} to ${node.maximum}` : node.minimum !== undefined ? ` from ${node.minimum}` : ''
    return `${node.type}${range}`
  }
  if (node.type === 'array') return `list of ${node.items ? typeOf(schema, node.items) : 'values'}`
  if (node.type === 'object') return node.properties ? 'mapping' : 'mapping of names to text'
  return node.type ?? 'any value'
}

function exampleOf(schema: Node, raw: Node, depth = 0): unknown {
  const { node, kind } = deref(schema, raw)
  if (node.examples?.length) return node.examples[0]
  if (node.const !== undefined) return node.const
  if (node.enum?.length) return node.enum[0]
  if (node.anyOf?.length) return exampleOf(schema, node.anyOf[0]!, depth)
  switch (node.type) {
    case 'integer':
    case 'number':
      return kind === 'port' ? 9443 : (node.minimum ?? 0)
    case 'boolean':
      return true
    case 'array':
      return node.items ? [exampleOf(schema, node.items, depth + 1)] : []
    case 'object': {
      if (!node.properties) return { key: 'value' }
      if (depth > 1) return {}
      const keys = node.required?.length ? node.required : Object.keys(node.properties).slice(0, 1)
      return Object.fromEntries(keys.map((k) => [k, exampleOf(schema, node.properties![k]!, depth + 1)]))
    }
    default:
      return (kind && KIND_EXAMPLES[kind]) ?? 'text'
  }
}

/** One line of YAML flow style for an example value. */
function flow(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(flow).join(', ')}]`
  if (v && typeof v === 'object') return `{ ${Object.entries(v).map(([k, x]) => `${k}: ${flow(x)}`).join(', ')} }`
  if (typeof v === 'string') return /^[A-Za-z0-9_./:@-]+$/.test(v) && !/^(true|false|null|yes|no|~|\d.*)$/i.test(v) ? v : JSON.stringify(v)
  return String(v)
}

/** A default stated by the schema, or the "(default X)" / "default X" of its description. */
function defaultOf(node: Node): string | undefined {
  if (node.default !== undefined) return flow(node.default)
  const m = /\(default ([^)]+)\)|[,;] default ([^.;,]+)/.exec(node.description ?? '')
  return m ? (m[1] ?? m[2])!.trim() : undefined
}

/** Every dotted field path of the schema (array items need no index). */
export function fieldPaths(schema: object): string[] {
  const paths: string[] = []
  const walk = (raw: Node, prefix: string, depth: number): void => {
    const { node } = deref(schema as Node, raw)
    const target = node.type === 'array' && node.items ? deref(schema as Node, node.items).node : node
    if (!target.properties || depth > 6) return
    for (const [k, child] of Object.entries(target.properties)) {
      if (k === '$schema') continue
      const path = prefix ? `${prefix}.${k}` : k
      paths.push(path)
      walk(child, path, depth + 1)
    }
  }
  walk(schema as Node, '', 0)
  return paths
}

export function explain(schema: object, field: string): Explanation {
  const root = schema as Node
  const parts = field.split('.').map((p) => p.replace(/\[\d*\]$/, ''))
  let current: Node = root
  let required = false
  for (const [i, part] of parts.entries()) {
    let { node } = deref(root, current)
    if (node.type === 'array' && node.items) node = deref(root, node.items).node
    const child = part === '$schema' ? undefined : node.properties?.[part]
    if (!child) {
      const known = fieldPaths(schema)
      const near = suggest(field, known) ?? suggest(part, Object.keys(node.properties ?? {}).filter((k) => k !== '$schema'))
      const where = i === 0 ? 'the spec has no field' : `${parts.slice(0, i).join('.')} has no field`
      const prefix = parts.slice(0, i).join('.')
      const mean = near === undefined ? '' : near.includes('.') || i === 0 ? near : `${prefix}.${near}`
      throw new UsageError(`${where} "${part}"${mean ? `; did you mean "${mean}"?` : ''} (wso2cfg explain lists the fields)`)
    }
    required = node.required?.includes(part) ?? false
    current = child
  }
  const { node } = deref(root, current)
  const target = node.type === 'array' && node.items ? deref(root, node.items).node : node
  const def = defaultOf(node)
  const key = parts[parts.length - 1]!
  return {
    field: parts.join('.'),
    ...(node.title ? { title: node.title } : {}),
    description: node.description ?? (target !== node ? (target.description ?? '') : ''),
    type: typeOf(root, current),
    required,
    ...(def === undefined ? {} : { default: def }),
    example: `${key}: ${flow(exampleOf(root, current))}`,
    fields: Object.keys(target.properties ?? {}).filter((k) => k !== '$schema'),
  }
}

export function explainText(e: Explanation): string {
  const lines = [e.title ? `${e.field} — ${e.title}` : e.field, '']
  if (e.description) lines.push(`  ${e.description}`, '')
  lines.push(`  type:     ${e.type}`)
  lines.push(`  required: ${e.required ? 'yes' : 'no'}`)
  lines.push(`  default:  ${e.default ?? (e.required ? '(none: the field is required)' : '(none)')}`)
  lines.push(`  example:  ${e.example}`)
  if (e.fields.length) lines.push(`  fields:   ${e.fields.map((f) => `${e.field}.${f}`).join(', ')}`)
  return lines.join('\n')
}
