import { type SourceId, sourceById } from '../sources'
import type { Reference } from './route-content'

/**
 * A reference to a source. `url` points at the exact provision when given (a section
 * page on legislation.gov.uk); otherwise at the source itself.
 */
export function ref(source: SourceId, label: string, citation: string, url?: string): Reference {
  const found = sourceById(source)
  if (!found) throw new Error(`Unknown source id: ${source}`)
  return { label, citation, url: url ?? found.url, source }
}
