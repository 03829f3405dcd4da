import type { RegimeId } from '../regimes'
import { isOutsideProcurement, type RouteId } from '../routes'
import { scottishRegulatedProcurement } from '../thresholds'
import { formatPounds } from './money'
import { ref } from './reference'
import type { Jurisdiction, Reference } from './route-content'

/**
 * The social value note of a result: the duties of the jurisdiction under the regime, in
 * plain words, with their references. Only facts confirmed in legal-check.md §7 and §10
 * (and the legislation text) are stated; anything else is put as "check".
 */

const PA = 'https://www.legislation.gov.uk/ukpga/2023/54'

type Note = { sentences: string[]; references: Reference[] }

const refs = {
  s12: () =>
    ref(
      'pa-2023',
      'Covered procurement objectives: maximising public benefit',
      'Procurement Act 2023, s.12',
      `${PA}/section/12`,
    ),
  s13: () =>
    ref(
      'pa-2023',
      'Duty to have regard to the National Procurement Policy Statement',
      'Procurement Act 2023, s.13',
      `${PA}/section/13`,
    ),
  s14: () =>
    ref(
      'pa-2023',
      'The Wales procurement policy statement',
      'Procurement Act 2023, s.14',
      `${PA}/section/14`,
    ),
  npps: () =>
    ref(
      'npps-2025',
      'National Procurement Policy Statement',
      'National Procurement Policy Statement (2025)',
    ),
  sva: () =>
    ref(
      'social-value-act-2012',
      'Duty to consider economic, social and environmental well-being before procuring services',
      'Public Services (Social Value) Act 2012, s.1',
      'https://www.legislation.gov.uk/ukpga/2012/3/section/1',
    ),
  sppp: () =>
    ref(
      'sppp-wales-2023',
      'Socially responsible procurement duty',
      'Social Partnership and Public Procurement (Wales) Act 2023, s.24',
      'https://www.legislation.gov.uk/asc/2023/1/section/24',
    ),
  prsa: () =>
    ref(
      'procurement-reform-scotland-2014',
      'Sustainable procurement duty',
      'Procurement Reform (Scotland) Act 2014, s.9',
      'https://www.legislation.gov.uk/asp/2014/12/section/9',
    ),
  ppn0121: () =>
    ref('ni-ppn-01-21', 'Scoring social value: at least 10% of the award criteria', 'NI PPN 01/21'),
  niPolicyScope: () =>
    ref(
      'ni-public-procurement-policy',
      'Who Northern Ireland public procurement policy binds',
      'Northern Ireland Public Procurement Policy (Department of Finance)',
    ),
  publicContract: () =>
    ref(
      'pa-2023',
      'Public contracts: an exempted contract is not one',
      'Procurement Act 2023, s.3',
      `${PA}/section/3`,
    ),
  svaExempted: () =>
    ref(
      'si-2025-163',
      'Social Value Act: the contracts it covers (public services contracts, and light touch contracts that are not exempted and reach the central or sub-central threshold)',
      'SI 2025/163, reg 7(2)(f), substituting s.1(16)-(17) of the 2012 Act',
      'https://www.legislation.gov.uk/uksi/2025/163/regulation/7',
    ),
  wgExempted: () =>
    ref(
      'wg-pa-exempted-contracts',
      'Exempted contracts stay bound by the Act’s general procurement duties, such as the Wales procurement policy statement',
      'Welsh Government, Procurement Act 2023 guidance: exempted contracts',
    ),
  prsaExcluded: () =>
    ref(
      'procurement-reform-scotland-2014',
      'Excluded contracts',
      'Procurement Reform (Scotland) Act 2014, s.4',
      'https://www.legislation.gov.uk/asp/2014/12/section/4',
    ),
}

const measure =
  'Write the social value you want into the award criteria and the contract, so you can measure it.'

const s12Sentence =
  'For a public contract above the threshold, the Procurement Act 2023 requires you to have regard to maximising public benefit (s.12).'

function nppsSentence(route: RouteId | undefined): string {
  return route === 'framework-call-off'
    ? 'The duty to have regard to the National Procurement Policy Statement (s.13) does not apply to a call-off under a framework or dynamic market.'
    : 'You must also have regard to the National Procurement Policy Statement (s.13), except when you award a call-off under a framework or dynamic market.'
}

