import { describe } from 'vitest'
import type { Answers } from '../answers'
import { ask, numberRoutes, refused, route, routes } from './expect-routing'

// Section 8 of the decision model: changing or extending a contract you already have. Every
// expectation is written by hand from sections 8.1-8.5 and the thresholds of section 3.6
// (2024-2025: central £139,688, sub-central £214,904, works £5,372,609; 2026: central
// £135,018, sub-central £207,720, works £5,193,000). Answers to later questions may be
// given: they are used once the path reaches them, so a boundary's effect further on is
// checked where the test of section 8.5 reads it.

const change = { approach: 'change-existing-contract' } as const
const englishCouncil: Answers = {
  jurisdiction: 'england',
  'authority-type': 'local-authority',
  ...change,
}
/** Under the Act, 2026 figures: T is the sub-central £207,720. */
const actCouncil: Answers = {
  ...englishCouncil,
  'mod-health-care': 'no',
  'mod-procurement-start': 'from-2026',
  'mod-contract-category': 'other-services-or-goods',
}
/** Under the 2015 Regulations: T is the 2024-2025 sub-central £214,904. */
const pcrCouncil: Answers = {
  ...englishCouncil,
  'mod-health-care': 'no',
  'mod-procurement-start': 'before-act',
  'mod-contract-category': 'other-services-or-goods',
}
/** A devolved Scottish council: the Scottish regulations, today's (2026) figures. */
const scottishCouncil: Answers = {
  jurisdiction: 'scotland',
  'authority-type': 'local-authority',
  ...change,
  'mod-procurement-start': 'from-2026',
  'mod-contract-category': 'other-services-or-goods',
}
const psrEngland: Answers = {
  jurisdiction: 'england',
  'authority-type': 'nhs',
  ...change,
  'mod-health-care': 'yes',
}
const psrWales: Answers = {
  jurisdiction: 'wales',
  'authority-type': 'local-authority',
  ...change,
  'mod-health-care': 'yes',
}
/** Figures well above every threshold and within every cap: £2m, nothing earlier, £100,000 (5%). */
const figures: Answers = {
  'mod-original-value': 2_000_000,
  'mod-earlier-changes-value': 0,
  'mod-change-value': 100_000,
}
/** The same contract with a change of 30%: over the 10% caps, within the 50% ones. */
const thirtyPercent: Answers = { ...figures, 'mod-change-value': 600_000 }
const sameSupplier: Answers = { 'mod-supplier-change': 'no', 'mod-extends-term': 'no' }

describe('8.1 mod-health-care', () => {
  routes(
    'mod-health-care',
    { answers: englishCouncil },
    {
      yes: ask('mod-original-value'),
      no: ask('mod-procurement-start'),
      'not-sure': ask('mod-procurement-start'),
    },
  )
})

describe('8.1 mod-procurement-start', () => {
  describe('an English council', () => {
    routes(
      'mod-procurement-start',
      { answers: { ...englishCouncil, 'mod-health-care': 'no' } },
      {
        'before-2024': ask('mod-regulated-award'),
        'before-act': ask('mod-contract-category'),
        'after-act-2025': ask('mod-contract-category'),
        'from-2026': ask('mod-contract-category'),
      },
    )
  })
  describe('a Northern Ireland department: a transferred authority question under the Act only', () => {
    routes(
      'mod-procurement-start',
      {
        answers: {
          jurisdiction: 'northern-ireland',
          'authority-type': 'central-government',
          ...change,
        },
      },
      {
        'before-2024': ask('mod-regulated-award'),
        'before-act': ask('mod-contract-category'),
        'after-act-2025': ask('mod-ni-transferred'),
        'from-2026': ask('mod-ni-transferred'),
      },
    )
  })
})

describe('8.1 mod-regulated-award: "no" is a contract below the threshold at award (test B1)', () => {
  routes(
    'mod-regulated-award',
    {
      answers: {
        ...pcrCouncil,
        'mod-procurement-start': 'before-2024',
        'mod-original-value': 100_000,
        'mod-earlier-changes-value': 0,
        'mod-change-value': 10_000,
      },
    },
    {
      yes: ask('mod-supplier-change'),
      no: route('modification-freely-permitted', 'below-threshold-contract', 'pcr-2015'),
      'not-sure': ask('mod-supplier-change'),
    },
  )
})

describe('8.1 mod-ni-transferred', () => {
  routes(
    'mod-ni-transferred',
    {
      answers: {
        jurisdiction: 'northern-ireland',
        'authority-type': 'local-authority',
        ...change,
        'mod-procurement-start': 'after-act-2025',
      },
    },
    {
      yes: ask('mod-contract-category'),
      no: ask('mod-contract-category'),
      'not-sure': ask('mod-contract-category'),
    },
  )
})

