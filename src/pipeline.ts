/**
 * load → validate → plan → render. Returns the rendered files and every diagnostic; throws
 * SpecError when the spec has errors (nothing has been written at that point).
 */
import { SpecError, type Diagnostic, type Finding } from './diagnostics/diagnostic.js'
import type { Spec } from './model/spec.js'
import { plan } from './plan/index.js'
import type { TopologyPlan } from './plan/types.js'
import type { RenderedFiles } from './render/types.js'
import { resolveEnvRefs } from './spec/env.js'
import { loadSpec, type LoadedSpec } from './spec/load.js'
import { checkRules, schemaFindings, validateLoaded } from './validate/index.js'
import { knownSecrets, secretValuesOf, urlCredentialFindings } from './util/secrets.js'

export interface PipelineOptions {
  resolveEnv?: boolean
  /** Rule ids whose warnings are dropped, besides the spec's own `allow` list. */
  allow?: readonly string[]
}

export interface Checked {
  loaded: LoadedSpec
  spec: Spec
  topology: TopologyPlan
  /** Warnings (errors throw). */
  diagnostics: Diagnostic[]
}

const locateAll = (loaded: LoadedSpec, findings: readonly Finding[]): Diagnostic[] =>
  findings.map((f) => ({ ...f, file: loaded.file, ...loaded.locate(f.pointer) }))

/** Load, validate and plan; every error of any stage ends in one SpecError. */
export async function check(file: string, opts: PipelineOptions = {}): Promise<Checked> {
  const loaded = await loadSpec(file)
  return checkLoaded(loaded, opts)
}

export function checkLoaded(loaded: LoadedSpec, opts: PipelineOptions = {}): Checked {
  // before anything can print a value of the spec
  knownSecrets.add(secretValuesOf(loaded.data))
  const validated = validateLoaded(loaded, opts)
  // Only the 2.6.0 XML model lacks run-time resolution; 4.7.0 files keep their references.
  const env = opts.resolveEnv && validated.spec.platform === 'apim-2.6.0' ? resolveEnvRefs(validated.spec, process.env) : undefined
  const spec = env?.value ?? validated.spec
  if (env) {
    knownSecrets.add(secretValuesOf(spec))
    // The substituted values go through the same schema and rules as the spec itself.
    const unset = env.findings.length > 0
    const again = unset ? env.findings : [...env.findings, ...revalidate(spec, env.sources)]
    const located = locateAll(loaded, again)
    if (located.some((d) => d.severity === 'error')) throw new SpecError([...validated.diagnostics, ...located])
  }
  const { plan: topology, findings } = plan(spec)
  const allowed = new Set([...(spec.allow ?? []), ...(opts.allow ?? [])])
  const all = [...validated.diagnostics, ...locateAll(loaded, [...urlCredentialFindings(loaded.data), ...findings])].filter((d) => d.severity === 'error' || !allowed.has(d.rule))
  if (all.some((d) => d.severity === 'error')) throw new SpecError(all)
  return { loaded, spec, topology, diagnostics: all }
}

/**
 * Schema and rule findings of the resolved spec that concern a substituted value. Each names the
 * variables and the field; the values are masked, since they may be secrets.
 */
function revalidate(spec: Spec, sources: ReadonlyMap<string, { names: string[]; values: string[] }>): Finding[] {
  if (sources.size === 0) return []
  const schema = schemaFindings(spec)
  const findings = schema.length > 0 ? schema : checkRules(spec, { resolveEnv: true })
  const out: Finding[] = []
  for (const f of findings) {
    const related = [...sources].filter(([p]) => p === f.pointer || p.startsWith(`${f.pointer}/`) || f.pointer.startsWith(`${p}/`))
    if (related.length === 0) continue
    const names = [...new Set(related.flatMap(([, s]) => s.names))]
    const values = related.flatMap(([, s]) => s.values)
    const fields = related.map(([p]) => p).filter((p) => p !== f.pointer)
    out.push({
      ...f,
      message: `the value of the environment variable${names.length > 1 ? 's' : ''} ${names.join(', ')} (${names.map((n) => `$env{${n}}`).join(', ')}${fields.length > 0 ? ` at ${fields.join(', ')}` : ''}) is not valid here: ${maskValues(f.message, values, names)}`,
      ...(f.hint === undefined ? {} : { hint: maskValues(f.hint, values, names) }),
    })
  }
  return out
}

/** `text` with every substituted value (whole, quoted, or cut short as messages show it) replaced by a placeholder. */
function maskValues(text: string, values: readonly string[], names: readonly string[]): string {
  const shown = `<the value of ${names.join(', ')}>`
  let out = text
  const forms = values
    .filter((v) => v !== '')
    .flatMap((v) => [JSON.stringify(v), JSON.stringify(`${v.slice(0, 57)}...`), ...(v.length >= 4 ? [v, v.slice(0, 57)] : [])])
    .sort((a, b) => b.length - a.length)
  for (const form of forms) if (form !== '' && form !== '""') out = out.split(form).join(shown)
  return out
}

export interface Rendered extends Checked {
  files: RenderedFiles
}

export async function renderSpec(file: string, opts: PipelineOptions = {}): Promise<Rendered> {
  const checked = await check(file, opts)
  // Loaded here only: validate and plan never pay for the template engine and the renderers.
  const { render } = await import('./render/index.js')
  return { ...checked, files: render(checked.topology) }
}