const svaAboveThreshold =
  'Above the threshold, the Public Services (Social Value) Act 2012 applies to services contracts.'
const svaConsider =
  'Before you start, consider how the service could improve your area’s economic, social and environmental well-being.'
const svaSentences = [svaAboveThreshold, svaConsider]

/**
 * Under the Procurement Act the Social Value Act covers services contracts above the threshold,
 * and light touch contracts from the central or sub-central threshold, not the light touch one
 * (s.1(16)-(17) as substituted by SI 2025/163 reg 7(2)(f)): legal review 2026-12 A, I9, for England.
 */
const svaPaSentences = [
  svaAboveThreshold,
  'For light touch services it applies from the central or sub-central government threshold, not the higher light touch one.',
  svaConsider,
]

const spppSentences = [
  'The Social Partnership and Public Procurement (Wales) Act 2023 may apply to your organisation.',
  'If it does, you must seek to improve your area’s well-being through socially responsible procurement (s.24).',
]

/**
 * NI PPN 01/21 (Department of Finance, finance-ni.gov.uk/node/52522): at least 10% of the total
 * award criteria for social value, for service contracts above £138,760 and construction
 * contracts above the works threshold. That trigger is not the light touch threshold (legal
 * review 2026-12 A, I9). Northern Ireland public procurement policy is the Executive's policy for
 * departments, their agencies, NDPBs and public corporations (Department of Finance).
 */
const NI_PPN_SERVICES_TRIGGER = 138_760

const ppnSentences = [
  'In Northern Ireland, PPN 01/21 requires tenders to give social value at least 10% of the total award criteria.',
  `The Department of Finance applies it to service contracts above ${formatPounds(NI_PPN_SERVICES_TRIGGER)} and construction contracts above the works threshold.`,
  'It is Executive policy for departments, their agencies and arm’s-length bodies; other bodies, such as councils, should check whether it binds them.',
]

const scottishDutySentences = [
  'Before a regulated procurement, you must consider how it can improve your area’s economic, social and environmental wellbeing (s.9).',
  `A regulated procurement is one of ${formatPounds(scottishRegulatedProcurement.amount)} or more for goods and services, excluding VAT.`,
]

const scottishReservedSentence =
  'The sustainable procurement duty of the Procurement Reform (Scotland) Act 2014 binds devolved Scottish bodies, not reserved ones: check which you are.'

function outside(jurisdiction: Jurisdiction): Note {
  const keep =
    'You can still agree social outcomes with the recipient, write them into the agreement and ask for reports on them.'
  switch (jurisdiction) {
    case 'wales':
      return {
        sentences: [
          'The socially responsible procurement duty in s.24 of the Social Partnership and Public Procurement (Wales) Act 2023 covers procurement.',
          'It does not cover grants, asset transfers or partnerships that buy nothing.',
          keep,
        ],
        references: [refs.sppp()],
      }
    case 'scotland':
      return {
        sentences: [
          'The sustainable procurement duty in s.9 of the Procurement Reform (Scotland) Act 2014 applies to regulated procurements.',
          'It does not apply to grants, asset transfers or partnerships that buy nothing.',
          keep,
        ],
        references: [refs.prsa()],
      }
    case 'northern-ireland':
      return {
        sentences: [
          'PPN 01/21 on scoring social value applies to tenders, not to grants, asset transfers or partnerships that buy nothing.',
          keep,
        ],
        references: [refs.ppn0121()],
      }
    default:
      return {
        sentences: [
          'The Public Services (Social Value) Act 2012 applies when you procure services, not to grants, asset transfers or partnerships that buy nothing.',
          keep,
        ],
        references: [refs.sva()],
      }
  }
}