describe('8.2 mod-contract-category', () => {
  describe('a council under the Act: a light touch contract needs no values', () => {
    routes(
      'mod-contract-category',
      { answers: { ...actCouncil, 'mod-contract-category': undefined } },
      {
        'light-touch-services': ask('mod-supplier-change'),
        'other-services-or-goods': ask('mod-original-value'),
        works: ask('mod-original-value'),
        'not-sure': ask('mod-original-value'),
      },
    )
  })
  describe('an NHS body under the 2015 Regulations: the class for services or goods', () => {
    routes(
      'mod-contract-category',
      {
        answers: {
          jurisdiction: 'england',
          'authority-type': 'nhs',
          ...change,
          'mod-health-care': 'no',
          'mod-procurement-start': 'before-act',
        },
      },
      {
        'light-touch-services': ask('mod-original-value'),
        'other-services-or-goods': ask('threshold-class'),
        works: ask('mod-original-value'),
        'not-sure': ask('threshold-class'),
      },
    )
  })
})

describe('8.2 threshold-class on the changes journey: £150,000 is between the two 2026 figures', () => {
  routes(
    'threshold-class',
    {
      answers: {
        jurisdiction: 'england',
        'authority-type': 'other-public-body',
        ...change,
        'mod-procurement-start': 'from-2026',
        'mod-contract-category': 'other-services-or-goods',
        'mod-original-value': 150_000,
        'mod-earlier-changes-value': 0,
        'mod-change-value': 0,
      },
    },
    {
      central: ask('mod-supplier-change'),
      'sub-central': route('modification-freely-permitted', 'below-threshold-contract', 'pa-2023'),
      'not-sure': ask('mod-supplier-change'),
    },
  )
})

