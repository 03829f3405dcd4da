// @vitest-environment jsdom
import type { Alternative } from '@machines/result'
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, expect, it, vi } from 'vitest'
import { AlternativesList } from './alternatives-list'

afterEach(cleanup)

const alternative = (variant: string, name: string): Alternative => ({
  route: 'modification-freely-permitted',
  variant,
  name,
  ruledOutBy: { question: 'mod-change-value', answer: 600000 },
  whyNot: 'the change is over the value limits',
  wouldApplyIf: 'It would apply if the change were smaller.',
})

it('lists two variants of the same route as two rows, each kept apart', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  render(
    <AlternativesList
      alternatives={[
        alternative('below-threshold', 'A small change'),
        alternative('minor', 'A minor change'),
      ]}
    />,
  )
  expect(screen.getByText('A small change')).toBeTruthy()
  expect(screen.getByText('A minor change')).toBeTruthy()
  // React reports rows that share a key, which it may then drop or duplicate.
  expect(error).not.toHaveBeenCalled()
  error.mockRestore()
})
