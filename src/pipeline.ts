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
import { validateLoaded } from './validate/index.js'
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
  const env = opts.resolveEnv && validated.spec.platform === 'apim-2.6.0' ? resolveEnvRefs(validated.spec, process.env) : { value: validated.spec, findings: [] }
  const spec = env.value
  if (spec !== validated.spec) knownSecrets.add(secretValuesOf(spec))
  const { plan: topology, findings } = plan(spec)
  const allowed = new Set([...(spec.allow ?? []), ...(opts.allow ?? [])])
  const all = [...validated.diagnostics, ...locateAll(loaded, [...urlCredentialFindings(loaded.data), ...env.findings, ...findings])].filter((d) => d.severity === 'error' || !allowed.has(d.rule))
  if (all.some((d) => d.severity === 'error')) throw new SpecError(all)
  return { loaded, spec, topology, diagnostics: all }
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