describe('8.2 the values', () => {
  numberRoutes('mod-original-value', { answers: actCouncil }, [
    [1, ask('mod-earlier-changes-value')],
    [1_000_000_000_000, ask('mod-earlier-changes-value')],
  ])
  numberRoutes(
    'mod-earlier-changes-value',
    { answers: { ...actCouncil, 'mod-original-value': 2_000_000 } },
    [
      [0, ask('mod-change-value')],
      [1_000_000_000_000, ask('mod-change-value')],
    ],
  )
  describe('test A2: below the threshold before and after the change (T exactly fails)', () => {
    numberRoutes(
      'mod-change-value',
      {
        answers: { ...actCouncil, 'mod-original-value': 200_000, 'mod-earlier-changes-value': 0 },
      },
      [
        [7_719, route('modification-freely-permitted', 'below-threshold-contract', 'pa-2023')],
        // £207,720 after the change: a convertible contract, tested on the grounds.
        [7_720, ask('mod-supplier-change')],
      ],
    )
    numberRoutes(
      'mod-change-value',
      {
        answers: { ...actCouncil, 'mod-original-value': 207_720, 'mod-earlier-changes-value': 0 },
      },
      [[0, ask('mod-supplier-change')]],
    )
  })
  describe('test B1: below the threshold at award and after the change', () => {
    numberRoutes(
      'mod-change-value',
      {
        answers: { ...pcrCouncil, 'mod-original-value': 214_903, 'mod-earlier-changes-value': 0 },
      },
      [
        [0, route('modification-freely-permitted', 'below-threshold-contract', 'pcr-2015')],
        [1, ask('mod-supplier-change')],
      ],
    )
    numberRoutes(
      'mod-change-value',
      {
        answers: {
          ...scottishCouncil,
          'mod-original-value': 207_719,
          'mod-earlier-changes-value': 0,
        },
      },
      [
        [
          0,
          route('modification-freely-permitted', 'below-threshold-contract', 'pcr-scotland-2015'),
        ],
        [1, ask('mod-supplier-change')],
      ],
    )
  })
  describe('test A6: at most 10% of Vnow and all changes below T', () => {
    const a6: Answers = {
      ...actCouncil,
      ...sameSupplier,
      'mod-changes-nature': 'yes',
      'mod-provided-for': 'no',
      'mod-new-kind-of-supply': 'no',
      'mod-favours-supplier': 'yes',
      'mod-original-value': 2_000_000,
      'mod-earlier-changes-value': 0,
    }
    numberRoutes('mod-change-value', { answers: a6 }, [
      [200_000, route('modification-minor', 'below-threshold-modification', 'pa-2023')],
      [200_001, ask('mod-known-risk')],
    ])
    numberRoutes(
      'mod-change-value',
      { answers: { ...a6, 'mod-original-value': 3_000_000, 'mod-earlier-changes-value': 7_719 } },
      [
        [200_000, route('modification-minor', 'below-threshold-modification', 'pa-2023')],
        [200_001, ask('mod-known-risk')],
      ],
    )
    numberRoutes(
      'mod-change-value',
      { answers: { ...a6, 'mod-original-value': 3_000_000, 'mod-earlier-changes-value': 7_720 } },
      [[200_000, ask('mod-known-risk')]],
    )
    describe('15% for works (T is the works £5,193,000)', () => {
      numberRoutes(
        'mod-change-value',
        { answers: { ...a6, 'mod-contract-category': 'works', 'mod-original-value': 6_000_000 } },
        [
          [900_000, route('modification-minor', 'below-threshold-modification', 'pa-2023')],
          [900_001, ask('mod-known-risk')],
        ],
      )
    })
  })
  describe('the Act’s 50% caps are of Vnow, test A8 (50% exactly passes)', () => {
    const a8: Answers = {
      ...actCouncil,
      ...sameSupplier,
      'mod-changes-nature': 'yes',
      'mod-provided-for': 'no',
      'mod-new-kind-of-supply': 'yes',
      'mod-known-risk': 'yes',
      'mod-original-value': 1_000_000,
      'mod-earlier-changes-value': 200_000,
    }
    numberRoutes('mod-change-value', { answers: a8 }, [
      [600_000, route('modification-permitted', 'known-risk', 'pa-2023')],
      [600_001, ask('mod-additional-supplies')],
    ])
  })
  describe('the 2015 Regulations’ 50% caps are of V0, test B7 (50% exactly passes)', () => {
    const b7: Answers = {
      ...pcrCouncil,
      ...sameSupplier,
      'mod-changes-nature': 'yes',
      'mod-provided-for': 'no',
      'mod-additional-supplies': 'yes',
      'mod-original-value': 1_000_000,
      'mod-earlier-changes-value': 200_000,
    }
    numberRoutes('mod-change-value', { answers: b7 }, [
      [500_000, route('modification-permitted', 'additional-supplies', 'pcr-2015')],
      [500_001, ask('mod-urgent')],
    ])
  })
  describe('test B4, de minimis: below both T and 10% of V0 (10% exactly fails)', () => {
    const b4: Answers = {
      ...pcrCouncil,
      ...sameSupplier,
      'mod-changes-nature': 'no',
      'mod-provided-for': 'no',
      'mod-original-value': 1_000_000,
      'mod-earlier-changes-value': 0,
    }
    numberRoutes('mod-change-value', { answers: b4 }, [
      [99_999, route('modification-minor', 'de-minimis', 'pcr-2015')],
      [100_000, ask('mod-favours-supplier')],
    ])
    numberRoutes(
      'mod-change-value',
      { answers: { ...b4, 'mod-original-value': 3_000_000, 'mod-earlier-changes-value': 4 } },
      [
        [214_899, route('modification-minor', 'de-minimis', 'pcr-2015')],
        [214_900, ask('mod-favours-supplier')],
      ],
    )
  })
  describe('test C5: below £500,000 or below 25% of V0; fails only when it reaches both', () => {
    const c5: Answers = {
      ...psrEngland,
      ...sameSupplier,
      'mod-changes-nature': 'no',
      'psr-mod-original-process': 'other-or-before-psr',
      'mod-provided-for': 'no',
      'psr-mod-external-factors': 'no',
      'psr-mod-urgent': 'no',
      'mod-earlier-changes-value': 0,
    }
    const within = route('psr-modification-permitted', 'within-value-limits', 'psr-2023')
    const over = route('modification-not-permitted', 'over-value-cap', 'psr-2023')
    numberRoutes('mod-change-value', { answers: { ...c5, 'mod-original-value': 1_000_000 } }, [
      [499_999, within],
      [500_000, over],
    ])
    numberRoutes('mod-change-value', { answers: { ...c5, 'mod-original-value': 4_000_000 } }, [
      [999_999, within],
      [1_000_000, over],
    ])
    numberRoutes('mod-change-value', { answers: { ...c5, 'mod-original-value': 2_000_000 } }, [
      [499_999, within],
      [500_000, over],
    ])
  })
})

describe('8.3 mod-supplier-change', () => {
  describe('under the Act', () => {
    routes(
      'mod-supplier-change',
      { answers: { ...actCouncil, ...figures } },
      { yes: ask('mod-restructuring'), no: ask('mod-extends-term') },
    )
  })
  describe('a light touch contract under the Act (test A1 waits for this answer)', () => {
    routes(
      'mod-supplier-change',
      { answers: { ...actCouncil, 'mod-contract-category': 'light-touch-services' } },
      {
        yes: ask('mod-restructuring'),
        no: route('modification-freely-permitted', 'light-touch', 'pa-2023'),
      },
    )
  })
})

