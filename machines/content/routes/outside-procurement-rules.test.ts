import { describe, expect, it } from 'vitest'
import type { RegimeId } from '../../regimes'
import { sourceById } from '../../sources'
import { copyStyleProblems } from '../copy-style'
import type { Jurisdiction, RouteContext, RouteText } from '../route-content'
import { socialValueFor } from '../social-value'
import { outsideProcurementRules } from './outside-procurement-rules'

/**
 * Issue 15, decision model sections 4.1, 5.1, 5.2 and 6.2: the route the machine reaches when
 * the organisation is not a contracting authority, or the person buys the service with a direct
 * payment. The machine does not reach it yet, so the contexts are built by hand: every variant,
 * under the body's regime today (pa-2023, or pcr-scotland-2015 for a devolved Scottish body).
 */

type AuthorityType = RouteContext['authorityType']
const nations: Jurisdiction[] = ['england', 'wales', 'northern-ireland', 'scotland']
const bodies: AuthorityType[] = [
  'central-government',
  'local-authority',
  'nhs',
  'other-public-body',
]
const variants = ['not-a-contracting-authority', 'direct-payment'] as const

function ctx(
  variant: (typeof variants)[number],
  jurisdiction: Jurisdiction,
  authorityType: AuthorityType,
  regime: RegimeId,
  reservedBodyInScotland = false,
): RouteContext {
  return {
    route: 'outside-procurement-rules',
    variant,
    regime,
    bodyRegime: regime,
    jurisdiction,
    authorityType,
    sib: false,
    userChoice: false,
    lightTouch: variant === 'direct-payment',
    reservedBodyInScotland,
    threshold: undefined,
    contractValue: undefined,
    answers: {},
  }
}

/** Every body the machine can bring here, with the regime it carries (spec section 1). */
function contexts(): RouteContext[] {
  const out: RouteContext[] = []
  for (const v of variants)
    for (const j of nations)
      for (const a of bodies) {
        if (j !== 'scotland') out.push(ctx(v, j, a, 'pa-2023'))
        else {
          out.push(ctx(v, j, a, 'pcr-scotland-2015'))
          if (a === 'central-government' || a === 'other-public-body')
            out.push(ctx(v, j, a, 'pa-2023', true))
        }
      }
  return out
}

const label = (c: RouteContext) =>
  `${c.variant}/${c.regime}/${c.jurisdiction}/${c.authorityType}${c.reservedBodyInScotland ? '/reserved' : ''}`
const shown = (t: RouteText) => [t.title, t.summary, ...t.risks, ...t.nextSteps].join(' ')
const citations = (t: RouteText) => t.references.map((r) => r.citation)
const sources = (t: RouteText) => t.references.map((r) => r.source)

