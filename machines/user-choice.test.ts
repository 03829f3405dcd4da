import { describe, expect, it } from 'vitest'
import type { Answers } from './answers'
import type { PathAnswers } from './body'
import type { QuestionId } from './questions'
import { hasUserChoiceFlag } from './user-choice'

/**
 * The user-choice flag (decision model, section 2): `chosen-provider`, sent on past
 * `contract-value` to `innovation`, under the 2015 Regulations or the Scottish regulations. The
 * `user-choice` question is not in questions.ts yet, so the path is built by hand.
 */
function path(answers: Record<string, string | number>): PathAnswers {
  return {
    answers: answers as Answers,
    asked: Object.keys(answers) as QuestionId[],
  }
}

const england = {
  jurisdiction: 'england',
  'authority-type': 'local-authority',
  approach: 'buy-services',
}
const scotland = {
  jurisdiction: 'scotland',
  'authority-type': 'local-authority',
  approach: 'buy-services',
}
const onToInnovation = {
  'service-category': 'light-touch',
  'user-choice': 'chosen-provider',
  'use-framework': 'no',
  'contract-value': 900_000,
  innovation: 'no',
}

describe('the user-choice flag', () => {
  it('is set for a chosen provider past the threshold under the 2015 Regulations', () => {
    expect(
      hasUserChoiceFlag(path({ ...england, 'existing-procurement': 'yes', ...onToInnovation })),
    ).toBe(true)
  })

  it('is set under the Scottish regulations', () => {
    expect(hasUserChoiceFlag(path({ ...scotland, ...onToInnovation }))).toBe(true)
  })

  it('is not set under the Act, which has a user choice ground of its own', () => {
    expect(
      hasUserChoiceFlag(path({ ...england, 'existing-procurement': 'no', ...onToInnovation })),
    ).toBe(false)
  })

  it('is not set below the threshold (the path never reaches innovation)', () => {
    const { innovation: _, ...below } = onToInnovation
    expect(hasUserChoiceFlag(path({ ...england, 'existing-procurement': 'yes', ...below }))).toBe(
      false,
    )
  })

  it('is not set for other answers to user-choice', () => {
    for (const other of ['no', 'not-sure', 'direct-payment'])
      expect(
        hasUserChoiceFlag(
          path({
            ...england,
            'existing-procurement': 'yes',
            ...onToInnovation,
            'user-choice': other,
          }),
        ),
        other,
      ).toBe(false)
  })
})
