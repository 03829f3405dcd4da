import { describe, expect, it } from 'vitest'
import type { Result } from '../result'
import { relevantOptions } from './relevant-options'

const england = { jurisdiction: 'england', 'authority-type': 'local-authority' } as const
const today = '2027-01-04'
const names = (
  route: NonNullable<Result['route']>,
  variant: string | null,
  regime: 'pa-2023' | 'pcr-2015',
  options = {},
) =>
  relevantOptions({ route, variant, regime }, { answers: england, today, options }).map(
    (q) => q.name,
  )

describe('relevantOptions', () => {
  it('asks for the procedure on a PA 2023 competitive route, offering only the Act’s two', () => {
    const questions = relevantOptions(
      { route: 'competitive-procedure', variant: 'conventional', regime: 'pa-2023' },
      { answers: england, today },
    )
    const procedure = questions.find((q) => q.name === 'procedure')
    expect(procedure).toMatchObject({
      kind: 'enum',
      values: ['open', 'competitive-flexible'],
      value: 'open',
      byDefault: 'open',
    })
    // Urgency shortens the tendering period, so it changes dates here.
    expect(questions.map((q) => q.name)).toContain('urgency')
  })

  it('asks about a participation stage only once the procedure is not open', () => {
    expect(names('competitive-procedure', 'conventional', 'pa-2023')).not.toContain(
      'participationStage',
    )
    expect(
      names('competitive-procedure', 'conventional', 'pa-2023', {
        procedure: 'competitive-flexible',
      }),
    ).toContain('participationStage')
  })

  it('offers the 2015 Regulations’ procedures under PCR 2015', () => {
    const procedure = relevantOptions(
      { route: 'competitive-procedure', variant: 'conventional', regime: 'pcr-2015' },
      { answers: england, today },
    ).find((q) => q.name === 'procedure')
    expect(procedure?.kind === 'enum' && procedure.values).toEqual([
      'open',
      'restricted',
      'cpn',
      'competitive-dialogue',
      'innovation-partnership',
    ])
  })

  it('does not ask about the procedure or urgency for a grant, nor a kind its variant settles', () => {
    const asked = names('grant', 'minimal-financial-assistance', 'pa-2023')
    expect(asked).not.toContain('procedure')
    expect(asked).not.toContain('urgency')
    // Minimal financial assistance is the kind already: "not a subsidy" would contradict it.
    expect(asked).not.toContain('subsidy')
    // The £100,000 database cut-off: the amount changes whether the entry is needed.
    expect(asked).toContain('amountGbp')
  })

  it('asks a subsidy grant’s kind among the kinds of subsidy only', () => {
    const subsidy = relevantOptions(
      { route: 'grant', variant: 'subsidy-assessment', regime: 'pa-2023' },
      { answers: england, today },
    ).find((q) => q.name === 'subsidy')
    expect(subsidy?.kind === 'enum' && subsidy.values).toEqual(['spei', 'scheme', 'standalone'])
  })

  it('does not ask about urgency where it changes no date (a direct award for urgency)', () => {
    const asked = names('direct-award-urgency', 'standard', 'pa-2023')
    expect(asked).not.toContain('urgency')
    expect(asked).not.toContain('procedure')
    expect(asked).toContain('voluntaryStandstill')
  })

  it('leaves open space undecided until it is answered: no answer is selected for it', () => {
    const openSpace = relevantOptions(
      { route: 'community-asset-transfer', variant: 'undervalue', regime: 'pa-2023' },
      { answers: england, today },
    ).find((q) => q.name === 'openSpace')
    expect(openSpace).toMatchObject({ kind: 'boolean', value: undefined })
  })

  it('asks about open space and the subsidy for a transfer at an undervalue', () => {
    const asked = names('community-asset-transfer', 'undervalue', 'pa-2023')
    expect(asked).toContain('openSpace')
    expect(asked).toContain('subsidy')
    expect(asked).not.toContain('procedure')
  })

  it('reports the value in force: a chosen value, else the default', () => {
    const [procedure] = relevantOptions(
      { route: 'competitive-procedure', variant: 'conventional', regime: 'pcr-2015' },
      { answers: england, today, options: { procedure: 'restricted' } },
    )
    expect(procedure).toMatchObject({ name: 'procedure', value: 'restricted', byDefault: 'open' })
  })

  it('asks nothing when there is no route', () => {
    expect(
      relevantOptions({ route: null, variant: null, regime: 'pa-2023' }, { answers: {}, today }),
    ).toEqual([])
  })
})

describe('relevantOptions and the jurisdiction', () => {
  it('asks whether the body is a devolved Welsh authority only in Wales', () => {
    const route = {
      route: 'competitive-procedure',
      variant: 'conventional',
      regime: 'pa-2023',
    } as const
    const inEngland = relevantOptions(route, { answers: england, today }).map((q) => q.name)
    const inWales = relevantOptions(route, {
      answers: { ...england, jurisdiction: 'wales' },
      today,
    }).map((q) => q.name)
    expect(inEngland).not.toContain('devolvedWelsh')
    expect(inWales).toContain('devolvedWelsh')
  })
})