describe('outside-procurement-rules: every variant, regime and nation', () => {
  it('has text in the house style, with known, linked sources', () => {
    for (const c of contexts()) {
      const t = outsideProcurementRules.text(c)
      expect(copyStyleProblems(t), label(c)).toEqual([])
      for (const r of t.references) {
        expect(sourceById(r.source), `${label(c)} ${r.source}`).toBeDefined()
        expect(r.url, label(c)).toMatch(/^https:\/\//)
      }
    }
  })

  it('exists only under the body’s regime today: never the 2015 Regulations or a PSR', () => {
    for (const regime of ['pcr-2015', 'psr-2023', 'psr-wales-2025'] as RegimeId[])
      expect(() =>
        outsideProcurementRules.text(ctx('direct-payment', 'england', 'local-authority', regime)),
      ).toThrow()
  })

  it('labels both variants', () => {
    expect(Object.keys(outsideProcurementRules.variantLabels).sort()).toEqual([
      'direct-payment',
      'not-a-contracting-authority',
    ])
  })
})

describe('not a contracting authority (spec 5.1, 6.2)', () => {
  const pa = contexts().filter(
    (c) => c.variant === 'not-a-contracting-authority' && c.regime === 'pa-2023',
  )
  const pcs = contexts().filter(
    (c) => c.variant === 'not-a-contracting-authority' && c.regime === 'pcr-scotland-2015',
  )

  it('pa-2023: the Act’s test (s.2, s.3), and the 2015 Regulations’ test and subsidised rule for an earlier start', () => {
    for (const c of pa) {
      const t = outsideProcurementRules.text(c)
      expect(citations(t), label(c)).toEqual(
        expect.arrayContaining([
          'Procurement Act 2023, s.2(1)-(4)',
          'Procurement Act 2023, s.3',
          'Public Contracts Regulations 2015, reg 2(1)',
          'Public Contracts Regulations 2015, reg 13',
        ]),
      )
      expect(t.summary, label(c)).toMatch(/before 24 February 2025/i)
      expect(t.summary, label(c)).toMatch(/does not operate on a commercial basis/)
      expect(t.summary, label(c)).toMatch(/more than half of its board/)
      // The Act has no subsidised-contracts rule; reg 13 is only a conditional line.
      expect(shown(t), label(c)).toMatch(
        /Procurement Act 2023 has no rule for contracts subsidised/,
      )
      expect(sources(t), label(c)).not.toContain('pcs-regs-2015')
    }
  })

  it('a reserved body in Scotland is told which 2015 Regulations applied is disputed', () => {
    const c = pa.find((x) => x.reservedBodyInScotland)!
    expect(outsideProcurementRules.text(c).summary).toMatch(/disputed: check/)
  })

  it('pcr-scotland-2015: the Scottish test (reg 2(1)) and subsidised works (reg 14), nothing of the Act', () => {
    expect(pcs.length).toBeGreaterThan(0)
    for (const c of pcs) {
      const t = outsideProcurementRules.text(c)
      expect(citations(t), label(c)).toEqual([
        'Public Contracts (Scotland) Regulations 2015, reg 2(1)',
        'Public Contracts (Scotland) Regulations 2015, reg 14',
      ])
      expect(t.summary, label(c)).toMatch(/body governed by public law/)
      expect(shown(t), label(c)).toMatch(/more than 50%.*reg 14|more than half.*reg 14/)
    }
  })

  it('gives the test, never a general answer, and never says how contract income counts', () => {
    for (const c of [...pa, ...pcs]) {
      const text = shown(outsideProcurementRules.text(c))
      expect(text, label(c)).not.toMatch(/housing associations are (often |usually )?contracting/i)
      expect(text, label(c)).not.toMatch(/contract income|income from contracts/i)
      expect(text, label(c)).toMatch(/Record the assessment with evidence/)
      expect(text, label(c)).toMatch(/at least once a year/)
      expect(text, label(c)).toMatch(/funding agreement/)
      expect(text, label(c)).toMatch(/unlawful direct awards/)
      // Subsidy control's own meaning of public authority is unconfirmed: only a check.
      expect(text, label(c)).toMatch(
        /Subsidy Control Act 2022 has its own meaning of public authority, so check/,
      )
    }
  })
})

describe('direct payment (spec 5.1, 6.2)', () => {
  const dp = contexts().filter((c) => c.variant === 'direct-payment')
  const of = (
    j: Jurisdiction,
    a: AuthorityType = 'local-authority',
    regime: RegimeId = 'pa-2023',
  ) =>
    outsideProcurementRules.text(
      ctx('direct-payment', j, a, j === 'scotland' ? 'pcr-scotland-2015' : regime),
    )

  it('says no contract, so no procedure, notice or standstill, and warns when you become the buyer again', () => {
    for (const c of dp) {
      const t = outsideProcurementRules.text(c)
      expect(t.summary, label(c)).toMatch(
        /not awarding a contract, so no procurement procedure, notice or standstill applies/,
      )
      expect(t.risks.join(' '), label(c)).toMatch(/you may be the buyer again/)
      expect(t.risks.join(' '), label(c)).toMatch(/assessed needs/)
    }
  })

  it('names each nation’s direct payment law, and no other nation’s', () => {
    const law: Record<Jurisdiction, string> = {
      england: 'care-act-2014',
      wales: 'sswa-2014',
      'northern-ireland': 'carers-direct-payments-ni-2002',
      scotland: 'sds-scotland-2013',
    }
    for (const j of nations) {
      const cited = sources(of(j))
      expect(cited, j).toContain(law[j])
      for (const other of nations.filter((n) => n !== j)) expect(cited, j).not.toContain(law[other])
    }
    expect(citations(of('england'))).toContain('Care Act 2014, ss.31-33')
    expect(citations(of('wales'))).toContain(
      'Social Services and Well-being (Wales) Act 2014, s.50',
    )
    expect(citations(of('northern-ireland'))).toContain(
      'Carers and Direct Payments Act (Northern Ireland) 2002, s.8',
    )
    expect(of('scotland').summary).toMatch(/Option 1 is a direct payment/)
  })

  it('England: the Care Act conditions, and the care plan provision only as a check', () => {
    const t = of('england')
    expect(t.summary).toMatch(/\(ss\.31-32\)/)
    expect(t.summary).toMatch(/appropriate way to meet the needs/)
    expect(t.nextSteps.join(' ')).toMatch(
      /check the provision that requires this; it is reported as s\.25\(2\)/,
    )
  })

  it('the user choice route is offered only where it exists (the Act)', () => {
    expect(of('england').risks[0]).toMatch(/user choice route/)
    expect(of('scotland').risks[0]).not.toMatch(/user choice route/)
  })

  it('an NHS body in England: personal health budgets, with the PSR point left to check', () => {
    const t = of('england', 'nhs')
    expect(t.summary).toMatch(/personal health budget/)
    expect(t.summary).toMatch(/Provider Selection Regime is a point to check/)
    expect(sources(t)).toContain('nhse-direct-payments-healthcare')
  })

  it('a body the law does not name is asked to check its power; the one it names is not', () => {
    expect(of('england', 'central-government').summary).toMatch(
      /check that your organisation has it/,
    )
    expect(of('england', 'local-authority').summary).not.toMatch(
      /check that your organisation has it/,
    )
    // In Northern Ireland personal social services are not run by councils.
    expect(of('northern-ireland', 'local-authority').summary).toMatch(
      /check that your organisation has it/,
    )
    expect(of('northern-ireland', 'nhs').summary).not.toMatch(/check that your organisation has it/)
  })
})

describe('social value outside the rules', () => {
  it('says the duties bind procurement by contracting authorities, not grants or asset transfers', () => {
    for (const j of nations) {
      const note = socialValueFor(
        j,
        j === 'scotland' ? 'pcr-scotland-2015' : 'pa-2023',
        'outside-procurement-rules',
      )
      expect(note.text, j).toMatch(/contracting authority procures/)
      expect(note.text, j).not.toMatch(/grants/)
      expect(note.references.length, j).toBe(1)
    }
  })
})
