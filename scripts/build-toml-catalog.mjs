#!/usr/bin/env node
// Builds data/toml-keys/apim-4.7.0.json, the deployment.toml keys API Manager 4.7.0 reads, from a
// key catalog of the product's configuration templates (keys, arrays of tables with their item keys,
// generic tables, wildcard patterns, and its `source` field).
//
//   node scripts/build-toml-catalog.mjs <toml-keys.json> [output.json]
//
// Only what lint and tests need is kept: key paths, array item keys, generic tables and patterns,
// plus the source repositories with tag and commit. SUPPLEMENTS adds keys read by templates the
// input did not walk, each with the file that reads it. The output is sorted and has no date, so
// the same input always gives the same bytes.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const DEFAULT_OUT = resolve(ROOT, 'data/toml-keys/apim-4.7.0.json')

/** Keys read by templates outside the input catalog (S2.4 needs the first). */
const SUPPLEMENTS = [
  {
    key: 'multi_tenancy.stratos.public_cloud_setup',
    reads: 'repository/conf/multitenancy/stratos.xml.j2 (StratosPublicCloudSetup)',
    source: {
      repo: 'wso2/carbon-multitenancy',
      path: 'features/tenant-mgt/org.wso2.carbon.tenant.common.server.feature/src/main/resources/conf_templates/templates/repository/conf/multitenancy/stratos.xml.j2',
      commit: '22a461f623e17e3aedf5b1a38f5a9b41aebb1ae2',
    },
  },
]

const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0)

/** repo, tag and commit of each input, read from its `ref` text (`tag v4.7.0 = commit <sha>`, `release v9 = commit <sha>`). */
function sourcesOf(source) {
  return (source?.inputs ?? []).map((input) => {
    const ref = String(input.ref ?? '')
    const tag = /(?:tag|release)\s+(\S+)\s*=\s*commit/.exec(ref)?.[1]
    const commit = /\b([0-9a-f]{40})\b/.exec(ref)?.[1]
    return { repo: input.repo, ...(tag ? { tag } : {}), ...(commit ? { commit } : {}) }
  })
}

export function buildCatalog(reference) {
  const keys = new Set(Object.keys(reference.keys ?? {}))
  for (const s of SUPPLEMENTS) keys.add(s.key)
  const arrays = Object.fromEntries(
    Object.entries(reference.arrays ?? {})
      .sort(([a], [b]) => byText(a, b))
      .map(([path, items]) => [path, [...items].sort(byText)]),
  )
  return {
    product: 'apim-4.7.0',
    description: 'deployment.toml keys API Manager 4.7.0 reads: dotted paths, a segment holding a dot in single quotes; array items as <array>[].<key>',
    generatedBy: 'scripts/build-toml-catalog.mjs',
    sources: sourcesOf(reference.source),
    supplements: SUPPLEMENTS,
    keys: [...keys].sort(byText),
    arrays,
    generic_tables: Object.keys(reference.generic_tables ?? {}).sort(byText),
    patterns: Object.keys(reference.patterns ?? {}).sort(byText),
  }
}

function main(argv) {
  const [input, output = DEFAULT_OUT] = argv
  if (!input) {
    console.error('usage: node scripts/build-toml-catalog.mjs <toml-keys.json> [output.json]')
    return 2
  }
  const catalog = buildCatalog(JSON.parse(readFileSync(input, 'utf8')))
  mkdirSync(dirname(output), { recursive: true })
  writeFileSync(output, JSON.stringify(catalog, null, 1) + '\n')
  console.log(`${output}: ${catalog.keys.length} keys, ${Object.keys(catalog.arrays).length} arrays of tables, ${catalog.generic_tables.length} generic tables, ${catalog.patterns.length} patterns`)
  return 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2))