describe('8.3 mod-restructuring (tests A3, B2, C1)', () => {
  const newSupplier = { 'mod-supplier-change': 'yes' } as const
  describe('under the Act no other change of supplier is allowed', () => {
    routes(
      'mod-restructuring',
      { answers: { ...actCouncil, ...figures, ...newSupplier } },
      {
        yes: route('modification-permitted', 'corporate-restructuring', 'pa-2023'),
        no: route('modification-not-permitted', 'supplier-change', 'pa-2023'),
        'not-sure': route('modification-not-permitted', 'supplier-change', 'pa-2023'),
      },
    )
  })
  describe('under the 2015 Regulations a review clause may still allow it', () => {
    routes(
      'mod-restructuring',
      { answers: { ...pcrCouncil, ...figures, ...newSupplier } },
      {
        yes: route('modification-permitted', 'corporate-restructuring', 'pcr-2015'),
        no: ask('mod-provided-for'),
        'not-sure': ask('mod-provided-for'),
      },
    )
  })
  describe('under the Provider Selection Regime', () => {
    routes(
      'mod-restructuring',
      { answers: { ...psrEngland, ...figures, ...newSupplier } },
      {
        yes: route('psr-modification-permitted', 'provider-succession', 'psr-2023'),
        no: ask('mod-provided-for'),
        'not-sure': ask('mod-provided-for'),
      },
    )
  })
})

describe('8.3 mod-extends-term and mod-bridging', () => {
  routes(
    'mod-extends-term',
    { answers: { ...actCouncil, ...figures, 'mod-supplier-change': 'no' } },
    { yes: ask('mod-bridging'), no: ask('mod-changes-nature') },
  )
  describe('under the Act the extension is measured in months', () => {
    routes(
      'mod-bridging',
      {
        answers: {
          ...actCouncil,
          ...figures,
          'mod-supplier-change': 'no',
          'mod-extends-term': 'yes',
        },
      },
      { yes: ask('mod-max-term-months'), no: ask('mod-max-term-months') },
    )
  })
  describe('under the Scottish regulations it is not', () => {
    routes(
      'mod-bridging',
      {
        answers: {
          ...scottishCouncil,
          ...figures,
          'mod-supplier-change': 'no',
          'mod-extends-term': 'yes',
        },
      },
      { yes: ask('mod-changes-nature'), no: ask('mod-changes-nature') },
    )
  })
})

describe('8.3 the term, and test A5’s 10% of the maximum term (10% exactly is not substantial)', () => {
  const extension: Answers = {
    ...actCouncil,
    ...thirtyPercent,
    'mod-supplier-change': 'no',
    'mod-extends-term': 'yes',
    'mod-bridging': 'yes',
  }
  numberRoutes('mod-max-term-months', { answers: extension }, [
    [1, ask('mod-extension-months')],
    [1_200, ask('mod-extension-months')],
  ])
  const later: Answers = {
    ...extension,
    'mod-max-term-months': 120,
    'mod-changes-nature': 'no',
    'mod-provided-for': 'no',
    'mod-new-kind-of-supply': 'no',
  }
  numberRoutes('mod-extension-months', { answers: later }, [
    [0, ask('mod-favours-supplier')],
    [12, ask('mod-favours-supplier')],
    [13, ask('mod-unforeseeable')],
  ])
  numberRoutes('mod-extension-months', { answers: { ...later, 'mod-max-term-months': 36 } }, [
    [3, ask('mod-favours-supplier')],
    [4, ask('mod-unforeseeable')],
  ])
})

describe('8.3 mod-changes-nature', () => {
  describe('under the Provider Selection Regime', () => {
    routes(
      'mod-changes-nature',
      { answers: { ...psrEngland, ...figures, ...sameSupplier } },
      {
        yes: ask('mod-provided-for'),
        no: ask('psr-mod-original-process'),
        'not-sure': ask('mod-provided-for'),
      },
    )
  })
  describe('under the Act', () => {
    routes(
      'mod-changes-nature',
      { answers: { ...actCouncil, ...figures, ...sameSupplier } },
      {
        yes: ask('mod-provided-for'),
        no: ask('mod-provided-for'),
        'not-sure': ask('mod-provided-for'),
      },
    )
  })
})

describe('8.4 psr-mod-original-process (test C2): each regime’s own process', () => {
  const given = { ...figures, ...sameSupplier, 'mod-changes-nature': 'no' } as const
  describe('England', () => {
    routes(
      'psr-mod-original-process',
      { answers: { ...psrEngland, ...given } },
      {
        'direct-award-a-or-b': route(
          'psr-modification-permitted',
          'original-direct-award',
          'psr-2023',
        ),
        'direct-award-1': refused('psr-mod-original-process'),
        'other-or-before-psr': ask('mod-provided-for'),
        'not-sure': ask('mod-provided-for'),
      },
    )
  })
  describe('Wales', () => {
    routes(
      'psr-mod-original-process',
      { answers: { ...psrWales, ...given } },
      {
        'direct-award-a-or-b': refused('psr-mod-original-process'),
        'direct-award-1': route(
          'psr-modification-permitted',
          'original-direct-award',
          'psr-wales-2025',
        ),
        'other-or-before-psr': ask('mod-provided-for'),
        'not-sure': ask('mod-provided-for'),
      },
    )
  })
})

