// The references of the changes journey (decision model 5.3 and 8.8), created once here and
// cited by the five route files. Provisions from legal-facts.md, "Changing existing contracts".
import { PA, PCR, PCS } from '../legislation'
import { ref } from '../reference'

const PSR = 'https://www.legislation.gov.uk/uksi/2023/1348'
const PSRW = 'https://www.legislation.gov.uk/wsi/2025/99'

const act = (label: string, citation: string, path: string) =>
  ref('pa-2023', label, `Procurement Act 2023, ${citation}`, `${PA}/${path}`)

/** Procurement Act 2023: ss.74-78, Schedule 8, remedies and records. */
export const actRefs = {
  permittedModification: act(
    'When a public or convertible contract may be modified',
    's.74(1)',
    'section/74',
  ),
  lightTouch: act(
    'A light touch contract may be modified; a change of supplier only on a corporate restructuring',
    's.74(2) and (9)',
    'section/74',
  ),
  substantial: act(
    'Substantial modifications: term over 10%, scope, economic balance; what a change of scope is',
    's.74(1)(b), (3) and (5)',
    'section/74',
  ),
  belowThresholdModification: act(
    'Below-threshold modifications and their aggregated value',
    's.74(1)(c), (4) and (6)',
    'section/74',
  ),
  splitting: act(
    'Changes that could reasonably have been made together are tested together',
    's.74(7)-(8) and s.75(4)-(5)',
    'section/74',
  ),
  supplierChange: act(
    'The supplier may not be changed except on a corporate restructuring',
    's.74(9)',
    'section/74',
  ),
  newAwardNeeded: act(
    'Part 3 is lifted only for a modification made in accordance with s.74',
    's.74(10)',
    'section/74',
  ),
  changeNotice: act(
    'Contract change notice before the modification, and when none is needed',
    's.75(1)-(5)',
    'section/75',
  ),
  noticeExceptions: act(
    'Contracts outside the notice duty: light touch and transferred Northern Ireland authorities',
    's.75(6)',
    'section/75',
  ),
  voluntaryStandstill: act(
    'Voluntary standstill of at least 8 working days in a contract change notice',
    's.76',
    'section/76',
  ),
  publishModification: act(
    'Publication of the modified contract, or the modification, over £5 million, within 90 days',
    's.77',
    'section/77',
  ),
  terminationTerm: act(
    'Implied term allowing termination of a contract modified in material breach of the Act',
    's.78(2)(a)',
    'section/78',
  ),
  records: act('Records of material decisions, kept for three years', 's.98', 'section/98'),
  remedies: act(
    'Suspension during a standstill, setting aside, and time limits for a claim',
    'ss.101 and 104-106',
    'section/105',
  ),
  objectives: act(
    'Procurement objectives, which apply to managing a contract',
    's.12 and s.1(1)(b)',
    'section/12',
  ),
  lightTouchContract: act('Light touch contracts', 's.9', 'section/9'),
  publicContract: act(
    'Public contracts and below-threshold contracts',
    's.3 and s.5(5)',
    'section/3',
  ),
  providedFor: act(
    'Modification provided for in the contract',
    'Schedule 8, paragraph 1',
    'schedule/8',
  ),
  urgency: act(
    'Modification for urgency or protection of life, by reference to a direct award under s.41',
    'Schedule 8, paragraphs 2 and 3',
    'schedule/8',
  ),
  unforeseeable: act(
    'Unforeseeable circumstances, up to a 50% increase',
    'Schedule 8, paragraph 4',
    'schedule/8',
  ),
  knownRisk: act(
    'Materialisation of a known risk, up to a 50% increase',
    'Schedule 8, paragraphs 5 to 7',
    'schedule/8',
  ),
  additionalSupplies: act(
    'Additional goods, services or works, up to a 50% increase',
    'Schedule 8, paragraph 8',
    'schedule/8',
  ),
  restructuring: act(
    'Transfer to a new supplier following a corporate restructuring',
    'Schedule 8, paragraph 9',
    'schedule/8',
  ),
  directAward: act('Direct award in special cases', 's.41', 'section/41'),
  extremeUrgency: act(
    'Extreme and unavoidable urgency',
    'Schedule 5, paragraphs 13 and 14',
    'schedule/5',
  ),
  incompatibility: act(
    'Direct award of additional goods, services or works where a new supplier would cause incompatibility',
    'Schedule 5, paragraph 7',
    'schedule/5',
  ),
  transparencyNotice: act('Transparency notice before a direct award', 's.44', 'section/44'),
  urgentAwardStandstill: act(
    'No mandatory standstill for an urgent direct award; a voluntary standstill',
    's.51(3)(a) and (4)-(5)',
    'section/51',
  ),
  contractDetailsNotice: act(
    'Contract details notice: 30 days, or 120 days for a light touch contract',
    's.53(1)',
    'section/53',
  ),
}