function paNote(jurisdiction: Jurisdiction, route: RouteId | undefined): Note {
  switch (jurisdiction) {
    case 'wales':
      return {
        sentences: [
          ...spppSentences,
          route === 'framework-call-off'
            ? 'The Wales procurement policy statement (Procurement Act 2023, s.14) does not apply to a call-off under a framework or dynamic market.'
            : 'A devolved Welsh authority must have regard to the Wales procurement policy statement (Procurement Act 2023, s.14).',
          'The National Procurement Policy Statement does not apply to it, except for procurement under a reserved arrangement (s.13(10)).',
          s12Sentence,
          'Check with your procurement team whether the Public Services (Social Value) Act 2012 applies to your organisation.',
        ],
        references: [refs.sppp(), refs.s14(), refs.s13(), refs.s12()],
      }
    case 'northern-ireland':
      return {
        sentences: [
          ...ppnSentences,
          'The National Procurement Policy Statement does not apply to a transferred Northern Ireland authority, except for procurement under a reserved arrangement (s.13(10)).',
          s12Sentence,
        ],
        references: [refs.ppn0121(), refs.niPolicyScope(), refs.s13(), refs.s12()],
      }
    case 'scotland':
      return {
        sentences: [s12Sentence, nppsSentence(route), scottishReservedSentence, measure],
        references: [refs.s12(), refs.s13(), refs.npps(), refs.prsa()],
      }
    default:
      return {
        sentences: [s12Sentence, nppsSentence(route), ...svaPaSentences, measure],
        references: [refs.s12(), refs.s13(), refs.npps(), refs.sva(), refs.svaExempted()],
      }
  }
}

function pcrNote(jurisdiction: Jurisdiction): Note {
  switch (jurisdiction) {
    case 'wales':
      return {
        sentences: [
          'Check with your procurement team whether the Public Services (Social Value) Act 2012 applies to your organisation.',
          'Check too whether the socially responsible procurement duty in s.24 of the Social Partnership and Public Procurement (Wales) Act 2023 applied when your procurement began.',
          measure,
        ],
        references: [refs.sva(), refs.sppp()],
      }
    case 'northern-ireland':
      return {
        sentences: [...ppnSentences, measure],
        references: [refs.ppn0121(), refs.niPolicyScope()],
      }
    case 'scotland':
      return { sentences: [scottishReservedSentence, measure], references: [refs.prsa()] }
    default:
      return { sentences: [...svaSentences, measure], references: [refs.sva()] }
  }
}

function pcsNote(jurisdiction: Jurisdiction): Note {
  if (jurisdiction !== 'scotland') {
    return {
      sentences: [
        'You are calling off a framework set up under the Scottish regulations.',
        'Your own organisation’s social value duties still apply: check them with your procurement team.',
        measure,
      ],
      references: [refs.prsa()],
    }
  }
  return {
    sentences: [
      ...scottishDutySentences,
      'Consider too how to make it easier for small businesses, the third sector and supported businesses to take part, and how to promote innovation.',
      measure,
    ],
    references: [refs.prsa()],
  }
}

/**
 * Public-public results (legal review 2026-12 B, #6). A contract exempted by PA 2023 Schedule 2
 * paragraph 2 or 3 is not a public contract (s.3), so its award is not covered procurement
 * (s.1(1)(b)) and the s.12 objectives do not apply; the Social Value Act covers only public
 * contracts and light touch contracts that are not exempted (s.1(16), SI 2025/163 reg 7(2)(f)).
 * Duties tied to "procurement" in general, the NPPS (s.13(9)) and the WPPS (s.14(8)), may still
 * apply (Welsh Government exempted contracts guidance, para 5). Under the 2015 Regulations the
 * Social Value Act followed the Regulations, which reg 12 disapplies: put as a check. Scotland:
 * whether a reg 13 contract is an excluded contract under PR(S)A s.4, so that s.9 does not
 * apply, is unconfirmed: put as a check.
 */
