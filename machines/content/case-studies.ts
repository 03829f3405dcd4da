import type { RouteId } from '../routes'
import type { SourceId } from '../sources'

/**
 * Case studies from the community FAQ of E3M's From Procurement to Partnership toolkit
 * (source `toolkit-faq`), retold in the project's own words. `variants`, when given,
 * limits a case to results with one of those variants.
 */
export type CaseStudy = {
  id: string
  title: string
  summary: string
  source: SourceId
  routes: RouteId[]
  variants?: string[]
}

export const caseStudies: readonly CaseStudy[] = [
  {
    id: 'jersey-buses',
    title: 'Jersey bus service: an open-book partnership won in open competition',
    summary:
      'HCT Group, a charitable social enterprise, won the Jersey bus contract in an ordinary tender against UK and French commercial operators. Its price was open-book, with a reasonable surplus and any profit above it shared. Bus use rose, and the service did well enough for the profit sharing to start paying out.',
    source: 'toolkit-faq',
    routes: ['light-touch-flexible', 'competitive-procedure'],
    variants: ['open-book'],
  },
  {
    id: 'plymouth-alliance',
    title: 'Plymouth Alliance contract',
    summary:
      'Plymouth put its alliance contract in place using general commissioning and procurement principles. It did not use the statutory innovation partnership procedure. It shows that a collaborative partnership does not need a special procedure.',
    source: 'toolkit-faq',
    routes: ['alliance-partnership'],
  },
  {
    id: 'oldham-cares',
    title: 'Oldham Cares social prescribing network',
    summary:
      'Oldham Council set up its social prescribing network, Oldham Cares, using the formal innovation partnership procedure in the procurement regulations. The network has won an award for innovation. It shows the procedure can be used to build a collaborative partnership in public services.',
    source: 'toolkit-faq',
    routes: ['innovation-partnership'],
  },
  {
    id: 'leicestershire-barnardos',
    title:
      'Leicestershire County Council and Barnardo’s: a children’s services innovation partnership',
    summary:
      'Leicestershire County Council formed a ten-year children’s services partnership with Barnardo’s. It used the light touch rules to run a flexible process modelled on the innovation partnership approach. The partnership won an innovation award, and its first-year evaluation praised how it handled risk and uncertainty.',
    source: 'toolkit-faq',
    routes: ['innovation-partnership'],
    variants: ['light-touch'],
  },
]