describe('8.4 mod-provided-for', () => {
  describe('under the Act, test A4 (only a clause in the contract and the notice counts)', () => {
    routes(
      'mod-provided-for',
      { answers: { ...actCouncil, ...figures, ...sameSupplier, 'mod-changes-nature': 'no' } },
      {
        yes: route('modification-permitted', 'provided-for', 'pa-2023'),
        'contract-only': ask('mod-new-kind-of-supply'),
        no: ask('mod-new-kind-of-supply'),
        'not-sure': ask('mod-new-kind-of-supply'),
      },
    )
  })
  describe('under the Act, a change of nature is not provided for (A4 fails)', () => {
    routes(
      'mod-provided-for',
      { answers: { ...actCouncil, ...figures, ...sameSupplier, 'mod-changes-nature': 'yes' } },
      {
        yes: ask('mod-new-kind-of-supply'),
        'contract-only': ask('mod-new-kind-of-supply'),
        no: ask('mod-new-kind-of-supply'),
        'not-sure': ask('mod-new-kind-of-supply'),
      },
    )
  })
  describe('under the 2015 Regulations, tests B3 then B4 (10% is not de minimis)', () => {
    routes(
      'mod-provided-for',
      { answers: { ...pcrCouncil, ...thirtyPercent, ...sameSupplier, 'mod-changes-nature': 'no' } },
      {
        yes: route('modification-permitted', 'provided-for', 'pcr-2015'),
        'contract-only': ask('mod-favours-supplier'),
        no: ask('mod-favours-supplier'),
        'not-sure': ask('mod-favours-supplier'),
      },
    )
  })
  describe('under the 2015 Regulations, a de minimis change', () => {
    routes(
      'mod-provided-for',
      {
        answers: {
          ...pcrCouncil,
          ...figures,
          ...sameSupplier,
          'mod-changes-nature': 'no',
          'mod-change-value': 199_999,
        },
      },
      {
        yes: route('modification-permitted', 'provided-for', 'pcr-2015'),
        'contract-only': route('modification-minor', 'de-minimis', 'pcr-2015'),
        no: route('modification-minor', 'de-minimis', 'pcr-2015'),
        'not-sure': route('modification-minor', 'de-minimis', 'pcr-2015'),
      },
    )
  })
  describe('under the Scottish regulations, a change of nature goes to the extra supplies', () => {
    routes(
      'mod-provided-for',
      { answers: { ...scottishCouncil, ...figures, ...sameSupplier, 'mod-changes-nature': 'yes' } },
      {
        yes: ask('mod-additional-supplies'),
        'contract-only': ask('mod-additional-supplies'),
        no: ask('mod-additional-supplies'),
        'not-sure': ask('mod-additional-supplies'),
      },
    )
  })
  describe('under the 2015 Regulations, a new supplier under a review clause (test B2)', () => {
    routes(
      'mod-provided-for',
      {
        answers: {
          ...pcrCouncil,
          ...figures,
          'mod-supplier-change': 'yes',
          'mod-restructuring': 'no',
        },
      },
      {
        yes: route('modification-permitted', 'provided-for', 'pcr-2015'),
        'contract-only': route('modification-not-permitted', 'supplier-change', 'pcr-2015'),
        no: route('modification-not-permitted', 'supplier-change', 'pcr-2015'),
        'not-sure': route('modification-not-permitted', 'supplier-change', 'pcr-2015'),
      },
    )
  })
  describe('under the Provider Selection Regime, a new provider (test C1): the contract is enough', () => {
    routes(
      'mod-provided-for',
      {
        answers: {
          ...psrWales,
          ...figures,
          'mod-supplier-change': 'yes',
          'mod-restructuring': 'not-sure',
        },
      },
      {
        yes: route('psr-modification-permitted', 'provided-for', 'psr-wales-2025'),
        'contract-only': route('psr-modification-permitted', 'provided-for', 'psr-wales-2025'),
        no: route('modification-not-permitted', 'supplier-change', 'psr-wales-2025'),
        'not-sure': route('modification-not-permitted', 'supplier-change', 'psr-wales-2025'),
      },
    )
  })
  describe('under the Provider Selection Regime, test C3', () => {
    const given = {
      ...psrEngland,
      ...figures,
      ...sameSupplier,
      'mod-changes-nature': 'no',
      'psr-mod-original-process': 'other-or-before-psr',
    } as const
    routes(
      'mod-provided-for',
      { answers: given },
      {
        yes: route('psr-modification-permitted', 'provided-for', 'psr-2023'),
        'contract-only': route('psr-modification-permitted', 'provided-for', 'psr-2023'),
        no: ask('psr-mod-external-factors'),
        'not-sure': ask('psr-mod-external-factors'),
      },
    )
  })
  describe('under the Provider Selection Regime, a contract materially different in character', () => {
    routes(
      'mod-provided-for',
      { answers: { ...psrEngland, ...figures, ...sameSupplier, 'mod-changes-nature': 'yes' } },
      {
        yes: route('psr-modification-permitted', 'provided-for', 'psr-2023'),
        'contract-only': route('psr-modification-permitted', 'provided-for', 'psr-2023'),
        no: ask('psr-mod-urgent'),
        'not-sure': ask('psr-mod-urgent'),
      },
    )
  })
})