function publicPublicNote(jurisdiction: Jurisdiction, regime: RegimeId): Note {
  const keep =
    'You can still agree social outcomes with the other body, write them into the agreement and ask for reports on them.'
  const notCovered = [
    'An exempted public-public contract is not a public contract under the Procurement Act 2023, so awarding it is not a covered procurement (ss.1 and 3).',
    'The covered procurement objectives in s.12, such as maximising public benefit, do not apply to it.',
  ]
  if (regime === 'pcr-scotland-2015') {
    return {
      sentences: [
        'Regulation 13 of the Public Contracts (Scotland) Regulations 2015 takes this contract outside those Regulations.',
        'The sustainable procurement duty (s.9 of the Procurement Reform (Scotland) Act 2014) applies to regulated procurements, and s.4 of that Act excludes some contracts.',
        'Check with your legal team whether the duty reaches this arrangement.',
        keep,
      ],
      references: [refs.prsa(), refs.prsaExcluded()],
    }
  }
  if (regime === 'pcr-2015') {
    const byNation: Record<Jurisdiction, { sentences: string[]; references: Reference[] }> = {
      england: {
        sentences: [
          'The Public Services (Social Value) Act 2012 applied to contracts the 2015 Regulations govern, so check with your legal team whether it reaches this one.',
        ],
        references: [refs.sva()],
      },
      wales: {
        sentences: [
          'Check with your legal team whether the Public Services (Social Value) Act 2012 reaches this arrangement.',
          'Check too whether the socially responsible procurement duty in s.24 of the Social Partnership and Public Procurement (Wales) Act 2023 applied when it began.',
        ],
        references: [refs.sva(), refs.sppp()],
      },
      'northern-ireland': {
        sentences: [
          'PPN 01/21 sets a social value weighting for tenders: check with your procurement team whether any of its requirements apply without one.',
        ],
        references: [refs.ppn0121()],
      },
      scotland: { sentences: [scottishReservedSentence], references: [refs.prsa()] },
    }
    const own = byNation[jurisdiction]
    return {
      sentences: [
        'Regulation 12 of the Public Contracts Regulations 2015 takes this contract outside their procurement rules.',
        ...own.sentences,
        keep,
      ],
      references: own.references,
    }
  }
  switch (jurisdiction) {
    case 'wales':
      return {
        sentences: [
          ...notCovered,
          'Welsh Government guidance says exempted contracts stay bound by the Act’s general procurement duties, such as regard to the Wales procurement policy statement (s.14), where the statement applies.',
          'The Public Services (Social Value) Act 2012 does not apply to an exempted contract.',
          'Check whether the socially responsible procurement duty in s.24 of the Social Partnership and Public Procurement (Wales) Act 2023 reaches this arrangement.',
          keep,
        ],
        references: [
          refs.publicContract(),
          refs.s12(),
          refs.s14(),
          refs.wgExempted(),
          refs.svaExempted(),
          refs.sppp(),
        ],
      }
    case 'northern-ireland':
      return {
        sentences: [
          ...notCovered,
          'The National Procurement Policy Statement does not apply to a transferred Northern Ireland authority, except for procurement under a reserved arrangement (s.13(10)).',
          'PPN 01/21 sets a social value weighting for tenders: check with your procurement team whether any of its requirements apply without one.',
          keep,
        ],
        references: [refs.publicContract(), refs.s12(), refs.s13(), refs.ppn0121()],
      }
    case 'scotland':
      return {
        sentences: [
          ...notCovered,
          'The duty to have regard to the National Procurement Policy Statement (s.13) covers procurement generally, not only covered procurement: check how it applies here.',
          scottishReservedSentence,
          keep,
        ],
        references: [refs.publicContract(), refs.s12(), refs.s13(), refs.npps(), refs.prsa()],
      }
    default:
      return {
        sentences: [
          ...notCovered,
          'The Public Services (Social Value) Act 2012 does not apply either: it covers public contracts, and light touch contracts that are not exempted.',
          'The duty to have regard to the National Procurement Policy Statement (s.13) covers procurement generally, not only covered procurement: check how it applies here.',
          keep,
        ],
        references: [
          refs.publicContract(),
          refs.s12(),
          refs.svaExempted(),
          refs.s13(),
          refs.npps(),
        ],
      }
  }
}

const psrEnglandNote: Note = {
  sentences: [
    'Under the Provider Selection Regime, social value is one of the key criteria you weigh when choosing a provider.',
    'NHS England’s statutory guidance explains how to apply the key criteria.',
    'Record how you weighed social value in your decision.',
  ],
  references: [
    ref(
      'psr-2023',
      'Key criteria for selecting providers, social value among them',
      'Health Care Services (Provider Selection Regime) Regulations 2023, reg 5',
      'https://www.legislation.gov.uk/uksi/2023/1348/regulation/5',
    ),
    ref(
      'nhse-psr-guidance',
      'Applying the key criteria',
      'NHS England, Provider Selection Regime statutory guidance',
    ),
  ],
}

