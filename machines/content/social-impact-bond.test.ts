import { describe, expect, it } from 'vitest'
import type { Answers } from '../answers'
import { decide } from '../decide'
import { evaluate } from '../evaluate'
import { headlineOf } from '../headline'
import { answerReasons } from './answer-reasons'
import { routeCatalogue } from './route-catalogue'
import { sibNotes } from './social-impact-bond'

const today = '2026-12-02'

// A Social Impact Bond brought by the commissioner, bought as an innovation partnership.
const sib: Answers = {
  jurisdiction: 'england',
  'authority-type': 'local-authority',
  approach: 'social-impact-bond',
  'sib-initiator': 'commissioner',
  'existing-procurement': 'no',
  'health-care': 'no',
  'provider-relationship': 'other',
  'service-category': 'light-touch',
  'user-choice': 'no',
  'use-framework': 'no',
  'contract-value': 1000000,
  concession: 'no',
  innovation: 'yes',
}

describe('a result reached with the Social Impact Bond flag (decision model 6.2)', () => {
  const result = evaluate(sib, { today })

  it('says Social Impact Bond in its title, before the route that buys it', () => {
    expect(result.route).toBe('innovation-partnership')
    expect(result.title).toMatch(/^Social Impact Bond outcomes contract: /)
    expect(result.title).toMatch(/innovation partnership/)
  })

  it('leads its summary with the outcomes contract, the three partners and the investor’s role', () => {
    expect(result.summary.startsWith(sibNotes.summary)).toBe(true)
    const lead = result.summary.slice(0, sibNotes.summary.length)
    expect(lead).toMatch(/Social Impact Bond is an outcomes contract with three partners/)
    expect(lead).toMatch(/commissioner/)
    expect(lead).toMatch(/provider delivers/)
    expect(lead).toMatch(/social investor funds the provider up front and carries the risk/)
    // Said once: the lead is no longer repeated among the notes.
    expect(result.notes).not.toContain(sibNotes.summary)
  })

  it('is what the early result paints too', () => {
    const decision = decide(sib, { today })
    if (!decision.route) throw new Error('no route')
    const headline = headlineOf(decision, routeCatalogue[decision.route], answerReasons)
    expect(headline.title).toBe(result.title)
    expect(headline.summary).toBe(result.summary)
  })

  it('leaves a result without the flag as its route words it', () => {
    const { 'sib-initiator': _, ...bought } = sib
    const plain = evaluate({ ...bought, approach: 'buy-services' }, { today })
    expect(plain.title).not.toMatch(/Social Impact Bond/)
    expect(plain.summary).not.toMatch(/Social Impact Bond/)
  })
})