/** The Procurement Regulations 2024, reg 40: what a contract change notice contains. */
export const changeNoticeContent = ref(
  'procurement-regs-2024',
  'Contract change notices: the information they contain',
  'Procurement Regulations 2024, reg 40',
  'https://www.legislation.gov.uk/uksi/2024/692/regulation/40',
)

/** Devolved Welsh authorities publish change notices through the Welsh digital platform. */
export const welshPlatform = ref(
  'procurement-wales-regs-2024',
  'Contract change notices and s.77 publications go through the Welsh digital platform',
  'Procurement (Wales) Regulations 2024, reg 5(5)(s)-(u)',
  'https://www.legislation.gov.uk/wsi/2024/782/regulation/5',
)

/** The Cabinet Office's guidance on modifications under the Act. */
export const modificationsGuidance = ref(
  'co-contract-modifications-guidance',
  'Contract modifications under the Act: the ten grounds; light touch and below-threshold contracts',
  'Cabinet Office, Guidance: Contract Modifications (updated 4 September 2024)',
)

/** The 2015 Regulations still govern contracts awarded, and procurements begun, before 24 February 2025. */
export const pcrSaving = ref(
  'pa-2023-transitional',
  'The 2015 Regulations continue to govern contracts procured under them',
  'SI 2024/716, reg 5(1), (3) and (4)(a)',
  'https://www.legislation.gov.uk/uksi/2024/716/regulation/5',
)

/** Regulation 72 of the 2015 Regulations (PCR) or of the Scottish regulations (PCS Regs). */
function reg72(
  source: 'pcr-2015' | 'pcs-regs-2015',
  label: string,
  paragraphs: string,
  path = 'regulation/72',
) {
  const [instrument, base] =
    source === 'pcr-2015'
      ? ['Public Contracts Regulations 2015', PCR]
      : ['Public Contracts (Scotland) Regulations 2015', PCS]
  return ref(source, label, `${instrument}, ${paragraphs}`, `${base}/${path}`)
}

/** The references of regulation 72 and its neighbours, for either set of 2015 Regulations. */
export function regulationsRefs(source: 'pcr-2015' | 'pcs-regs-2015') {
  return {
    providedFor: reg72(
      source,
      'Modifications provided for in clear, precise and unequivocal review clauses or options',
      'reg 72(1)(a)',
    ),
    reviewClauseSupplier: reg72(
      source,
      'A new contractor under an unequivocal review clause',
      'reg 72(1)(d)(i)',
    ),
    restructuring: reg72(
      source,
      'A new contractor succeeding after a takeover, merger, acquisition or insolvency',
      'reg 72(1)(d)(ii)',
    ),
    notSubstantial: reg72(
      source,
      'Modifications that are not substantial, and what makes one substantial',
      'reg 72(1)(e) and (8)',
    ),
    unforeseeable: reg72(
      source,
      'Circumstances a diligent authority could not have foreseen, up to 50% for each change',
      'reg 72(1)(c), (2) and (3)',
    ),
    additionalSupplies: reg72(
      source,
      'Additional works, services or supplies from the original contractor, up to 50% for each change',
      'reg 72(1)(b), (2) and (3)',
    ),
    deMinimis: reg72(
      source,
      'Changes below both the threshold and 10% (15% for works) of the initial value',
      'reg 72(1)(f) and (5)-(7)',
    ),
    splitting: reg72(
      source,
      'Successive modifications must not aim to get round the rules',
      'reg 72(2)(b)',
    ),
    modificationNotice: reg72(
      source,
      'Modification notice after a change under (1)(b) or (c)',
      'reg 72(3)-(4)',
    ),
    supplierChange: reg72(
      source,
      'Replacing the contractor other than under (1)(d) is substantial',
      'reg 72(8)(e)',
    ),
    newProcedure: reg72(
      source,
      'Other modifications need a new procurement procedure',
      'reg 72(9)',
    ),
    termination: reg72(
      source,
      'Contracts must allow termination after a substantial modification',
      'reg 73(1)(a)',
      'regulation/73',
    ),
    scope: reg72(
      source,
      'The Part containing reg 72 applies at or above the thresholds',
      'reg 5',
      'regulation/5',
    ),
  }
}

/** The Procurement Pathway page on reg 72: the modification notice goes on Find a Tender. */
export const pathwayReg72 = ref(
  'pathway-pcr-reg-72',
  'Reg 72: the permitted grounds, and a modification notice on Find a Tender for grounds (b) and (c)',
  'Procurement Pathway, Reg. 72 (PCR 2015): modification of contracts during their term',
)

/** Provider Selection Regime, England (SI 2023/1348). */
const psrEngland = (label: string, reg: string, path: string) =>
  ref('psr-2023', label, `SI 2023/1348, ${reg}`, `${PSR}/regulation/${path}`)
