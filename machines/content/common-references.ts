// Legal references cited by two or more route files, created once here so identical ref(...) calls are not repeated.
import { PA, PCR, PCS } from './legislation'
import { ref } from './reference'

/** Base address of the Subsidy Control Act 2022 on legislation.gov.uk. */
export const SCA = 'https://www.legislation.gov.uk/ukpga/2022/23'

export const pa2023 = {
  competitiveFlexibleProcedure: ref(
    'pa-2023',
    'Competitive flexible procedure',
    'Procurement Act 2023, s.20(2)(b)',
    `${PA}/section/20`,
  ),
  lightTouchContracts: ref(
    'pa-2023',
    'Light touch contracts',
    'Procurement Act 2023, s.9',
    `${PA}/section/9`,
  ),
  preliminaryMarketEngagement: ref(
    'pa-2023',
    'Preliminary market engagement and its notice',
    'Procurement Act 2023, ss.16-17',
    `${PA}/section/16`,
  ),
  tenderNotice: ref(
    'pa-2023',
    'Tender notices and tender documents',
    'Procurement Act 2023, s.21',
    `${PA}/section/21`,
  ),
  contractDetailsNotice: ref(
    'pa-2023',
    'Contract details notice',
    'Procurement Act 2023, s.53',
    `${PA}/section/53`,
  ),
  contractAwardNotice: ref(
    'pa-2023',
    'Contract award notice and assessment summaries',
    'Procurement Act 2023, s.50',
    `${PA}/section/50`,
  ),
  lightTouchStandstill: ref(
    'pa-2023',
    'Standstill: light touch contracts are exempt; voluntary standstill',
    'Procurement Act 2023, s.51(3)(f) and (4)-(5)',
    `${PA}/section/51`,
  ),
  mandatoryStandstill: ref(
    'pa-2023',
    'Mandatory standstill of 8 working days',
    'Procurement Act 2023, s.51',
    `${PA}/section/51`,
  ),
  lightTouchContractDetailsNotice: ref(
    'pa-2023',
    'Contract details notice (120 days for light touch contracts)',
    'Procurement Act 2023, s.53(1)(a)',
    `${PA}/section/53`,
  ),
  /** The Cabinet Office's guidance on the Act's direct awards (ss.41-43). */
  directAwardGuidance: ref(
    'co-direct-award-guidance',
    'Guidance on direct award',
    'Cabinet Office, Guidance: Direct Award',
  ),
}

export const pcr2015 = {
  awardDecisionNoticesAndStandstill: ref(
    'pcr-2015',
    'Award decision notices and the standstill period',
    'Public Contracts Regulations 2015, regs 86-87',
    `${PCR}/regulation/87`,
  ),
  competitiveProcedureWithNegotiation: ref(
    'pcr-2015',
    'Competitive procedure with negotiation',
    'Public Contracts Regulations 2015, reg 29',
    `${PCR}/regulation/29`,
  ),
  conditionsForNegotiation: ref(
    'pcr-2015',
    'When the competitive procedure with negotiation may be used',
    'Public Contracts Regulations 2015, reg 26(4)',
    `${PCR}/regulation/26`,
  ),
}

export const pcs2015 = {
  openProcedure: ref(
    'pcs-regs-2015',
    'Open procedure',
    'Public Contracts (Scotland) Regulations 2015, reg 28',
    `${PCS}/regulation/28`,
  ),
  restrictedProcedure: ref(
    'pcs-regs-2015',
    'Restricted procedure',
    'Public Contracts (Scotland) Regulations 2015, reg 29',
    `${PCS}/regulation/29`,
  ),
  socialAndOtherSpecificServices: ref(
    'pcs-regs-2015',
    'Social and other specific services',
    'Public Contracts (Scotland) Regulations 2015, regs 74-76',
    `${PCS}/regulation/74`,
  ),
  choiceOfProcedures: ref(
    'pcs-regs-2015',
    'Choice of procedures, including when negotiation is allowed',
    'Public Contracts (Scotland) Regulations 2015, reg 27',
    `${PCS}/regulation/27`,
  ),
  preliminaryMarketConsultation: ref(
    'pcs-regs-2015',
    'Preliminary market consultation',
    'Public Contracts (Scotland) Regulations 2015, reg 41',
    `${PCS}/regulation/41`,
  ),
  /** An award without prior publication: no award decision notice and no standstill. */
  noStandstillWithoutPublication: ref(
    'pcs-regs-2015',
    'No award decision notice and no standstill where the contract is exempt from prior publication of a contract notice',
    'Public Contracts (Scotland) Regulations 2015, regs 85(4)(c) and 86(2)(a)',
    `${PCS}/regulation/86`,
  ),
  /** What the voluntary transparency notice and the 10-day wait protect against. */
  ineffectivenessAfterTransparencyNotice: ref(
    'pcs-regs-2015',
    'Ineffectiveness: the first ground does not apply after a voluntary transparency notice and a wait of at least 10 days',
    'Public Contracts (Scotland) Regulations 2015, reg 91(6)-(7)',
    `${PCS}/regulation/91`,
  ),
  procurementJourneyNoStandstill: ref(
    'procurement-journey-standstill',
    'No standstill where the contract is exempt from prior publication of a contract notice',
    'Scottish Government, Procurement Journey, Route 3: contract award and standstill',
  ),
  noticeOfDecisionToAwardAndStandstill: ref(
    'pcs-regs-2015',
    'Notice of decision to award and the standstill period',
    'Public Contracts (Scotland) Regulations 2015, regs 85-86',
    `${PCS}/regulation/86`,
  ),
}

export const subsidyControlAct2022 = {
  meaningOfSubsidyIncludingGoodsAndServices: ref(
    'subsidy-control-act-2022',
    'Meaning of "subsidy", including the provision of goods or services',
    'Subsidy Control Act 2022, s.2',
    `${SCA}/section/2`,
  ),
  minimalFinancialAssistance: ref(
    'subsidy-control-act-2022',
    'Minimal Financial Assistance',
    'Subsidy Control Act 2022, s.36',
    `${SCA}/section/36`,
  ),
  dutyToApplySubsidyControlPrinciples: ref(
    'subsidy-control-act-2022',
    'Duty to apply the subsidy control principles',
    'Subsidy Control Act 2022, s.12',
    `${SCA}/section/12`,
  ),
}

/** The Procurement (Wales) Regulations 2024 (WSI 2024/782), for devolved Welsh authorities. */
export const procurementWales2024 = {
  publicationThroughWelshPlatform: ref(
    'procurement-wales-regs-2024',
    'Notices submitted through the Welsh digital platform (Sell2Wales) reach the central digital platform',
    'Procurement (Wales) Regulations 2024, reg 5',
    'https://www.legislation.gov.uk/wsi/2024/782/regulation/5',
  ),
}
