import { describe, expect, it } from 'vitest'
import type { RegimeId } from '../regimes'
import { routeContext } from '../route-context'
import type { RouteId } from '../routes'
import { sources } from '../sources'
import { enumeratedPaths } from '../testing/enumerated-paths'
import { routeCatalogue } from './route-catalogue'
import type { Jurisdiction, Reference } from './route-content'

/**
 * Issue 14: a result cites only instruments of its own regime and nation. Each source is
 * placed here by hand, from the instrument itself (who it binds, where it extends), not from
 * the code that cites it. A source may hold in several places (a list of scopes).
 * `regimes` absent: not procurement law (subsidy control, land), so it holds under any
 * regime. `nations` absent: UK-wide. A reserved (UK-wide) body in Scotland is its own
 * "nation" here, because the Act, not the Scottish regulations, governs it (spec section 1).
 */
type Nation = Jurisdiction | 'scotland-reserved'
type Scope = { regimes?: readonly RegimeId[]; nations?: readonly Nation[] }

const EW_NI: Nation[] = ['england', 'wales', 'northern-ireland']
const UK_ACT: Nation[] = [...EW_NI, 'scotland-reserved']
const ALL: Nation[] = [...UK_ACT, 'scotland']
// Cabinet Office instruments and guidance. For a devolved Welsh authority the Welsh Ministers'
// regulations govern notices (PA 2023 ss.111, 113) and the Welsh threshold regulations set
// the figures, so these hold outside Wales only.
const CABINET_OFFICE: Scope[] = [
  { regimes: ['pa-2023'], nations: ['england', 'northern-ireland', 'scotland-reserved'] },
]
// The Scottish rules, for a devolved body, and for a body elsewhere calling off a Scottish
// framework (its regime is then pcr-scotland-2015 in its own nation).
const SCOTTISH_RULES: Scope[] = [{ regimes: ['pcr-scotland-2015'], nations: ALL }]
// Cross-border: a devolved Scottish body calling off a UK framework (regime of the framework).
const CROSS_BORDER: Scope[] = [
  ...SCOTTISH_RULES,
  { regimes: ['pa-2023', 'pcr-2015'], nations: ['scotland'] },
]

