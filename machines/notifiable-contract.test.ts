import { describe, expect, it } from 'vitest'
import {
  isCentralGovernment,
  isNotifiable,
  type NotifiableBody,
  notifiableFrom,
} from './notifiable-contract'

const body = (b: Partial<NotifiableBody>): NotifiableBody => ({
  jurisdiction: 'england',
  authorityType: 'other-public-body',
  thresholdKind: undefined,
  ...b,
})

describe('notifiable below-threshold contracts (PA 2023 s.87(4))', () => {
  it('takes £12,000 for central government outside Wales', () => {
    for (const jurisdiction of ['england', 'northern-ireland', 'scotland'] as const)
      expect(notifiableFrom(body({ jurisdiction, authorityType: 'central-government' }))).toBe(
        12_000,
      )
  })

  it('takes £30,000 for a council and for a body measured against the sub-central threshold', () => {
    expect(notifiableFrom(body({ authorityType: 'local-authority' }))).toBe(30_000)
    expect(notifiableFrom(body({ authorityType: 'nhs', thresholdKind: 'sub-central' }))).toBe(
      30_000,
    )
  })

  it('takes £12,000 for a body measured against the central threshold', () => {
    expect(notifiableFrom(body({ authorityType: 'nhs', thresholdKind: 'central' }))).toBe(12_000)
  })

  it('takes £30,000 for every devolved Welsh authority, central government included', () => {
    for (const authorityType of [
      'central-government',
      'local-authority',
      'nhs',
      'other-public-body',
    ] as const)
      expect(notifiableFrom(body({ jurisdiction: 'wales', authorityType }))).toBe(30_000)
  })

  it('does not know the figure when it cannot tell whether the body is central government', () => {
    expect(isCentralGovernment(body({ thresholdKind: 'light-touch' }))).toBeUndefined()
    expect(notifiableFrom(body({ thresholdKind: 'light-touch' }))).toBeUndefined()
  })

  it('is notifiable from the figure itself, and whenever the figure or the value is unknown', () => {
    const central = body({ authorityType: 'central-government' })
    expect(isNotifiable(central, 11_999)).toBe(false)
    expect(isNotifiable(central, 12_000)).toBe(true)
    expect(
      isNotifiable(body({ jurisdiction: 'wales', authorityType: 'central-government' }), 29_999),
    ).toBe(false)
    expect(isNotifiable(central, undefined)).toBe(true)
    expect(isNotifiable(body({ thresholdKind: 'light-touch' }), 1)).toBe(true)
  })
})
