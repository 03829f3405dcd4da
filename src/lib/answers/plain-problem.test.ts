import { questionTitle } from '@machines/content/wording'
import { questionIds } from '@machines/questions'
import { describe, expect, it } from 'vitest'
import { parseAnswerQuery } from './answer-query'
import { plainProblem } from './plain-problem'

const good = 'jurisdiction=england&authority-type=local-authority'
const plain = (query: string) => parseAnswerQuery(query).problems.map(plainProblem)

describe('a link’s problems in plain English', () => {
  it('names the question by its title and says what is wrong', () => {
    expect(plain(`${good}&approach=teleport`)).toEqual([
      `The link’s answer to “${questionTitle('approach')}” is not one of that question’s answers.`,
    ])
    expect(plain(`${good}&jurisdiction=wales`)).toEqual([
      `The link answers “${questionTitle('jurisdiction')}” more than once.`,
    ])
    expect(plain(`${good}&contract-value=lots`)[0]).toMatch(/contract value is not a whole number/)
  })

  it('says a question it does not know is not asked, a retired one no longer asked', () => {
    expect(plain(`${good}&colour=blue`)[0]).toMatch(/question Route Finder does not ask/)
    expect(plain(`${good}&sib-unique=yes`)[0]).toMatch(/no longer asks/)
    expect(plain(`${good}&ruleset=1999-01`)[0]).toMatch(/version of Route Finder/)
    expect(plain(`${good}&startDate=2026-02-31`)[0]).toMatch(/start date/)
  })

  it('keeps the messages about the link as a whole', () => {
    expect(plain(encodeURIComponent(good))[0]).toMatch(/changed on its way to you/)
    expect(plain('a='.repeat(3000))[0]).toMatch(/too long/)
  })

  it('never shows a question id, an option id or the pasted key', () => {
    const ids = new RegExp(`\\b(${questionIds.join('|')}|colour|teleport|sib-unique)\\b`)
    for (const query of [
      `${good}&approach=teleport`,
      `${good}&colour=blue`,
      `${good}&sib-unique=yes`,
      `${good}&jurisdiction=wales`,
      `${good}&contract-value=-5`,
      `${good}&startDate=nonsense`,
      `${good}&existing-procurement=yes&startDate=2026-01-01`,
    ]) {
      const messages = plain(query)
      expect(messages.length, query).toBeGreaterThan(0)
      for (const message of messages) expect(message, query).not.toMatch(ids)
    }
  })
})