const psrGrounds: Answers = {
  ...psrEngland,
  ...sameSupplier,
  'mod-changes-nature': 'no',
  'psr-mod-original-process': 'not-sure',
  'mod-provided-for': 'no',
}

describe('8.4 psr-mod-external-factors (tests C4 and C5)', () => {
  describe('within the value limits', () => {
    routes(
      'psr-mod-external-factors',
      { answers: { ...psrGrounds, ...figures } },
      {
        yes: route('psr-modification-permitted', 'external-factors', 'psr-2023'),
        no: route('psr-modification-permitted', 'within-value-limits', 'psr-2023'),
        'not-sure': route('psr-modification-permitted', 'within-value-limits', 'psr-2023'),
      },
    )
  })
  describe('at £500,000 and 25%', () => {
    routes(
      'psr-mod-external-factors',
      { answers: { ...psrGrounds, ...figures, 'mod-change-value': 500_000 } },
      {
        yes: route('psr-modification-permitted', 'external-factors', 'psr-2023'),
        no: ask('psr-mod-urgent'),
        'not-sure': ask('psr-mod-urgent'),
      },
    )
  })
})

describe('8.4 psr-mod-urgent and psr-mod-continuity (tests C6 to C8)', () => {
  const overLimits = { ...psrGrounds, ...figures, 'mod-change-value': 600_000 }
  describe('a change that failed only its value limits', () => {
    routes(
      'psr-mod-urgent',
      { answers: { ...overLimits, 'psr-mod-external-factors': 'no' } },
      {
        yes: route('psr-modification-permitted', 'urgent', 'psr-2023'),
        no: route('modification-not-permitted', 'over-value-cap', 'psr-2023'),
        'not-sure': route('modification-not-permitted', 'over-value-cap', 'psr-2023'),
      },
    )
  })
  describe('a change materially different in character', () => {
    routes(
      'psr-mod-urgent',
      {
        answers: {
          ...psrEngland,
          ...figures,
          ...sameSupplier,
          'mod-changes-nature': 'yes',
          'mod-provided-for': 'no',
        },
      },
      {
        yes: route('psr-modification-permitted', 'urgent', 'psr-2023'),
        no: route('modification-not-permitted', 'no-ground', 'psr-2023'),
        'not-sure': route('modification-not-permitted', 'no-ground', 'psr-2023'),
      },
    )
  })
  const bridging = {
    ...overLimits,
    'mod-extends-term': 'yes',
    'mod-bridging': 'yes',
    'psr-mod-external-factors': 'no',
  }
  describe('a bridging extension asks about the replacement’s standstill', () => {
    routes(
      'psr-mod-urgent',
      { answers: bridging },
      {
        yes: route('psr-modification-permitted', 'urgent', 'psr-2023'),
        no: ask('psr-mod-continuity'),
        'not-sure': ask('psr-mod-continuity'),
      },
    )
    routes(
      'psr-mod-continuity',
      { answers: { ...bridging, 'psr-mod-urgent': 'no' } },
      {
        yes: route('psr-modification-permitted', 'continuity', 'psr-2023'),
        no: route('modification-not-permitted', 'over-value-cap', 'psr-2023'),
        'not-sure': route('modification-not-permitted', 'over-value-cap', 'psr-2023'),
      },
    )
  })
  describe('in Wales, a bridging extension of a different character', () => {
    routes(
      'psr-mod-continuity',
      {
        answers: {
          ...psrWales,
          ...figures,
          'mod-supplier-change': 'no',
          'mod-extends-term': 'yes',
          'mod-bridging': 'yes',
          'mod-changes-nature': 'not-sure',
          'mod-provided-for': 'no',
          'psr-mod-urgent': 'no',
        },
      },
      {
        yes: route('psr-modification-permitted', 'continuity', 'psr-wales-2025'),
        no: route('modification-not-permitted', 'no-ground', 'psr-wales-2025'),
        'not-sure': route('modification-not-permitted', 'no-ground', 'psr-wales-2025'),
      },
    )
  })
})

const actGrounds: Answers = {
  ...actCouncil,
  ...sameSupplier,
  'mod-changes-nature': 'no',
  'mod-provided-for': 'no',
}

