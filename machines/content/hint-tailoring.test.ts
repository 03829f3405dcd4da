import { describe, expect, it } from 'vitest'
import type { Answers } from '../answers'
import { progress } from '../progress'
import type { QuestionId } from '../questions'
import { sourceById } from '../sources'
import { formatPounds } from './money'
import { subsidyFigures } from './subsidy-figures'
import {
  optionHint,
  questionChecklist,
  questionHint,
  questionHintText,
  startDateWording,
} from './wording'

const dates = { today: '2026-12-02' } as const

/** The question the answers lead to next, and its hint read for them, as the wizard shows it. */
function asked(answers: Answers, question: QuestionId) {
  const run = progress(answers, dates)
  expect(run.next).toBe(question)
  return { context: run.hintContext, text: questionHintText(question, run.hintContext) }
}

const england = { jurisdiction: 'england' } as const
const wales = { jurisdiction: 'wales' } as const
const scotland = { jurisdiction: 'scotland' } as const

describe('hints tailored to the nation and body answered', () => {
  it('says "combined authority" only in England', () => {
    const english = asked(england, 'authority-type')
    expect(english.text).toMatch(/Combined authorities/)
    expect(optionHint('authority-type', 'local-authority', english.context)).toMatch(/combined/)
    for (const nation of [scotland, wales, { jurisdiction: 'northern-ireland' } as const]) {
      const { context, text } = asked(nation, 'authority-type')
      expect(text).not.toMatch(/combined authorit/i)
      expect(optionHint('authority-type', 'local-authority', context)).toBe('A council.')
    }
  })

  it('names only the health bodies of the nation answered', () => {
    const nhs = (answers: Answers) =>
      optionHint('authority-type', 'nhs', asked(answers, 'authority-type').context)
    expect(nhs(england)).toMatch(/integrated care board/)
    expect(nhs(scotland)).not.toMatch(/integrated care board|Northern Ireland/)
    expect(nhs({ jurisdiction: 'northern-ireland' })).toMatch(/health and social care trust/)
  })

  const toHealthCare = (nation: Answers, body: string): Answers => ({
    ...nation,
    'authority-type': body,
    approach: 'buy-services',
    'existing-procurement': 'no',
  })

  it('gives an English body no Welsh text, and only the limits of its own kind', () => {
    const nhs = asked(toHealthCare(england, 'nhs'), 'health-care').text
    expect(nhs).not.toMatch(/Wales|Welsh/)
    expect(nhs).toMatch(/special health authorities/)
    expect(nhs).not.toMatch(/district councils|Council public health/)
    const council = asked(toHealthCare(england, 'local-authority'), 'health-care').text
    expect(council).toMatch(/district councils in two-tier areas/)
    expect(council).toMatch(/Council public health services/)
    expect(council).not.toMatch(/Wales|special health authorities/)
  })

  it('does not tell a Welsh body the English limits, nor that it is covered', () => {
    const text = asked(toHealthCare(wales, 'local-authority'), 'health-care').text
    expect(text).not.toMatch(/England|In Wales they cover/)
    expect(text).toMatch(/Schedule 1/)
  })
})

describe('conditions as checklists', () => {
  const toMutual = (nation: Answers, started: 'yes' | 'no'): Answers => ({
    ...nation,
    'authority-type': 'local-authority',
    approach: 'buy-services',
    'existing-procurement': started,
    ...(nation.jurisdiction === 'england' || started === 'no' ? { 'health-care': 'no' } : {}),
    'provider-relationship': 'other',
    'service-category': 'light-touch',
    'user-choice': 'no',
    'use-framework': 'no',
    'contract-value': 900_000,
    concession: 'no',
    innovation: 'no',
    'single-provider': 'no',
    'extreme-urgency': 'no',
    'supported-employment-reservation': 'no',
    'mutual-reservation': 'yes',
  })

  it('lists the Act’s conditions for a mutual, linking to the reservable services', () => {
    const { context } = asked(toMutual(england, 'no'), 'mutual-conditions')
    const list = questionChecklist('mutual-conditions', context)
    expect(list?.intro).toBe('All of these must be true:')
    expect(list?.items).toHaveLength(3)
    expect(list?.items.join(' ')).toMatch(/five years or less/)
    expect(sourceById(list?.link?.source ?? '')?.url).toBe(
      'https://www.legislation.gov.uk/uksi/2024/692/schedule/1',
    )
    const welsh = questionChecklist(
      'mutual-conditions',
      asked(toMutual(wales, 'no'), 'mutual-conditions').context,
    )
    expect(sourceById(welsh?.link?.source ?? '')?.url).toMatch(/wsi\/2024\/782/)
    expect(welsh?.link?.text).toMatch(/^Light touch services .*: check/)
  })

  it('lists regulation 77’s conditions under the 2015 Regulations', () => {
    const { context } = asked(toMutual(england, 'yes'), 'mutual-conditions')
    const list = questionChecklist('mutual-conditions', context)
    expect(list?.items.join(' ')).toMatch(/three years or less/)
    expect(sourceById(list?.link?.source ?? '')?.url).toMatch(/2015\/102\/regulation\/77$/)
  })

  it('splits the Provider Selection Regime questions into their conditions', () => {
    const base = { regime: 'psr-2023', sib: false, userChoice: false } as const
    const only = questionChecklist('psr-existing-only', base)
    expect(only?.items).toEqual([
      'there is an existing provider of this service',
      'because of the nature of the service, only that provider can provide it',
    ])
    const keep = questionChecklist('psr-continue-existing', base)
    expect(keep?.items).toHaveLength(4)
    expect(keep?.after).toMatch(/£500,000/)
    const welsh = questionChecklist('psr-continue-existing', { ...base, regime: 'psr-wales-2025' })
    expect(welsh?.after).not.toMatch(/£500,000|In England/)
  })
})