const scope: Record<string, Scope[]> = {
  // A devolved Scottish body calling off a UK framework is under the provisions of the Act that
  // s.115A and Schedule 9A apply to it (spec section 1: a call-off takes the framework's regime).
  'pa-2023': [{ regimes: ['pa-2023'], nations: ALL }],
  'procurement-regs-2024': [...CABINET_OFFICE, { regimes: ['pa-2023'], nations: ['scotland'] }],
  'si-2025-1200': CABINET_OFFICE,
  'ppn-023': CABINET_OFFICE,
  'ppn-005': CABINET_OFFICE,
  'co-direct-award-guidance': [{ regimes: ['pa-2023'], nations: UK_ACT }],
  'mhclg-reserving-below-threshold': [{ regimes: ['pa-2023'], nations: ['england'] }],
  'si-2025-163': [{ regimes: ['pa-2023'], nations: UK_ACT }],
  'wsi-2025-181': [{ regimes: ['pa-2023'], nations: ['wales'] }],
  'pa-2023-thresholds-wales-2025': [{ regimes: ['pa-2023'], nations: ['wales'] }],
  'wg-pa-exempted-contracts': [{ regimes: ['pa-2023'], nations: ['wales'] }],
  'procurement-wales-regs-2024': [{ regimes: ['pa-2023'], nations: ['wales'] }],
  'wppn-012': [{ regimes: ['pa-2023'], nations: ['wales'] }],
  // The lists of reservable services that the mutual-conditions hint links to.
  'procurement-regs-2024-sch-1': [
    ...CABINET_OFFICE,
    { regimes: ['pa-2023'], nations: ['scotland'] },
  ],
  'procurement-wales-regs-2024-sch-1': [{ regimes: ['pa-2023'], nations: ['wales'] }],
  'pcr-2015-reg-77': [{ regimes: ['pcr-2015'], nations: UK_ACT }],
  'lga-1988-s17': [{ regimes: ['pa-2023', 'pcr-2015'], nations: ['england', 'wales'] }],
  // The commencement and saving regulations decide between the Act and the 2015 Regulations.
  'pa-2023-transitional': [{ regimes: ['pa-2023', 'pcr-2015'], nations: UK_ACT }],
  'co-transitional-guidance': [{ regimes: ['pa-2023', 'pcr-2015'], nations: UK_ACT }],
  // A reserved body in Scotland that began before 24 February 2025 gets pcr-2015 (spec section 1).
  'pcr-2015': [{ regimes: ['pcr-2015'], nations: UK_ACT }],
  'pcr-amendment-2022': [{ regimes: ['pcr-2015'], nations: UK_ACT }],
  'ppn-11-23': [{ regimes: ['pcr-2015'], nations: UK_ACT }],
  // Scotland
  'pcs-regs-2015': CROSS_BORDER,
  'cross-border-scotland-2025': CROSS_BORDER,
  'sppn-5-2026': CROSS_BORDER,
  'procurement-reform-scotland-2014': [{ regimes: ['pcr-scotland-2015'], nations: ['scotland'] }],
  'procurement-scotland-regs-2016': [{ regimes: ['pcr-scotland-2015'], nations: ['scotland'] }],
  'procurement-journey-standstill': [{ regimes: ['pcr-scotland-2015'], nations: ['scotland'] }],
  'sppn-5-2023': [{ regimes: ['pcr-scotland-2015'], nations: ['scotland'] }],
  'sppn-4-2025': [{ regimes: ['pcr-scotland-2015'], nations: ['scotland'] }],
  'sppn-3-2025': [{ regimes: ['pcr-scotland-2015'], nations: ['scotland'] }],
  // Provider Selection Regimes
  'psr-2023': [{ regimes: ['psr-2023'], nations: ['england'] }],
  'nhse-psr-guidance': [{ regimes: ['psr-2023'], nations: ['england'] }],
  'bevan-brittan-which-regs': [{ regimes: ['psr-2023'], nations: ['england'] }],
  'freeths-psr-2024': [{ regimes: ['psr-2023'], nations: ['england'] }],
  'psr-wales-2025': [{ regimes: ['psr-wales-2025'], nations: ['wales'] }],
  'wg-psr-guidance': [{ regimes: ['psr-wales-2025'], nations: ['wales'] }],
  'wg-psr-review-unit': [{ regimes: ['psr-wales-2025'], nations: ['wales'] }],
  // Outside procurement law
  'subsidy-control-act-2022': [{}],
  'browne-jacobson-economic-activity': [{}],
  'windsor-framework-art-10': [{}],
  'dfe-ni-state-aid': [{ nations: ['northern-ireland'] }],
  'managing-public-money': [{}],
  'lga-1972-s123': [{ nations: ['england', 'wales'] }],
  'general-disposal-consent-2003': [{ nations: ['england'] }],
  'oss-general-disposal-consents': [{ nations: ['england', 'wales'] }],
  'lga-ni-1972': [{ nations: ['northern-ireland'] }],
  'dfc-ni-lg-21-20': [{ nations: ['northern-ireland'] }],
  'lgsa-1973-s74': [{ nations: ['scotland', 'scotland-reserved'] }],
  'disposal-land-scotland-2010': [{ nations: ['scotland', 'scotland-reserved'] }],
  'community-empowerment-scotland-2015': [{ nations: ['scotland', 'scotland-reserved'] }],
  // Social value notes
  'social-value-act-2012': [{ nations: ['england', 'wales', 'scotland-reserved'] }],
  'sppp-wales-2023': [{ nations: ['wales'] }],
  'ni-public-procurement-policy': [{ nations: ['northern-ireland'] }],
  'ni-ppn-01-21': [{ nations: ['northern-ireland'] }],
  'npps-2025': [
    {
      regimes: ['pa-2023', 'psr-2023'],
      nations: ['england', 'northern-ireland', 'scotland-reserved'],
    },
  ],
  'toolkit-faq': [{}],
  // plan (issue 17): the bank holiday calendars behind working-day counts hold under every
  // regime; the Welsh interpretation Act counts time in Welsh instruments only.
  'bfda-1971': [{}],
  'gov-uk-bank-holidays': [{}],
  'legislation-wales-act-2019': [{ nations: ['wales'] }],
  // — content-a (issue 15): outside the procurement rules, user choice, below-threshold variants.
  // The Cabinet Office reads s.2 of the Act, which binds every body under it.
  'co-contracting-authority-guidance': [{ regimes: ['pa-2023'], nations: UK_ACT }],
  // Care and support law: Part 1 of the Care Act 2014 and its regulations are England's.
  'care-act-2014': [{ nations: ['england'] }],
  'choice-of-accommodation-regs-2014': [{ nations: ['england'] }],
  'nhse-direct-payments-healthcare': [{ nations: ['england'] }],
  'sswa-2014': [{ nations: ['wales'] }],
  'carers-direct-payments-ni-2002': [{ nations: ['northern-ireland'] }],
  'sds-scotland-2013': [{ nations: ['scotland', 'scotland-reserved'] }],
  'sds-scotland-guidance': [{ nations: ['scotland', 'scotland-reserved'] }],
  // Reserving below the threshold: PPN 11/20 under the 2015 Regulations; the English Order.
  'ppn-11-20': [{ regimes: ['pcr-2015'], nations: UK_ACT }],
  'lg-non-commercial-order-2026': [{ regimes: ['pa-2023'], nations: ['england'] }],
  // The concession regulations of the 2015 rules, UK and Scottish.
  'ccr-2016': [{ regimes: ['pcr-2015'], nations: UK_ACT }],
  'ccr-scotland-2016': [{ regimes: ['pcr-scotland-2015'], nations: ['scotland'] }],
  // content-b (issue 15). The Concession Contracts Regulations 2016 do not extend to Scotland
  // (reg 1(2)); a reserved body in Scotland with a saved concession is cited them with a note to
  // check, as pcr-2015 is placed for it above.
  'wppn-009': [{ regimes: ['pa-2023'], nations: ['wales'] }],
  'wg-psr-urgent-guidance': [{ regimes: ['psr-wales-2025'], nations: ['wales'] }],
}

