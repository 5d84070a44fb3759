/** XML escaping, decided once: every string of a view model is escaped before it reaches a template. */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Parsers normalise raw CR, and raw tab/LF inside attribute values: character references survive.
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
}

/** Escapes text for element content and double- or single-quoted attribute values alike. */
export const escapeXml = (s: string): string => s.replace(/[&<>"'\r\n\t]/g, (c) => ENTITIES[c]!)

/** A deep copy of a view model with every string escaped; numbers and booleans pass unchanged. */
export function escapeView<T>(view: T): T {
  return walk(view) as T
}

function walk(v: unknown): unknown {
  if (typeof v === 'string') return escapeXml(v)
  if (Array.isArray(v)) return v.map(walk)
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
  return v
}