/** Provider Selection Regime, Wales (WSI 2025/99, as made). */
const psrWales = (label: string, reg: string, path: string) =>
  ref('psr-wales-2025', label, `WSI 2025/99, ${reg}`, `${PSRW}/regulation/${path}/made`)

export const psrRefs = {
  england: {
    originalDirectAward: psrEngland(
      'Contracts awarded by Direct Award Process A or B',
      'reg 13(3)',
      '13',
    ),
    providedFor: psrEngland(
      'Modification clearly and unambiguously provided for in the contract documents',
      'reg 13(1)(a)',
      '13',
    ),
    succession: psrEngland(
      'A new provider solely by succession, meeting the basic selection criteria',
      'reg 13(1)(b)',
      '13',
    ),
    externalFactors: psrEngland(
      'A response to external factors beyond both parties’ control',
      'reg 13(1)(c)',
      '13',
    ),
    withinValueLimits: psrEngland(
      'A change attributable to your decision: below £500,000 or less than 25%',
      'reg 13(1)(d) and (2)',
      '13',
    ),
    notice: psrEngland(
      'Notice of a modification of £500,000 or more, within 30 days (Schedule 12)',
      'reg 13(4)-(5)',
      '13',
    ),
    urgent: psrEngland(
      'Urgent modification, and its notice within 30 days (Schedule 14)',
      'reg 14(2) and (4)-(5)',
      '14',
    ),
    continuity: psrEngland(
      'Modification to keep a service running during a new award’s standstill',
      'reg 14(3)',
      '14',
    ),
    termination: psrEngland(
      'Contracts must allow termination where a change needed a new process',
      'reg 22(1)(a)',
      '22',
    ),
    records: psrEngland('Records of decisions', 'reg 24', '24'),
    annualSummary: psrEngland(
      'Annual summary, which counts urgent modifications',
      'reg 25(2)(f)',
      '25',
    ),
    principles: psrEngland('Procurement principles', 'reg 4', '4'),
    processes: psrEngland(
      'Choosing a process for a new contract, and the considerable change test',
      'reg 6',
      '6',
    ),
    directAwardC: psrEngland('Direct Award Process C', 'reg 9', '9'),
    urgentAward: psrEngland('Urgent award', 'reg 14(2)', '14'),
    transitional: psrEngland(
      'The regime governs changes to contracts awarded before it',
      'reg 29(2)',
      '29',
    ),
  },
  wales: {
    originalDirectAward: psrWales('Contracts awarded by Direct Award Process 1', 'reg 13(1)', '13'),
    providedFor: psrWales(
      'Modification clearly and unambiguously provided for in the contract',
      'reg 13(4)(a)',
      '13',
    ),
    succession: psrWales(
      'A new provider solely by succession, meeting the basic selection criteria',
      'reg 13(4)(b)',
      '13',
    ),
    externalFactors: psrWales(
      'A response to external factors beyond both parties’ control',
      'reg 13(4)(c)',
      '13',
    ),
    withinValueLimits: psrWales(
      'A change attributable to your decision: below £500,000 or less than 25%',
      'reg 13(4)(d) and (5)',
      '13',
    ),
    notice: psrWales(
      'Notice of a modification of £500,000 or more, within 30 days (Schedule 13)',
      'reg 13(6)-(7) and reg 24',
      '13',
    ),
    urgent: psrWales(
      'Urgent modification, and its notice within 30 days (Schedule 15)',
      'reg 14(1)-(2) and (5)-(6)',
      '14',
    ),
    continuity: psrWales(
      'Modification to keep a service running during a new award’s standstill',
      'reg 14(3)-(4)',
      '14',
    ),
    termination: psrWales(
      'Termination where a change needed a new process (the text refers to reg 14)',
      'reg 28(1)(a)',
      '28',
    ),
    records: psrWales('Records, kept for three years', 'reg 30', '30'),
    annualSummary: psrWales(
      'Annual summary, which counts urgent modifications',
      'reg 31(2)(i)',
      '31',
    ),
    principles: psrWales('Procurement principles', 'reg 5', '5'),
    processes: psrWales(
      'Choosing a process for a new contract, and the considerable change test',
      'reg 7',
      '7',
    ),
    directAward2: psrWales('Direct Award Process 2', 'reg 9', '9'),
    urgentAward: psrWales('Urgent award', 'reg 14(1)-(2)', '14'),
    transitional: psrWales(
      'The regime governs changes made on or after 24 February 2025',
      'reg 33(2)',
      '33',
    ),
  },
}

/** The Welsh Government's consultation text: modifications must not be used to avoid a new award. */
export const welshModificationWarning = ref(
  'wg-psr-modification-consultation',
  'Modifications must not be used to get round the regulations when a contract ends (consultation text)',
  'Welsh Government, Provider Selection Regime statutory guidance consultation, section 7',
)
