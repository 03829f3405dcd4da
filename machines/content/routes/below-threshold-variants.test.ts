import { describe, expect, it } from 'vitest'
import type { RegimeId } from '../../regimes'
import { sourceById } from '../../sources'
import type { ThresholdKind } from '../../thresholds'
import { thresholdTables } from '../../thresholds'
import { copyStyleProblems } from '../copy-style'
import type { Jurisdiction, RouteContext, RouteText } from '../route-content'
import { belowThreshold } from './below-threshold'

/**
 * Issue 15, decision model section 6.2: the below-threshold variants `user-choice` and
 * `concession`, the concession line of the general case, and reserving a below-threshold
 * competition by the body's regime and kind. The machine does not reach the variants yet, so
 * the contexts are built by hand.
 */

type AuthorityType = RouteContext['authorityType']
const bodies: AuthorityType[] = [
  'central-government',
  'local-authority',
  'nhs',
  'other-public-body',
]
const latest = thresholdTables[thresholdTables.length - 1]!

function ctx(
  p: Partial<RouteContext> & { regime: RegimeId; jurisdiction: Jurisdiction },
  kind: ThresholdKind = 'light-touch',
  date: string = latest.from,
): RouteContext {
  const scottish = p.regime === 'pcr-scotland-2015'
  return {
    route: 'below-threshold',
    variant: null,
    bodyRegime: p.regime,
    authorityType: 'local-authority',
    sib: false,
    userChoice: false,
    lightTouch: kind === 'light-touch',
    reservedBodyInScotland: false,
    threshold: {
      amount: latest.amounts[kind],
      kind,
      inForceFrom: latest.from,
      source: [...(scottish ? latest.scotlandSources : latest.sources)],
      date,
      unconfirmed: false,
    },
    contractValue: 20_000,
    answers: {},
    ...p,
  }
}

const shown = (t: RouteText) => [t.summary, ...t.risks, ...t.nextSteps].join(' ')
const citations = (t: RouteText) => t.references.map((r) => r.citation)
const sources = (t: RouteText) => t.references.map((r) => r.source)

/** Every regime and nation a below-threshold result can carry, for each kind of body. */
function everyBody(variant: string | null, kind: ThresholdKind): RouteContext[] {
  const out: RouteContext[] = []
  for (const a of bodies)
    for (const value of [0, 11_999, 12_000, 29_999, 30_000, 60_000, 200_000]) {
      for (const j of ['england', 'wales', 'northern-ireland'] as Jurisdiction[])
        for (const regime of ['pa-2023', 'pcr-2015'] as RegimeId[])
          out.push(
            ctx({ variant, regime, jurisdiction: j, authorityType: a, contractValue: value }, kind),
          )
      out.push(
        ctx(
          {
            variant,
            regime: 'pcr-scotland-2015',
            jurisdiction: 'scotland',
            authorityType: a,
            contractValue: value,
          },
          kind,
        ),
      )
    }
  return out
}

