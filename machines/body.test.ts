import { describe, expect, it } from 'vitest'
import type { Answers } from './answers'
import {
  asksContractingAuthority,
  asksScotlandBody,
  inEngland,
  isDevolvedScottishBody,
  isReservedBodyInScotland,
} from './body'
import type { QuestionId } from './questions'

// Decision model (ruleset 2027-01) sections 1 and 2: who is commissioning, whether a body in
// Scotland is devolved (the Scottish regulations) or reserved (the Procurement Act), and who
// is asked whether it is a contracting authority. Expected values written from the model:
// Scottish councils and NHS Scotland bodies are always devolved; central government and other
// bodies are asked, and `not-sure` counts as devolved; only other public bodies are asked
// `contracting-authority` (councils, departments and NHS bodies always are one).

/** A path on which every answer given was asked, in the order given. */
const path = (answers: Answers) => ({ answers, asked: Object.keys(answers) as QuestionId[] })
const scottish = (type: string, body?: string) =>
  path({
    jurisdiction: 'scotland',
    'authority-type': type,
    ...(body ? { 'scotland-body': body } : {}),
  })

describe('a body in Scotland', () => {
  it('is asked whether it is devolved only for central government and other bodies', () => {
    expect(asksScotlandBody(scottish('central-government'))).toBe(true)
    expect(asksScotlandBody(scottish('other-public-body'))).toBe(true)
    expect(asksScotlandBody(scottish('local-authority'))).toBe(false)
    expect(asksScotlandBody(scottish('nhs'))).toBe(false)
    expect(
      asksScotlandBody(path({ jurisdiction: 'wales', 'authority-type': 'central-government' })),
    ).toBe(false)
  })

  it('is reserved only when it answers reserved', () => {
    expect(isReservedBodyInScotland(scottish('central-government', 'reserved'))).toBe(true)
    expect(isReservedBodyInScotland(scottish('other-public-body', 'reserved'))).toBe(true)
    expect(isReservedBodyInScotland(scottish('central-government', 'devolved'))).toBe(false)
    expect(isReservedBodyInScotland(scottish('other-public-body', 'not-sure'))).toBe(false)
    expect(isReservedBodyInScotland(scottish('local-authority'))).toBe(false)
  })

  it('is devolved when it is a council or NHS body, or answers devolved or not sure', () => {
    expect(isDevolvedScottishBody(scottish('local-authority'))).toBe(true)
    expect(isDevolvedScottishBody(scottish('nhs'))).toBe(true)
    expect(isDevolvedScottishBody(scottish('central-government', 'devolved'))).toBe(true)
    expect(isDevolvedScottishBody(scottish('other-public-body', 'not-sure'))).toBe(true)
    expect(isDevolvedScottishBody(scottish('central-government', 'reserved'))).toBe(false)
    expect(isDevolvedScottishBody(path({ jurisdiction: 'england', 'authority-type': 'nhs' }))).toBe(
      false,
    )
  })

  it('counts the answer about the body only where it was asked', () => {
    // An English body never asked `scotland-body` is neither reserved nor devolved in
    // Scotland, whatever a stale answer (from a changed jurisdiction) says.
    const stale = {
      answers: {
        jurisdiction: 'england',
        'authority-type': 'central-government',
        'scotland-body': 'reserved',
      },
      asked: ['jurisdiction', 'authority-type'] as QuestionId[],
    }
    expect(isReservedBodyInScotland(stale)).toBe(false)
    expect(isDevolvedScottishBody(stale)).toBe(false)
  })
})

describe('a contracting authority', () => {
  it('is asked about only when the body is an other public body, in every nation', () => {
    for (const jurisdiction of ['england', 'wales', 'northern-ireland', 'scotland']) {
      const body = (type: string) => path({ jurisdiction, 'authority-type': type })
      expect(asksContractingAuthority(body('other-public-body')), jurisdiction).toBe(true)
      for (const type of ['central-government', 'local-authority', 'nhs'])
        expect(asksContractingAuthority(body(type)), `${jurisdiction} ${type}`).toBe(false)
    }
  })

  it('reads the body type only where it was asked', () => {
    const stale = {
      answers: { jurisdiction: 'england', 'authority-type': 'other-public-body' },
      asked: ['jurisdiction'] as QuestionId[],
    }
    expect(asksContractingAuthority(stale)).toBe(false)
  })
})

describe('a body in England', () => {
  it('is one whose jurisdiction is England, as asked', () => {
    expect(inEngland(path({ jurisdiction: 'england' }))).toBe(true)
    expect(inEngland(path({ jurisdiction: 'wales' }))).toBe(false)
    expect(inEngland(path({ jurisdiction: 'northern-ireland' }))).toBe(false)
    expect(inEngland({ answers: { jurisdiction: 'england' }, asked: [] })).toBe(false)
  })
})
