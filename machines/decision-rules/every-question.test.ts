import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isChoiceQuestion, isNumberQuestion, questionIds } from '../questions'

// A question added to the model without a hand-written routing test fails here.
const folder = new URL('.', import.meta.url)
const sources = readdirSync(folder)
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => readFileSync(new URL(file, folder), 'utf8'))
  .join('\n')
const tested = new Set(
  [...sources.matchAll(/\broutes\(\s*'([a-z-]+)'/g)].map((m) => m[1] as string),
)

describe('the routing tests', () => {
  it('cover every choice question of the model', () => {
    const untested = questionIds.filter((id) => isChoiceQuestion(id) && !tested.has(id))
    expect(untested).toEqual([])
  })

  it('try figures at every number question of the changes journey', () => {
    const figured = new Set(
      [...sources.matchAll(/\bnumberRoutes\(\s*'([a-z-]+)'/g)].map((m) => m[1] as string),
    )
    const untried = questionIds.filter(
      (id) => isNumberQuestion(id) && id !== 'contract-value' && !figured.has(id),
    )
    expect(untried).toEqual([])
  })

  it('test the threshold at the contract value', () => {
    expect(sources).toMatch(/\bvalueRoutes\(/)
  })

  it('name only questions that exist', () => {
    expect([...tested].filter((id) => !(questionIds as readonly string[]).includes(id))).toEqual([])
  })
})
