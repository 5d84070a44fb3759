/**
 * Handlebars for XML: templates are precompiled at build time (scripts/build-templates.mjs), strict
 * (a missing view field throws), without Handlebars' HTML escaping; the view model is XML-escaped as
 * a whole instead (escape.ts). Every rendered document is parsed back before it is returned, with the
 * project's strict XML 1.0 reader (src/lint/xml.ts): xmlbuilder2's parser accepts mismatched end tags.
 */
import type HandlebarsApi from 'handlebars'
// The runtime alone: templates arrive precompiled, so the compiler is never needed at run time.
import runtime from 'handlebars/runtime.js'
import { parseXml, XmlSyntaxError } from '../../lint/xml.js'
import { escapeView } from './escape.js'
import { PARTIALS, TEMPLATES } from './generated/templates.js'

const Handlebars = runtime as typeof HandlebarsApi
type Precompiled = Parameters<typeof Handlebars.template>[0]

const hb = Handlebars.create()
const loaded = new Map<string, HandlebarsApi.TemplateDelegate>()
let partialsLoaded = false

/** Partials: files named `_<name>.hbs` anywhere under templates/<dir>/partials/. */
function loadPartials(): void {
  if (partialsLoaded) return
  partialsLoaded = true
  for (const [name, spec] of Object.entries(PARTIALS as Record<string, Precompiled>)) hb.registerPartial(name, hb.template(spec))
}

/** The template templates/<name>; `name` like `apim-2.6.0/carbon.xml.hbs`. */
export function template(name: string): HandlebarsApi.TemplateDelegate {
  let t = loaded.get(name)
  if (!t) {
    loadPartials()
    const spec = (TEMPLATES as Record<string, Precompiled>)[name]
    if (!spec) throw new Error(`no template templates/${name} (run npm run build after adding one)`)
    t = hb.template(spec)
    loaded.set(name, t)
  }
  return t
}

/** Render an XML template with an escaped view and check the result is well-formed. */
export function renderXml(name: string, view: object): string {
  const xml = template(name)(escapeView(view))
  assertWellFormed(xml, name)
  return xml
}

/** Documents already parsed back in this process: many nodes render identical files, each is parsed once. */
const wellFormed = new Set<string>()
const REMEMBERED = 4096

export function assertWellFormed(xml: string, what: string): void {
  if (wellFormed.has(xml)) return
  try {
    parseXml(xml)
  } catch (err) {
    const at = err instanceof XmlSyntaxError ? ` at line ${err.at.line}, column ${err.at.col}` : ''
    throw new Error(`rendered ${what} is not well-formed XML: ${(err as Error).message}${at}`)
  }
  if (wellFormed.size >= REMEMBERED) wellFormed.clear()
  wellFormed.add(xml)
}