describe('below-threshold / user-choice', () => {
  const label = (c: RouteContext) =>
    `${c.regime}/${c.jurisdiction}/${c.authorityType}/${c.contractValue}`

  it('has text in the house style for every regime, nation, body and value', () => {
    for (const c of everyBody('user-choice', 'light-touch')) {
      const t = belowThreshold.text(c)
      expect(copyStyleProblems(t), label(c)).toEqual([])
      for (const r of t.references) expect(sourceById(r.source), label(c)).toBeDefined()
      expect(t.summary, label(c)).toMatch(/one person/)
      expect(t.risks.join(' '), label(c)).toMatch(/whole likely term|Splitting a requirement/)
    }
  })

  it('pa-2023: no competition needed, but no user choice exemption from the contract details notice', () => {
    const council = (v: number) =>
      belowThreshold.text(
        ctx({
          variant: 'user-choice',
          regime: 'pa-2023',
          jurisdiction: 'england',
          contractValue: v,
        }),
      )
    expect(council(40_000).summary).toMatch(/does not require you to run a competition/)
    expect(council(40_000).summary).toMatch(/notifiable from £30,000.*no user choice exemption/)
    expect(council(40_000).nextSteps.join(' ')).toMatch(/contract details notice.*\(s\.87\(3\)\)/)
    expect(council(20_000).nextSteps.join(' ')).toMatch(
      /no contract details notice is required \(s\.87\(4\)\)/,
    )
    expect(council(20_000).summary).toMatch(/30 days \(s\.88\)/)
  })

  it('pa-2023: a central government body is notifiable from £12,000; an NHS body on a light touch path gets both figures', () => {
    const central = belowThreshold.text(
      ctx({
        variant: 'user-choice',
        regime: 'pa-2023',
        jurisdiction: 'england',
        authorityType: 'central-government',
        contractValue: 20_000,
      }),
    )
    expect(central.summary).toMatch(/notifiable from £12,000/)
    const nhs = belowThreshold.text(
      ctx({
        variant: 'user-choice',
        regime: 'pa-2023',
        jurisdiction: 'england',
        authorityType: 'nhs',
        contractValue: 20_000,
      }),
    )
    expect(nhs.summary).toMatch(/£12,000 for a central government body or £30,000 otherwise/)
  })

  it('pa-2023 Wales: notices through Sell2Wales; Northern Ireland: Part 6 may not apply (s.84(2))', () => {
    const wales = belowThreshold.text(
      ctx({
        variant: 'user-choice',
        regime: 'pa-2023',
        jurisdiction: 'wales',
        authorityType: 'central-government',
        contractValue: 40_000,
      }),
    )
    expect(wales.summary).toMatch(/notifiable from £30,000/)
    expect(wales.nextSteps.join(' ')).toMatch(/Sell2Wales/)
    const ni = belowThreshold.text(
      ctx({ variant: 'user-choice', regime: 'pa-2023', jurisdiction: 'northern-ireland' }),
    )
    expect(citations(ni)).toContain('Procurement Act 2023, s.84(2)(b)')
  })

  it('pcr-2015: Part 4 with no duty to advertise, Contracts Finder, and Part 4 not for Welsh devolved bodies', () => {
    const t = belowThreshold.text(
      ctx({ variant: 'user-choice', regime: 'pcr-2015', jurisdiction: 'england' }),
    )
    expect(t.summary).toMatch(/Part 4 \(regs 105 to 114\) sets no duty to advertise/)
    expect(shown(t)).toMatch(/Contracts Finder/)
    expect(sources(t)).not.toContain('pa-2023')
    const wales = belowThreshold.text(
      ctx({ variant: 'user-choice', regime: 'pcr-2015', jurisdiction: 'wales' }),
    )
    expect(wales.summary).toMatch(/reg 1\(8\)/)
  })

  it('pcr-scotland-2015: the s.12 health and social care award and self-directed support', () => {
    const t = belowThreshold.text(
      ctx({ variant: 'user-choice', regime: 'pcr-scotland-2015', jurisdiction: 'scotland' }),
    )
    expect(t.summary).toMatch(/£50,000 or more, excluding VAT/)
    expect(t.summary).toMatch(/without seeking offers \(s\.12\)/)
    expect(t.summary).toMatch(/self-directed support/)
    expect(sources(t)).toContain('sds-scotland-2013')
    expect(sources(t)).not.toContain('pa-2023')
  })
})

describe('below-threshold / concession', () => {
  const of = (regime: RegimeId, jurisdiction: Jurisdiction, value?: number) =>
    belowThreshold.text(
      ctx({ variant: 'concession', regime, jurisdiction, contractValue: value }, 'sub-central'),
    )

  it('has text in the house style for every regime, nation, body and value', () => {
    for (const c of everyBody('concession', 'sub-central')) {
      const t = belowThreshold.text(c)
      expect(copyStyleProblems(t), `${c.regime}/${c.jurisdiction}/${c.authorityType}`).toEqual([])
      expect(t.summary).toMatch(/concession threshold/)
    }
  })

  it('pa-2023: not a regulated below-threshold contract (s.84(1)(b)); the value is everything the provider expects', () => {
    const t = of('pa-2023', 'england', 1_000_000)
    expect(t.summary).toMatch(/not a regulated below-threshold contract \(s\.84\(1\)\(b\)\)/)
    expect(t.summary).toMatch(/£1,000,000, everything the provider expects to receive/)
    expect(citations(t)).toContain('Procurement Act 2023, Schedule 3, paragraph 3')
    expect(shown(t)).toMatch(/subsidy/)
  })

  it('pcr-2015: the Concession Contracts Regulations 2016 and PCR reg 2', () => {
    const t = of('pcr-2015', 'england')
    expect(citations(t)).toEqual(
      expect.arrayContaining([
        'Concession Contracts Regulations 2016, reg 9',
        'Public Contracts Regulations 2015, reg 2(1)',
      ]),
    )
    expect(sources(t)).not.toContain('pa-2023')
  })

  it('pcr-scotland-2015: the Scottish concession regulations, and the 2014 Act only as a check', () => {
    const t = of('pcr-scotland-2015', 'scotland')
    expect(citations(t)).toContain('Concession Contracts (Scotland) Regulations 2016, reg 8')
    expect(t.summary).toMatch(
      /Procurement Reform \(Scotland\) Act 2014 reach a concession is a point to check/,
    )
  })

  it('says a guaranteed income makes it an ordinary contract', () => {
    for (const regime of ['pa-2023', 'pcr-2015'] as RegimeId[])
      expect(of(regime, 'england').summary).toMatch(
        /guarantee its income or cover its losses, it is not a concession/,
      )
  })
})

