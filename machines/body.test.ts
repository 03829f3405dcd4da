import { describe, expect, it } from 'vitest'
import type { Answers } from './answers'
import { asksScotlandBody, isDevolvedScottishBody, isReservedBodyInScotland } from './body'
import type { QuestionId } from './questions'

// Decision model section 1: who is commissioning, and whether a body in Scotland is
// devolved (the Scottish regulations) or reserved (the Procurement Act). Expected values
// written from the model: Scottish councils and NHS Scotland bodies are always devolved;
// central government and other bodies are asked, and `not-sure` counts as devolved.

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
