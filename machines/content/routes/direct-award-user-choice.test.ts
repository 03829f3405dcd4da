import { describe, expect, it } from 'vitest'
import type { RegimeId } from '../../regimes'
import { sourceById } from '../../sources'
import { thresholdTables } from '../../thresholds'
import { copyStyleProblems } from '../copy-style'
import type { Jurisdiction, RouteContext, RouteText } from '../route-content'
import { directAwardUserChoice } from './direct-award-user-choice'

/**
 * Issue 15, decision model sections 5.1, 5.2 and 6.2: direct award of a user choice contract,
 * Procurement Act 2023 s.41 with Schedule 5 paras 15-17. The machine does not reach it yet, so
 * the contexts are built by hand: every nation a body under the Act can be in, every kind of
 * body, light touch (a user choice contract always is), at and above the threshold.
 */

type AuthorityType = RouteContext['authorityType']
const nations: Jurisdiction[] = ['england', 'wales', 'northern-ireland', 'scotland']
const bodies: AuthorityType[] = [
  'central-government',
  'local-authority',
  'nhs',
  'other-public-body',
]
const lightTouch = thresholdTables[thresholdTables.length - 1]!.amounts['light-touch']

function ctx(
  jurisdiction: Jurisdiction,
  authorityType: AuthorityType,
  value?: number,
): RouteContext {
  const table = thresholdTables[thresholdTables.length - 1]!
  return {
    route: 'direct-award-user-choice',
    variant: null,
    regime: 'pa-2023',
    bodyRegime: 'pa-2023',
    jurisdiction,
    authorityType,
    sib: false,
    userChoice: false,
    lightTouch: true,
    // In Scotland only a reserved body is under the Act.
    reservedBodyInScotland: jurisdiction === 'scotland',
    threshold: {
      amount: table.amounts['light-touch'],
      kind: 'light-touch',
      inForceFrom: table.from,
      source: [...table.sources],
      date: table.from,
      unconfirmed: false,
    },
    contractValue: value,
    answers: {},
  }
}

const all = () =>
  nations.flatMap((j) =>
    bodies
      .filter((a) => j !== 'scotland' || a === 'central-government' || a === 'other-public-body')
      .flatMap((a) => [undefined, lightTouch, lightTouch * 2].map((v) => ctx(j, a, v))),
  )
const citations = (t: RouteText) => t.references.map((r) => r.citation)
const steps = (t: RouteText) => t.nextSteps.join(' ')

describe('direct-award-user-choice', () => {
  it('has text in the house style for every nation, body and value, with known sources', () => {
    for (const c of all()) {
      const t = directAwardUserChoice.text(c)
      const where = `${c.jurisdiction}/${c.authorityType}/${c.contractValue}`
      expect(copyStyleProblems(t), where).toEqual([])
      for (const r of t.references) expect(sourceById(r.source), where).toBeDefined()
    }
  })

  it('exists only under the Act: the 2015 Regulations and the Scottish regulations have no such ground', () => {
    for (const regime of ['pcr-2015', 'pcr-scotland-2015', 'psr-2023'] as RegimeId[])
      expect(() =>
        directAwardUserChoice.text({ ...ctx('england', 'local-authority'), regime }),
      ).toThrow()
  })

  it('cites the ground, its conditions and each notice exemption by number', () => {
    for (const c of all()) {
      expect(citations(directAwardUserChoice.text(c))).toEqual(
        expect.arrayContaining([
          'Procurement Act 2023, s.41(1), (2) and (4)',
          'Procurement Act 2023, Schedule 5, paragraphs 15 to 17',
          'Procurement Act 2023, s.44(3)',
          'Procurement Act 2023, s.50(6)(b)',
          'Procurement Act 2023, s.51(3)(f)',
          'Procurement Act 2023, s.53(6)(b)',
          'Procurement Act 2023, s.4(3) and Schedule 3, paragraph 4',
        ]),
      )
    }
  })

  it('needs no notice and no standstill, and never tells you to publish one', () => {
    const t = directAwardUserChoice.text(ctx('england', 'local-authority', lightTouch))
    expect(t.summary).toMatch(
      /No transparency, contract award or contract details notice is needed/,
    )
    expect(steps(t)).not.toMatch(/Publish a (transparency|contract award|contract details) notice/)
    expect(steps(t)).not.toMatch(/Sell2Wales/)
    expect(steps(t)).toMatch(
      /No mandatory standstill applies to a light touch contract \(s\.51\(3\)\(f\)\)/,
    )
  })

  it('states the four conditions of paras 16-17 and the exclusion check of s.41', () => {
    const t = directAwardUserChoice.text(ctx('england', 'local-authority'))
    expect(t.summary).toMatch(/one person’s light touch services/)
    expect(t.summary).toMatch(/have regard to the person’s or carer’s views/)
    expect(t.summary).toMatch(/only one provider can meet the needs/)
    expect(t.summary).toMatch(/not in the person’s best interests/)
    expect(steps(t)).toMatch(
      /not an excluded supplier, and consider whether it is an excludable supplier/,
    )
  })

  it('England names the Care Act s.30 choice of accommodation rules; other nations are left to check', () => {
    const england = directAwardUserChoice.text(ctx('england', 'local-authority'))
    expect(citations(england)).toContain('Care Act 2014, s.30')
    expect(england.references.map((r) => r.source)).toContain('choice-of-accommodation-regs-2014')
    expect(steps(england)).toMatch(/whether other duties qualify is a point to check/)
    for (const j of ['wales', 'northern-ireland', 'scotland'] as Jurisdiction[]) {
      const t = directAwardUserChoice.text(
        ctx(j, j === 'scotland' ? 'other-public-body' : 'local-authority'),
      )
      expect(
        t.references.map((r) => r.source),
        j,
      ).not.toContain('care-act-2014')
      expect(steps(t), j).toMatch(/Check which law does so/)
    }
  })

  it('warns that the ground covers one person only, and about valuing placements together', () => {
    const risks = directAwardUserChoice.text(ctx('wales', 'local-authority')).risks.join(' ')
    expect(risks).toMatch(/one person only/)
    expect(risks).toMatch(/block contract or an approved list/)
    expect(risks).toMatch(/Sch 3 para 4/)
    expect(risks).toMatch(/s\.4\(3\)/)
  })
})
