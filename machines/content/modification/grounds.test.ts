import { describe, expect, it } from 'vitest'
import { regimeIds } from '../../regimes'
import { longSentences } from '../copy-style'
import { modificationFreelyPermitted } from '../routes/modification-freely-permitted'
import { modificationMinor } from '../routes/modification-minor'
import { modificationPermitted } from '../routes/modification-permitted'
import { psrModificationPermitted } from '../routes/psr-modification-permitted'
import { changeGroundsFor } from './grounds'

/** Decision model 8.5.2-8.5.4 and 6.1: the grounds each regime tests, in order, in words. */

const labels: Record<string, Record<string, string>> = {
  'modification-permitted': modificationPermitted.variantLabels,
  'modification-minor': modificationMinor.variantLabels,
  'modification-freely-permitted': modificationFreelyPermitted.variantLabels,
  'psr-modification-permitted': psrModificationPermitted.variantLabels,
}

describe('grounds tested', () => {
  it('lists the tests of each regime in the order of the decision model', () => {
    expect(changeGroundsFor('pa-2023').map((g) => g.test)).toEqual([
      'A1',
      'A2',
      'A3',
      'A4',
      'A5',
      'A6',
      'A7',
      'A8',
      'A9',
      'A10',
    ])
    expect(changeGroundsFor('pcr-scotland-2015').map((g) => g.test)).toEqual([
      'B1',
      'B2',
      'B3',
      'B4',
      'B5',
      'B6',
      'B7',
    ])
    expect(changeGroundsFor('psr-wales-2025').map((g) => g.test)).toEqual([
      'C1',
      'C2',
      'C3',
      'C4',
      'C5',
      'C6',
      'C7',
    ])
  })

  it('names only variants the routes have, in sentences of 30 words or fewer', () => {
    for (const regime of regimeIds)
      for (const g of changeGroundsFor(regime)) {
        expect(labels[g.route]?.[g.variant], `${g.test} ${g.variant}`).toBeTruthy()
        expect(longSentences(g.needs), g.test).toEqual([])
      }
  })

  it('keeps the caps of the spec: 50% under the Act and the Regulations, £500,000 or 25% under a PSR', () => {
    expect(changeGroundsFor('pa-2023').find((g) => g.test === 'A7')?.needs).toMatch(
      /no more than 50%/,
    )
    expect(changeGroundsFor('pcr-2015').find((g) => g.test === 'B4')?.needs).toMatch(
      /below both the threshold and 10%/,
    )
    expect(changeGroundsFor('psr-2023').find((g) => g.test === 'C5')?.needs).toMatch(
      /below £500,000 or less than 25%/,
    )
  })
})
