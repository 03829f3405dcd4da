import { describe, expect, it } from 'vitest'
import { feedbackMailto } from './feedback'

describe('feedbackMailto', () => {
  it('links to the address set at build time, with a subject', () => {
    expect(feedbackMailto('team@example.gov.uk')).toBe(
      'mailto:team@example.gov.uk?subject=Route%20Finder%20feedback',
    )
    expect(feedbackMailto(' team@example.gov.uk ')).toMatch(/^mailto:team@example\.gov\.uk\?/)
  })
  it.each([undefined, '', '   ', 'not an address', 'a@b', 'x@y.uk?bcc=z@w.uk'])(
    'offers no link for %j',
    (address) => {
      expect(feedbackMailto(address)).toBeUndefined()
    },
  )
})