/**
 * Cross-references the specification requires: a source cited outside its own regime or
 * nation, with the place that requires it. Matched on source, regime, nation and citation.
 */
const exceptions: {
  source: string
  regime: RegimeId
  nation?: Nation
  citation: RegExp
  why: string
}[] = [
  {
    source: 'pcr-2015',
    regime: 'pcr-2015',
    nation: 'scotland',
    citation: /reg 1\(7\)/,
    why: 'Issue 14, Scottish layer (review B #1): a devolved Scottish body calling off a UK framework is told the 2015 Regulations do not extend to Scotland.',
  },
  // — content-a (issue 15)
  {
    source: 'pcr-2015',
    regime: 'pa-2023',
    citation: /^Public Contracts Regulations 2015, reg (2\(1\)|13)$/,
    why: 'Spec 5.1 and 6.2: outside-procurement-rules / not-a-contracting-authority never asks when the procurement began, so it states the 2015 Regulations’ test (reg 2(1)) and subsidised-contracts rule (reg 13) beside the Act’s.',
  },
]

function allowed(r: Reference, regime: RegimeId, nation: Nation): boolean {
  const held = (scope[r.source] ?? []).some(
    (s) => (!s.regimes || s.regimes.includes(regime)) && (!s.nations || s.nations.includes(nation)),
  )
  return (
    held ||
    exceptions.some(
      (e) =>
        e.source === r.source &&
        e.regime === regime &&
        (e.nation === undefined || e.nation === nation) &&
        e.citation.test(r.citation),
    )
  )
}

const today = '2026-12-02'

describe('references cite only instruments of the result’s regime and nation', () => {
  // Read while the file is collected, as the other path-heavy files do: enumerating (once per
  // change of machines/) is then outside any one test's time limit.
  const paths = enumeratedPaths({ today })

  it('places every source in a regime and nation', () => {
    expect(sources.map((s) => s.id).filter((id) => !(id in scope))).toEqual([])
  })

  it('holds for every reachable route, variant, regime and nation', () => {
    const wrong = new Set<string>()
    const seen = new Set<string>()
    for (const path of paths) {
      const route = path.route as RouteId
      const ctx = routeContext({ answers: path.answers, asked: path.asked }, route, path.variant, {
        today,
      })
      seen.add(`${route}|${path.variant}|${ctx.regime}|${ctx.jurisdiction}`)
      const nation: Nation = ctx.reservedBodyInScotland ? 'scotland-reserved' : ctx.jurisdiction
      for (const r of routeCatalogue[route].text(ctx).references) {
        if (!allowed(r, ctx.regime, nation))
          wrong.add(
            `${route}|${path.variant}|${ctx.regime}|${ctx.jurisdiction}: ${r.citation} (${r.source})`,
          )
      }
    }
    expect(seen.size).toBeGreaterThan(100)
    expect([...wrong].sort()).toEqual([])
  })
})
