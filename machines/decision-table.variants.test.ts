import { describe, expect, it } from 'vitest'
import { variantsByRoute } from './decision-table'

// Each route's variants as the decision table names them (routes.ts derives `routeVariants`
// from this). Expected values written from shared/domain/decision-model.md (ruleset
// 2027-01), sections 2 and 4.1: 18 routes, among them the five 2027-01 added, with the
// variants it added (`user-choice` and `concession` of below-threshold, `framework-call-off`
// and `urgent-award` of provider-selection-regime, `outcomes-based` of light-touch-flexible
// and competitive-procedure).
//
// A file of its own that imports nothing but the table: routes.ts builds its variants from
// the table as it loads, so a table that cannot be read stops every file importing routes.ts
// from loading, and only a test that calls the table itself then fails.

const byServiceCategory = ['light-touch', 'standard']

// Read inside each test, not while the file is collected, so that a table that cannot be
// read fails the tests rather than the collection.
const variants = (route: string) =>
  [...(variantsByRoute().get(route as never) ?? ['(no route)'])].sort()

describe('variantsByRoute', () => {
  it('lists every route the table leads to, and nothing else', () => {
    expect([...variantsByRoute().keys()].sort()).toEqual(
      [
        'grant',
        'community-asset-transfer',
        'joint-venture-partnership',
        'public-public-exempt',
        'provider-selection-regime',
        'outside-procurement-rules',
        'below-threshold',
        'direct-award-user-choice',
        'concession-contract',
        'light-touch-flexible',
        'competitive-procedure',
        'innovation-partnership',
        'direct-award-uniqueness',
        'direct-award-urgency',
        'framework-call-off',
        'reserved-contract-supported-employment',
        'reserved-contract-mutual',
        'alliance-partnership',
        // Section 4.2: the changes journey.
        'modification-permitted',
        'modification-minor',
        'modification-freely-permitted',
        'psr-modification-permitted',
        'modification-not-permitted',
      ].sort(),
    )
    expect(variantsByRoute().size).toBe(23)
  })

  it('gives the routes of the changes journey the variants of section 4.2', () => {
    expect(variants('modification-permitted')).toEqual(
      [
        'provided-for',
        'not-substantial',
        'urgency',
        'unforeseeable',
        'known-risk',
        'additional-supplies',
        'corporate-restructuring',
      ].sort(),
    )
    expect(variants('modification-minor')).toEqual(['below-threshold-modification', 'de-minimis'])
    expect(variants('modification-freely-permitted')).toEqual([
      'below-threshold-contract',
      'light-touch',
    ])
    expect(variants('psr-modification-permitted')).toEqual(
      [
        'original-direct-award',
        'provided-for',
        'provider-succession',
        'external-factors',
        'within-value-limits',
        'urgent',
        'continuity',
      ].sort(),
    )
    expect(variants('modification-not-permitted')).toEqual(
      ['no-ground', 'over-value-cap', 'supplier-change', 'urgent-direct-award'].sort(),
    )
  })

  it('gives the routes of the grant and asset branches their variants', () => {
    expect(variants('grant')).toEqual(
      ['minimal-financial-assistance', 'not-a-subsidy', 'subsidy-assessment'].sort(),
    )
    expect(variants('community-asset-transfer')).toEqual(['full-value', 'undervalue'])
    expect(variants('public-public-exempt')).toEqual(['horizontal', 'vertical'])
    expect(variants('outside-procurement-rules')).toEqual(
      ['direct-payment', 'not-a-contracting-authority'].sort(),
    )
  })

  it('gives no variant to a route that has none', () => {
    const found = variantsByRoute()
    expect(found.get('joint-venture-partnership')).toEqual([])
    // User choice contracts are always light touch (section 4.1): no variant.
    expect(found.get('direct-award-user-choice')).toEqual([])
  })

  it('names the below-threshold variants for one person’s choice and for a concession', () => {
    // The general case has no variant, and a route without variants lists none, so only
    // the two named variants appear.
    expect(variants('below-threshold')).toEqual(['concession', 'user-choice'])
  })

  it('gives each Provider Selection Regime process its variant, in England and Wales', () => {
    expect(variants('provider-selection-regime')).toEqual(
      [
        'direct-award-a',
        'direct-award-b',
        'direct-award-c',
        'direct-award-1',
        'direct-award-2',
        'most-suitable-provider',
        'competitive-process',
        'framework-call-off',
        'urgent-award',
      ].sort(),
    )
  })

  it('gives the routes that follow the service category a light touch and a standard variant', () => {
    for (const route of [
      'innovation-partnership',
      'direct-award-uniqueness',
      'direct-award-urgency',
      'framework-call-off',
      'concession-contract',
      'reserved-contract-supported-employment',
      'alliance-partnership',
    ]) {
      expect(variants(route), route).toEqual(byServiceCategory)
    }
    // Reached only on light touch paths: its standard variant is never produced.
    expect(variants('reserved-contract-mutual')).toEqual(['light-touch'])
    for (const route of ['light-touch-flexible', 'competitive-procedure']) {
      expect(variants(route), route).toEqual(['conventional', 'open-book', 'outcomes-based'])
    }
  })

  it('names each variant once, in the order the table first names it', () => {
    const found = variantsByRoute()
    expect(found.get('innovation-partnership')).toEqual(['light-touch', 'standard'])
    expect(found.get('community-asset-transfer')).toEqual(['full-value', 'undervalue'])
    for (const [route, list] of found) expect(new Set(list).size, route).toBe(list.length)
  })
})