describe('8.4 mod-new-kind-of-supply (tests A5 and A6)', () => {
  describe('no extension, within the 10% caps', () => {
    routes(
      'mod-new-kind-of-supply',
      { answers: { ...actGrounds, ...figures } },
      {
        yes: ask('mod-unforeseeable'),
        no: ask('mod-favours-supplier'),
        'not-sure': ask('mod-unforeseeable'),
      },
    )
  })
  describe('an extension over 10% of the term, within the 10% caps', () => {
    routes(
      'mod-new-kind-of-supply',
      {
        answers: {
          ...actGrounds,
          ...figures,
          'mod-extends-term': 'yes',
          'mod-bridging': 'no',
          'mod-max-term-months': 36,
          'mod-extension-months': 4,
        },
      },
      {
        yes: ask('mod-unforeseeable'),
        no: route('modification-minor', 'below-threshold-modification', 'pa-2023'),
        'not-sure': ask('mod-unforeseeable'),
      },
    )
  })
  describe('a change of nature goes on to the known risk', () => {
    routes(
      'mod-new-kind-of-supply',
      { answers: { ...actGrounds, ...thirtyPercent, 'mod-changes-nature': 'yes' } },
      {
        yes: ask('mod-known-risk'),
        no: ask('mod-favours-supplier'),
        'not-sure': ask('mod-known-risk'),
      },
    )
  })
})

describe('8.4 mod-favours-supplier', () => {
  describe('under the Act (test A5, then A6)', () => {
    routes(
      'mod-favours-supplier',
      { answers: { ...actGrounds, ...figures, 'mod-new-kind-of-supply': 'no' } },
      {
        yes: route('modification-minor', 'below-threshold-modification', 'pa-2023'),
        no: route('modification-permitted', 'not-substantial', 'pa-2023'),
        'not-sure': route('modification-minor', 'below-threshold-modification', 'pa-2023'),
      },
    )
    routes(
      'mod-favours-supplier',
      { answers: { ...actGrounds, ...thirtyPercent, 'mod-new-kind-of-supply': 'no' } },
      {
        yes: ask('mod-unforeseeable'),
        no: route('modification-permitted', 'not-substantial', 'pa-2023'),
        'not-sure': ask('mod-unforeseeable'),
      },
    )
  })
  describe('under the 2015 Regulations (test B5)', () => {
    routes(
      'mod-favours-supplier',
      {
        answers: {
          ...pcrCouncil,
          ...thirtyPercent,
          ...sameSupplier,
          'mod-changes-nature': 'no',
          'mod-provided-for': 'no',
        },
      },
      {
        yes: ask('mod-unforeseeable'),
        no: ask('mod-would-attract-others'),
        'not-sure': ask('mod-unforeseeable'),
      },
    )
  })
})

const pcrGrounds: Answers = {
  ...pcrCouncil,
  ...thirtyPercent,
  ...sameSupplier,
  'mod-changes-nature': 'no',
  'mod-provided-for': 'no',
  'mod-favours-supplier': 'no',
}

describe('8.4 mod-would-attract-others and mod-scope-considerable (test B5)', () => {
  routes(
    'mod-would-attract-others',
    { answers: pcrGrounds },
    {
      yes: ask('mod-unforeseeable'),
      no: ask('mod-scope-considerable'),
      'not-sure': ask('mod-unforeseeable'),
    },
  )
  describe('in Scotland', () => {
    routes(
      'mod-scope-considerable',
      {
        answers: {
          ...scottishCouncil,
          ...thirtyPercent,
          ...sameSupplier,
          'mod-changes-nature': 'no',
          'mod-provided-for': 'no',
          'mod-favours-supplier': 'no',
          'mod-would-attract-others': 'no',
        },
      },
      {
        yes: ask('mod-unforeseeable'),
        no: route('modification-permitted', 'not-substantial', 'pcr-scotland-2015'),
        'not-sure': ask('mod-unforeseeable'),
      },
    )
  })
})