describe('below-threshold (no variant): the concession line', () => {
  it('each regime says how a concession is treated below the threshold', () => {
    const line = (regime: RegimeId, j: Jurisdiction) =>
      shown(belowThreshold.text(ctx({ regime, jurisdiction: j }, 'sub-central')))
    expect(line('pa-2023', 'england')).toMatch(
      /not a regulated below-threshold contract \(s\.84\(1\)\(b\)\)/,
    )
    expect(line('pa-2023', 'wales')).toMatch(/s\.84\(1\)\(b\)/)
    expect(line('pcr-2015', 'england')).toMatch(/Part 4 does not reach it.*\(reg 2\)/)
    expect(line('pcr-scotland-2015', 'scotland')).toMatch(/reach one is a point to check/)
  })
})

describe('reserving a below-threshold competition (spec 6.2)', () => {
  const steps = (
    p: Partial<RouteContext> & { regime: RegimeId; jurisdiction: Jurisdiction },
    date?: string,
  ) => {
    const t = belowThreshold.text(ctx(p, 'sub-central', date))
    return { steps: t.nextSteps.join(' '), sources: sources(t) }
  }

  it('an English council from 4 February 2026: UK or local area, decided before tenders, the Order to check', () => {
    const r = steps({ regime: 'pa-2023', jurisdiction: 'england' }, '2026-03-01')
    expect(r.steps).toMatch(
      /may reserve this competition to suppliers based in the UK, or in your local area/,
    )
    expect(r.steps).toMatch(/bordering counties or London boroughs/)
    expect(r.steps).toMatch(/Decide before you invite tenders/)
    expect(r.steps).toMatch(/Check its number and the date it came into force/)
    expect(r.sources).toEqual(
      expect.arrayContaining(['lga-1988-s17', 'lg-non-commercial-order-2026']),
    )
    expect(r.sources).not.toContain('ppn-005')
  })

  it('an English council that started earlier: s.17(5)(e) prevented it', () => {
    const r = steps({ regime: 'pa-2023', jurisdiction: 'england' }, '2025-06-01')
    expect(r.steps).toMatch(/s\.17\(5\)\(e\) of the Local Government Act 1988 stopped councils/)
    expect(r.steps).not.toMatch(/you may reserve/)
  })

  it('central government: PPN 005, never one UK nation, SMEs only with location', () => {
    const r = steps({
      regime: 'pa-2023',
      jurisdiction: 'england',
      authorityType: 'central-government',
    })
    expect(r.steps).toMatch(/under PPN 005/)
    expect(r.steps).toMatch(/never in one UK nation/)
    expect(r.steps).toMatch(/only together with a location reservation/)
    expect(r.steps).toMatch(/goods supplied into Northern Ireland/)
    expect(r.sources).toContain('ppn-005')
  })

  it('other bodies in England may apply PPN 005; a best value authority is pointed to the Order', () => {
    const nhs = steps({ regime: 'pa-2023', jurisdiction: 'england', authorityType: 'nhs' })
    expect(nhs.steps).toMatch(
      /other bodies may apply it in the light of their own legal obligations/,
    )
    expect(nhs.steps).not.toMatch(/best value authority/)
    const other = steps({
      regime: 'pa-2023',
      jurisdiction: 'england',
      authorityType: 'other-public-body',
    })
    expect(other.steps).toMatch(/best value authority.*check/)
  })

  it('Wales: WPPN 012 for devolved bodies; a council is told not to reserve without advice', () => {
    expect(steps({ regime: 'pa-2023', jurisdiction: 'wales', authorityType: 'nhs' }).steps).toMatch(
      /WPPN 012/,
    )
    expect(steps({ regime: 'pa-2023', jurisdiction: 'wales' }).steps).toMatch(
      /do not reserve the procurement by supplier location unless/,
    )
  })

  it('Northern Ireland: check Northern Ireland policy', () => {
    expect(steps({ regime: 'pa-2023', jurisdiction: 'northern-ireland' }).steps).toMatch(
      /check the Northern Ireland policy/,
    )
  })

  it('pcr-2015: PPN 11/20 for central government; councils were barred by s.17(5)(e)', () => {
    const central = steps({
      regime: 'pcr-2015',
      jurisdiction: 'england',
      authorityType: 'central-government',
    })
    expect(central.steps).toMatch(/stated when the procurement began\. PPN 11\/20/)
    expect(central.sources).toContain('ppn-11-20')
    expect(central.sources).not.toContain('ppn-005')
    const council = steps({ regime: 'pcr-2015', jurisdiction: 'england' })
    expect(council.steps).toMatch(
      /s\.17\(5\)\(e\) of the Local Government Act 1988 barred councils/,
    )
  })

  it('pcr-scotland-2015: no route found, check', () => {
    expect(steps({ regime: 'pcr-scotland-2015', jurisdiction: 'scotland' }).steps).toMatch(
      /No route for reserving a competition by supplier location has been found for devolved Scottish bodies: check/,
    )
  })
})