const psrWalesNote: Note = {
  sentences: [
    'The Welsh regulations set key criteria for choosing a provider (reg 6): check how social value is weighed within them.',
    'Welsh Government’s draft guidance says relevant authorities must also have regard to the Wales procurement policy statement.',
    'Check with your procurement team how your duties under the Social Partnership and Public Procurement (Wales) Act 2023 apply to these services.',
  ],
  references: [
    ref(
      'psr-wales-2025',
      'Key criteria',
      'WSI 2025/99, reg 6',
      'https://www.legislation.gov.uk/wsi/2025/99/regulation/6/made',
    ),
    ref(
      'wg-psr-guidance',
      'Applying the regime: procurement principles and policy statements (draft guidance)',
      'Welsh Government, Provider Selection Regime draft statutory guidance (2024)',
      'https://gov.wales/health-service-procurement-draft-statutory-guidance-applying-regime-html',
    ),
    refs.sppp(),
  ],
}

/**
 * Outside the procurement rules (issue 15): the organisation is not a contracting authority, or
 * the person buys the service with a direct payment. The duties of each nation bind procurement
 * by public bodies, so they do not reach this purchase; the note says so and keeps the door open.
 */
function outsideRules(jurisdiction: Jurisdiction): Note {
  const opening =
    'Procurement law’s social value duties apply when a contracting authority procures. On your answers, no procurement of yours is governed by that law here.'
  const still =
    'Where public money pays for the service, you can still ask for social value in proportion, and your funders’ conditions may require it.'
  switch (jurisdiction) {
    case 'wales':
      return {
        sentences: [
          opening,
          'The socially responsible procurement duty in s.24 of the Social Partnership and Public Procurement (Wales) Act 2023 covers procurement by the public bodies it names.',
          still,
        ],
        references: [refs.sppp()],
      }
    case 'scotland':
      return {
        sentences: [
          opening,
          'The sustainable procurement duty in s.9 of the Procurement Reform (Scotland) Act 2014 applies to regulated procurements by contracting authorities.',
          still,
        ],
        references: [refs.prsa()],
      }
    case 'northern-ireland':
      return {
        sentences: [opening, 'PPN 01/21 on scoring social value applies to public tenders.', still],
        references: [refs.ppn0121()],
      }
    default:
      return {
        sentences: [
          opening,
          'The Public Services (Social Value) Act 2012 applies when public bodies procure services.',
          still,
        ],
        references: [refs.sva()],
      }
  }
}

/**
 * The social value note for a result. `route` is optional: pass it so that grants, asset
 * transfers and joint ventures (which buy nothing) get a note that fits them, and so that
 * call-offs get the National Procurement Policy Statement exception.
 */
export function socialValueFor(
  jurisdiction: Jurisdiction,
  regime: RegimeId,
  route?: RouteId,
): { text: string; references: Reference[] } {
  const note =
    route === 'outside-procurement-rules'
      ? outsideRules(jurisdiction)
      : route && isOutsideProcurement(route)
        ? outside(jurisdiction)
        : route === 'public-public-exempt'
          ? publicPublicNote(jurisdiction, regime)
          : regime === 'psr-2023'
            ? psrEnglandNote
            : regime === 'psr-wales-2025'
              ? psrWalesNote
              : regime === 'pcr-scotland-2015'
                ? pcsNote(jurisdiction)
                : regime === 'pcr-2015'
                  ? pcrNote(jurisdiction)
                  : paNote(jurisdiction, route)
  const below =
    route === 'below-threshold' && (regime === 'pa-2023' || regime === 'pcr-2015')
      ? [
          'Your contract is below the procurement threshold that applies to it.',
          'Some duties and policies in this note start at a lower figure, for example for light touch services, so check each one’s own trigger before you rule it out.',
          'You can still ask for social value in proportion to the contract.',
        ]
      : []
  return { text: [...below, ...note.sentences].join(' '), references: note.references }
}