describe('8.4 mod-unforeseeable (tests A7 and B6)', () => {
  describe('under the Act, within 50% of Vnow', () => {
    routes(
      'mod-unforeseeable',
      {
        answers: {
          ...actGrounds,
          ...thirtyPercent,
          'mod-new-kind-of-supply': 'yes',
        },
      },
      {
        yes: route('modification-permitted', 'unforeseeable', 'pa-2023'),
        no: ask('mod-known-risk'),
        'not-sure': ask('mod-known-risk'),
      },
    )
  })
  // £550,000 is 45.8% of Vnow (£1.2m) but 55% of V0 (£1m).
  const overHalfOfOriginal = {
    'mod-original-value': 1_000_000,
    'mod-earlier-changes-value': 200_000,
    'mod-change-value': 550_000,
  }
  describe('under the Act the cap is of Vnow', () => {
    routes(
      'mod-unforeseeable',
      { answers: { ...actGrounds, ...overHalfOfOriginal, 'mod-new-kind-of-supply': 'yes' } },
      {
        yes: route('modification-permitted', 'unforeseeable', 'pa-2023'),
        no: ask('mod-known-risk'),
        'not-sure': ask('mod-known-risk'),
      },
    )
  })
  describe('under the 2015 Regulations the cap is of V0', () => {
    routes(
      'mod-unforeseeable',
      {
        answers: {
          ...pcrGrounds,
          ...overHalfOfOriginal,
          'mod-favours-supplier': 'yes',
        },
      },
      {
        yes: ask('mod-additional-supplies'),
        no: ask('mod-additional-supplies'),
        'not-sure': ask('mod-additional-supplies'),
      },
    )
    routes(
      'mod-unforeseeable',
      { answers: { ...pcrGrounds, 'mod-would-attract-others': 'yes' } },
      {
        yes: route('modification-permitted', 'unforeseeable', 'pcr-2015'),
        no: ask('mod-additional-supplies'),
        'not-sure': ask('mod-additional-supplies'),
      },
    )
  })
})

describe('8.4 mod-known-risk and mod-additional-supplies (tests A8, A9 and B7)', () => {
  const act = {
    ...actGrounds,
    ...thirtyPercent,
    'mod-new-kind-of-supply': 'yes',
    'mod-unforeseeable': 'no',
  }
  routes(
    'mod-known-risk',
    { answers: act },
    {
      yes: route('modification-permitted', 'known-risk', 'pa-2023'),
      no: ask('mod-additional-supplies'),
      'not-sure': ask('mod-additional-supplies'),
    },
  )
  routes(
    'mod-additional-supplies',
    { answers: { ...act, 'mod-known-risk': 'no' } },
    {
      yes: route('modification-permitted', 'additional-supplies', 'pa-2023'),
      no: ask('mod-urgent'),
      'not-sure': ask('mod-urgent'),
    },
  )
  describe('under the Scottish regulations', () => {
    routes(
      'mod-additional-supplies',
      {
        answers: {
          ...scottishCouncil,
          ...thirtyPercent,
          ...sameSupplier,
          'mod-changes-nature': 'yes',
          'mod-provided-for': 'no',
        },
      },
      {
        yes: route('modification-permitted', 'additional-supplies', 'pcr-scotland-2015'),
        no: ask('mod-urgent'),
        'not-sure': ask('mod-urgent'),
      },
    )
  })
})

describe('8.4 mod-urgent, and the variant of modification-not-permitted (8.5.5)', () => {
  const act = {
    ...actGrounds,
    ...thirtyPercent,
    'mod-new-kind-of-supply': 'yes',
    'mod-unforeseeable': 'no',
    'mod-known-risk': 'no',
    'mod-additional-supplies': 'no',
  }
  describe('under the Act urgency is a ground for the change', () => {
    routes(
      'mod-urgent',
      { answers: act },
      {
        yes: route('modification-permitted', 'urgency', 'pa-2023'),
        no: route('modification-not-permitted', 'no-ground', 'pa-2023'),
        'not-sure': route('modification-not-permitted', 'no-ground', 'pa-2023'),
      },
    )
  })
  describe('under the Act, a known risk over the 50% cap', () => {
    routes(
      'mod-urgent',
      { answers: { ...act, 'mod-known-risk': 'yes', 'mod-change-value': 1_000_001 } },
      {
        yes: route('modification-permitted', 'urgency', 'pa-2023'),
        no: route('modification-not-permitted', 'over-value-cap', 'pa-2023'),
        'not-sure': route('modification-not-permitted', 'over-value-cap', 'pa-2023'),
      },
    )
  })
  const pcr = {
    ...pcrGrounds,
    'mod-changes-nature': 'yes',
    'mod-additional-supplies': 'no',
  }
  describe('under the 2015 Regulations urgency only allows a short new contract', () => {
    routes(
      'mod-urgent',
      { answers: pcr },
      {
        yes: route('modification-not-permitted', 'urgent-direct-award', 'pcr-2015'),
        no: route('modification-not-permitted', 'no-ground', 'pcr-2015'),
        'not-sure': route('modification-not-permitted', 'no-ground', 'pcr-2015'),
      },
    )
  })
  describe('under the 2015 Regulations, extra supplies over 50% of V0', () => {
    routes(
      'mod-urgent',
      { answers: { ...pcr, 'mod-additional-supplies': 'yes', 'mod-change-value': 1_000_001 } },
      {
        yes: route('modification-not-permitted', 'urgent-direct-award', 'pcr-2015'),
        no: route('modification-not-permitted', 'over-value-cap', 'pcr-2015'),
        'not-sure': route('modification-not-permitted', 'over-value-cap', 'pcr-2015'),
      },
    )
  })
})