describe('grant and value hints', () => {
  it('says clawback for misuse does not make a grant a contract', () => {
    const { text } = asked(
      { ...england, 'authority-type': 'local-authority', approach: 'fund-organisation' },
      'enforceable-deliverables',
    )
    expect(text).toMatch(/misused .*does not make a grant a contract/)
  })

  it('shows the Minimal Financial Assistance limit from the Act’s figure', () => {
    const { text } = asked(
      {
        ...england,
        'authority-type': 'local-authority',
        approach: 'fund-organisation',
        'enforceable-deliverables': 'no',
        'economic-activity': 'yes',
      },
      'mfa-headroom',
    )
    expect(text).toContain(formatPounds(subsidyFigures.mfaLimit))
    expect(text).toContain('£315,000')
  })

  const toValue: Answers = {
    ...england,
    'authority-type': 'local-authority',
    approach: 'buy-services',
    'existing-procurement': 'no',
    'health-care': 'no',
    'provider-relationship': 'other',
    'service-category': 'light-touch',
    'user-choice': 'no',
    'use-framework': 'no',
  }

  it('asks a Social Impact Bond for its cap on outcome payments', () => {
    const sib = asked(
      {
        ...england,
        'authority-type': 'local-authority',
        approach: 'social-impact-bond',
        'sib-initiator': 'commissioner',
        'existing-procurement': 'no',
        'health-care': 'no',
        'provider-relationship': 'other',
        'service-category': 'light-touch',
        'user-choice': 'no',
        'use-framework': 'no',
      },
      'contract-value',
    )
    expect(questionHint('contract-value', sib.context)).toMatch(
      /Social Impact Bond, enter the cap on outcome payments/,
    )
    expect(questionHint('contract-value', asked(toValue, 'contract-value').context)).not.toMatch(
      /Social Impact Bond/,
    )
  })

  it('values a concession by the provider’s income, and only where one can follow', () => {
    const plain = questionHint('contract-value', asked(toValue, 'contract-value').context)
    expect(plain).toMatch(/For a concession, .* everything it expects to receive/)
    const chosen = asked({ ...toValue, 'user-choice': 'chosen-provider' }, 'contract-value')
    expect(questionHint('contract-value', chosen.context)).not.toMatch(/concession/)
    // Back at the value through a Change link, with the concession answered yes.
    const run = progress({ ...toValue, 'contract-value': 9_000_000, concession: 'yes' }, dates)
    expect(run.hintContext.concession).toBe('yes')
    expect(questionHint('contract-value', run.hintContext)).toMatch(
      /^A concession is valued differently/,
    )
  })

  it('tailors the start date hint to the answer about when the procurement started', () => {
    expect(startDateWording.hint('yes')).toMatch(/23 February 2025, as your procurement began/)
    expect(startDateWording.hint('no')).not.toMatch(/23 February 2025/)
  })
})

describe('user choice, by the rules that apply', () => {
  const base = { sib: false, userChoice: false } as const
  it('names the Act’s ground only under the Act, and the lack of one only where it is lacking', () => {
    const act = questionHint('user-choice', { ...base, regime: 'pa-2023' })
    expect(act).toMatch(/^Under the Procurement Act 2023/)
    expect(act).not.toMatch(/2015 Regulations|Scottish/)
    const scottish = questionHint('user-choice', { ...base, regime: 'pcr-scotland-2015' })
    expect(scottish).toMatch(/^The Scottish regulations have no ground/)
    expect(scottish).not.toMatch(/Procurement Act|2015 Regulations/)
    expect(questionHint('user-choice', { ...base, regime: 'pcr-2015' })).toMatch(
      /^The 2015 Regulations have no ground/,
    )
  })
})
