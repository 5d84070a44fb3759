/** Secure vault layout of deployment.toml: `$secret{…}` aliases and the `[secrets]` table. */
import type { Position } from '../../spec/positions.js'
import { suggest } from '../../spec/suggest.js'
import { scanTomlText } from '../toml-text.js'
import type { LintFile, LintTree, TomlDoc } from '../tree.js'
import type { Hit, LintRule } from '../types.js'

const SECRET = /\$secret\{([^}]*)\}/g

interface Vault {
  file: LintFile
  doc: TomlDoc
  /** Aliases defined under [secrets]. */
  defined: string[]
  /** Every `$secret{alias}` outside [secrets], with the position of its key. */
  used: { alias: string; at?: Position }[]
}

function vaults(tree: LintTree): Vault[] {
  return tree.files.flatMap((file) => {
    if (!file.rel.endsWith('deployment.toml')) return []
    const doc = file.toml()
    if (!doc) return []
    const secrets = doc.data.secrets
    const defined = secrets && typeof secrets === 'object' && !Array.isArray(secrets) ? Object.keys(secrets) : []
    const used: Vault['used'] = []
    const visit = (v: unknown, pointer: string): void => {
      if (typeof v === 'string') for (const m of v.matchAll(SECRET)) used.push({ alias: m[1]!, ...(doc.at(pointer) ? { at: doc.at(pointer)! } : {}) })
      else if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${pointer}/${i}`))
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (pointer !== '' || k !== 'secrets') visit(x, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`)
    }
    visit(doc.data, '')
    return [{ file, doc, defined, used }]
  })
}

function undefinedAliases(tree: LintTree): Hit[] {
  return vaults(tree).flatMap(({ file, defined, used }) =>
    used
      .filter((u) => !defined.includes(u.alias))
      .map((u) => {
        const near = suggest(u.alias, defined)
        return {
          file,
          ...(u.at ? { at: u.at } : {}),
          message: `$secret{${u.alias}} has no entry under [secrets]${defined.length ? ` (defined: ${defined.join(', ')})` : ''}`,
          hint: near ? `did you mean $secret{${near}}?` : `add ${u.alias} = "[plain text]" under [secrets] and encrypt it with the cipher tool`,
        }
      }),
  )
}

function unusedAliases(tree: LintTree): Hit[] {
  return vaults(tree).flatMap(({ file, doc, defined, used }) =>
    defined
      .filter((alias) => !used.some((u) => u.alias === alias))
      .map((alias) => ({ file, ...(doc.at(`/secrets/${alias}`) ? { at: doc.at(`/secrets/${alias}`)! } : {}), message: `[secrets] defines ${alias}, but no $secret{${alias}} uses it` })),
  )
}

/** Every deployment.toml, parsed or not: the layout rules read the text. */
const tomlFiles = (tree: LintTree): LintFile[] => tree.files.filter((f) => f.rel.endsWith('deployment.toml'))

function secretsLast(tree: LintTree): Hit[] {
  return tomlFiles(tree).flatMap((file): Hit[] => {
    const { headers } = scanTomlText(file.text)
    const i = headers.findIndex((h) => h.key === 'secrets' && !h.array)
    const after = i < 0 ? undefined : headers[i + 1]
    if (!after) return []
    return [{ file, at: after.at, message: `[${after.key}] follows [secrets] (line ${headers[i]!.at.line}); the cipher tool drops everything after [secrets]` }]
  })
}

function secretsComments(tree: LintTree): Hit[] {
  return tomlFiles(tree).flatMap((file): Hit[] => {
    const { headers, comments } = scanTomlText(file.text)
    const i = headers.findIndex((h) => h.key === 'secrets' && !h.array)
    if (i < 0) return []
    const from = headers[i]!.at.line
    const to = headers[i + 1]?.at.line ?? Number.POSITIVE_INFINITY
    return comments.filter((c) => c.line > from && c.line < to).map((at) => ({ file, at, message: 'a comment inside [secrets]; the cipher tool fails on it' }))
  })
}

export const SECRET_RULES: readonly LintRule[] = [
  {
    id: 'toml/secret-undefined',
    severity: 'error',
    summary: 'every $secret{alias} in deployment.toml has an entry under [secrets]',
    hint: 'add the alias under [secrets], or correct the reference',
    check: undefinedAliases,
  },
  {
    id: 'toml/secret-unused',
    severity: 'warning',
    summary: 'every entry under [secrets] is used by a $secret{alias}',
    hint: 'remove the entry, or refer to it where the value is needed',
    check: unusedAliases,
  },
  {
    id: 'toml/secrets-not-last',
    severity: 'error',
    summary: '[secrets] is the last table of deployment.toml',
    hint: 'move the [secrets] table to the end of the file',
    check: secretsLast,
  },
  {
    id: 'toml/secrets-comment',
    severity: 'error',
    summary: 'no comments inside [secrets]',
    hint: 'remove the comment, or move it above the [secrets] header',
    check: secretsComments,
  },
]
