import { describe, expect, it } from 'vitest'
import { loadSteps, readBootPlan } from './boot-plan'

const shell = readBootPlan({
  app: 'assets/index-a.js assets/react-b.js',
  resultPath: '/result',
  early: 'assets/early-result-c.js assets/evaluate-d.js',
  resultPage: 'assets/result-page-e.js',
})

describe('readBootPlan', () => {
  it('reads a prerendered page: the app only', () => {
    expect(readBootPlan({ app: ' assets/index-a.js  assets/react-b.js ' })).toEqual({
      app: ['assets/index-a.js', 'assets/react-b.js'],
    })
  })

  it('reads the shell: the app, and what a result link loads', () => {
    expect(shell).toEqual({
      app: ['assets/index-a.js', 'assets/react-b.js'],
      result: {
        path: '/result',
        early: ['assets/early-result-c.js', 'assets/evaluate-d.js'],
        page: ['assets/result-page-e.js'],
      },
    })
  })

  it('has no result step without an early result to load', () => {
    expect(readBootPlan({ app: 'assets/index-a.js', resultPath: '/result' }).result).toBeUndefined()
  })
})

describe('loadSteps', () => {
  it('loads the early result first on a result link, then the app with the result page', () => {
    const steps = [
      ['assets/early-result-c.js', 'assets/evaluate-d.js'],
      ['assets/index-a.js', 'assets/react-b.js', 'assets/result-page-e.js'],
    ]
    expect(loadSteps(shell, '/result')).toEqual(steps)
    expect(loadSteps(shell, '/result/')).toEqual(steps)
  })

  it('loads the app at once on every other address', () => {
    expect(loadSteps(shell, '/map')).toEqual([['assets/index-a.js', 'assets/react-b.js']])
    expect(loadSteps(shell, '/results')).toEqual([['assets/index-a.js', 'assets/react-b.js']])
    expect(loadSteps(readBootPlan({ app: 'assets/index-a.js' }), '/result')).toEqual([
      ['assets/index-a.js'],
    ])
  })
})
