/**
 * The single table of sources. Every reference, figure, date or section the app states
 * cites one of these ids. `checked` is the day the source was last read for this ruleset.
 */
export type Source = {
  id: string
  title: string
  publisher: string
  url: string
  checked: string
}

const CHECKED = '2026-11-25'
const leg = 'legislation.gov.uk'

export const sources = [
  // Procurement law: England, Wales and Northern Ireland
  {
    id: 'pa-2023',
    title: 'Procurement Act 2023 (c. 54)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/ukpga/2023/54',
    checked: '2026-12-02',
  },
  {
    id: 'procurement-regs-2024',
    title: 'The Procurement Regulations 2024 (SI 2024/692)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/uksi/2024/692/contents',
    checked: '2026-12-02',
  },
  {
    id: 'pa-2023-transitional',
    title:
      'The Procurement Act 2023 (Commencement No. 3 and Transitional and Saving Provisions) Regulations 2024 (SI 2024/716), as amended',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/uksi/2024/716/regulation/5',
    checked: '2026-12-02',
  },
  {
    id: 'co-transitional-guidance',
    title: 'Guidance: transitional and saving arrangements',
    publisher: 'Cabinet Office',
    url: 'https://www.gov.uk/government/publications/procurement-act-2023-guidance-documents-plan-phase/guidance-transitional-and-saving-arrangements-html',
    checked: CHECKED,
  },
  {
    id: 'co-direct-award-guidance',
    title: 'Guidance: Direct Award',
    publisher: 'Cabinet Office',
    url: 'https://www.gov.uk/government/publications/procurement-act-2023-guidance-documents-define-phase/direct-award-html',
    checked: CHECKED,
  },
  {
    id: 'pcr-2015',
    title: 'The Public Contracts Regulations 2015 (SI 2015/102)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/uksi/2015/102/contents',
    checked: '2026-12-02',
  },
  {
    id: 'ppn-11-23',
    title: 'PPN 11/23: New Thresholds (from 1 January 2024)',
    publisher: 'Cabinet Office',
    url: 'https://www.gov.uk/government/publications/ppn-1123-new-thresholds',
    checked: CHECKED,
  },
  {
    id: 'si-2025-1200',
    title:
      'The Procurement Act 2023 (Threshold Amounts) (Amendment) Regulations 2025 (SI 2025/1200)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/uksi/2025/1200/contents/made',
    checked: CHECKED,
  },
  {
    id: 'ppn-023',
    title: 'PPN 023: 2026 Threshold Amounts (listed in the procurement policy notes collection)',
    publisher: 'Cabinet Office',
    url: 'https://www.gov.uk/government/collections/procurement-policy-notes',
    checked: CHECKED,
  },

  // Scotland
  {
    id: 'pcs-regs-2015',
    title: 'The Public Contracts (Scotland) Regulations 2015 (SSI 2015/446)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/ssi/2015/446/contents',
    checked: '2026-12-02',
  },
  {
    id: 'procurement-reform-scotland-2014',
    title: 'Procurement Reform (Scotland) Act 2014 (asp 12)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/asp/2014/12',
    checked: '2026-12-02',
  },
  {
    id: 'sppn-5-2023',
    title: 'Public procurement: updates to procurement thresholds (SPPN 5/2023)',
    publisher: 'Scottish Government',
    url: 'https://www.gov.scot/publications/public-procurement-updates-to-procurement-thresholds-sppn5-2023/',
    checked: CHECKED,
  },
  {
    id: 'sppn-4-2025',
    title: 'SPPN 4/2025: Updates to thresholds derived from the GPA',
    publisher: 'Scottish Government',
    url: 'https://www.gov.scot/publications/public-procurement-updates-to-thresholds-derived-from-the-gpa-sppn-4-2025/',
    checked: CHECKED,
  },
  {
    id: 'sppn-3-2025',
    title: 'SPPN 3/2025: Consultation on the Procurement Reform (Scotland) Act 2014 thresholds',
    publisher: 'Scottish Government',
    url: 'https://www.gov.scot/publications/public-procurement-update-procurement-reform-scotland-act-2014-thresholds-sppn-3-2025/',
    checked: CHECKED,
  },
  {
    id: 'sppn-5-2026',
    title: 'SPPN 5/2026: Cross-border co-operation within the UK',
    publisher: 'Scottish Government',
    url: 'https://www.gov.scot/publications/public-procurement-cross-border-co-operation-within-the-uk-sppn-5-2026/',
    checked: '2026-12-02',
  },
  {
    id: 'cross-border-scotland-2025',
    title:
      'The Cross-Border Public Procurement (Miscellaneous Amendment) (Scotland) Regulations 2025 (SSI 2025/392)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/ssi/2025/392/contents/made',
    checked: CHECKED,
  },

  // Provider Selection Regimes
  {
    id: 'psr-2023',
    title: 'The Health Care Services (Provider Selection Regime) Regulations 2023 (SI 2023/1348)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/uksi/2023/1348/contents',
    checked: '2026-12-02',
  },
  {
    id: 'nhse-psr-guidance',
    title: 'The Provider Selection Regime: statutory guidance',
    publisher: 'NHS England',
    url: 'https://www.england.nhs.uk/long-read/the-provider-selection-regime-statutory-guidance/',
    checked: CHECKED,
  },
  {
    id: 'psr-wales-2025',
    title: 'The Health Services (Provider Selection Regime) (Wales) Regulations 2025 (WSI 2025/99)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/wsi/2025/99/contents/made',
    checked: '2026-12-02',
  },

  // Outside procurement law: subsidies and land (hold under every regime)
  {
    id: 'subsidy-control-act-2022',
    title: 'Subsidy Control Act 2022 (c. 23)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/ukpga/2022/23/contents',
    checked: '2026-12-02',
  },
  {
    id: 'windsor-framework-art-10',
    title: 'Guidance on the scope and application of Article 10 of the Windsor Framework',
    publisher: 'Department for Business and Trade',
    url: 'https://www.gov.uk/government/publications/complying-with-the-uks-international-obligations-on-subsidy-control-guidance-for-public-authorities/guidance-on-the-scope-and-application-of-article-10-of-the-windsor-framework',
    checked: '2026-12-02',
  },
  {
    id: 'dfe-ni-state-aid',
    title: 'State aid and Subsidy Control after EU exit',
    publisher: 'Department for the Economy (Northern Ireland)',
    url: 'https://www.economy-ni.gov.uk/articles/state-aid-and-subsidy-control-after-eu-exit',
    checked: CHECKED,
  },
  {
    id: 'lga-1972-s123',
    title: 'Local Government Act 1972, section 123',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/ukpga/1972/70/section/123',
    checked: '2026-12-02',
  },
  {
    id: 'general-disposal-consent-2003',
    title: 'Circular 06/03: Local Government Act 1972 General Disposal Consent (England) 2003',
    publisher: 'Ministry of Housing, Communities and Local Government',
    url: 'https://www.gov.uk/government/publications/disposal-of-land-for-less-than-the-best-consideration-that-can-reasonably-be-obtained-circular-06-03',
    checked: CHECKED,
  },
  {
    id: 'lgsa-1973-s74',
    title: 'Local Government (Scotland) Act 1973, section 74',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/ukpga/1973/65/section/74',
    checked: '2026-12-02',
  },
  {
    id: 'disposal-land-scotland-2010',
    title: 'The Disposal of Land by Local Authorities (Scotland) Regulations 2010 (SSI 2010/160)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/ssi/2010/160/contents/made',
    checked: '2026-12-02',
  },
  {
    id: 'community-empowerment-scotland-2015',
    title: 'Community Empowerment (Scotland) Act 2015, Part 5 (asset transfer requests)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/asp/2015/6/part/5',
    checked: '2026-12-02',
  },
  {
    id: 'dfc-ni-lg-21-20',
    title:
      'Circular LG 21/20: Guidance to councils on the disposal of land at less than best price',
    publisher: 'Department for Communities (Northern Ireland)',
    url: 'https://www.communities-ni.gov.uk/publications/circular-lg-2120-guidance-councils-disposal-land-less-best-price',
    checked: CHECKED,
  },

  // Social value
  {
    id: 'social-value-act-2012',
    title: 'Public Services (Social Value) Act 2012 (c. 3)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/ukpga/2012/3',
    checked: '2026-12-02',
  },
  {
    id: 'sppp-wales-2023',
    title: 'Social Partnership and Public Procurement (Wales) Act 2023 (asc 1)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/asc/2023/1',
    checked: CHECKED,
  },
  {
    id: 'ni-ppn-01-21',
    title: 'PPN 01/21: Scoring Social Value',
    publisher: 'Department of Finance (Northern Ireland)',
    url: 'https://finance-ni.gov.uk/node/52522',
    checked: '2026-12-02',
  },
  {
    id: 'npps-2025',
    title: 'National Procurement Policy Statement (2025)',
    publisher: 'Cabinet Office',
    url: 'https://www.gov.uk/government/publications/national-procurement-policy-statement',
    checked: CHECKED,
  },

  // Case studies: retold in our own words from the community FAQ of E3M's toolkit
  {
    id: 'toolkit-faq',
    title:
      'From Procurement to Partnership toolkit: questions from our community (the FAQ our case studies are retold from)',
    publisher: 'E3M',
    url: 'https://e3m.org.uk/from-procurement-to-partnership-your-questions-answered',
    checked: CHECKED,
  },
  // — sources added for route content A go below this line
  {
    id: 'lga-ni-1972',
    title: 'Local Government Act (Northern Ireland) 1972 (c. 9)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/apni/1972/9/contents',
    checked: CHECKED,
  },
  {
    id: 'managing-public-money',
    title: 'Managing Public Money',
    publisher: 'HM Treasury',
    url: 'https://www.gov.uk/government/publications/managing-public-money',
    checked: CHECKED,
  },
  {
    id: 'ppn-005',
    title: 'PPN 005: Reserving below threshold procurements',
    publisher: 'Cabinet Office',
    url: 'https://www.gov.uk/government/publications/ppn-005-reserving-below-threshold-procurements',
    checked: CHECKED,
  },
  {
    id: 'wppn-012',
    title:
      'WPPN 012: Guidance on reserving below threshold procurements for devolved Welsh authorities',
    publisher: 'Welsh Government',
    url: 'https://www.gov.wales/wppn-012-guidance-on-reserving-below-threshold-procurements-for-devolved-welsh-authorities',
    checked: '2026-12-02',
  },
  {
    id: 'wg-psr-guidance',
    title:
      'Health service procurement: draft statutory guidance (2024) on the Provider Selection Regime (Wales), reviewing decisions during the standstill period. Written for the draft regulations: its regulation numbers differ from WSI 2025/99',
    publisher: 'Welsh Government',
    url: 'https://gov.wales/health-service-procurement-draft-statutory-guidance-reviewing-decisions-during-standstill-period',
    checked: CHECKED,
  },
  {
    id: 'wg-psr-review-unit',
    title:
      'Provider Selection Regime Wales: eligibility for decision reviews by the Wales Procurement Review Unit',
    publisher: 'Welsh Government',
    url: 'https://www.gov.wales/health-service-procurement-provider-selection-regime-wales-eligibility-decision-reviews',
    checked: CHECKED,
  },
  {
    id: 'lga-1988-s17',
    title: 'Local Government Act 1988, section 17 (exclusion of non-commercial considerations)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/ukpga/1988/9/section/17',
    checked: CHECKED,
  },
  {
    id: 'mhclg-reserving-below-threshold',
    title: 'Reserving competitions for below-threshold contracts (England, December 2025)',
    publisher: 'Ministry of Housing, Communities and Local Government',
    url: 'https://www.gov.uk/government/publications/reserving-competitions-for-below-threshold-contracts',
    checked: CHECKED,
  },
  // — sources added for route content B go below this line
  // Issue 14, innovation, alliance and mutual routes: Welsh notices go through Sell2Wales.
  {
    id: 'procurement-wales-regs-2024',
    title: 'The Procurement (Wales) Regulations 2024 (WSI 2024/782)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/wsi/2024/782/contents',
    checked: '2026-12-02',
  },
  // Issue 14, direct award in Scotland: no award decision notice or standstill where no contract notice was needed.
  {
    id: 'procurement-journey-standstill',
    title: 'Procurement Journey, Route 3: contract award and standstill',
    publisher: 'Scottish Government',
    url: 'https://www.procurementjourney.scot/route-3/route-3-contract-award-standstill',
    checked: '2026-12-02',
  },
  // Issue 14, below-threshold route and thresholds: the instruments that set each figure.
  {
    id: 'si-2025-163',
    title:
      'The Procurement Act 2023 (Consequential and Other Amendments) Regulations 2025 (SI 2025/163): reg 3(2), the threshold amounts in Schedule 1 to the Act (in force 23 February 2025); reg 7(2)(f), the contracts the Public Services (Social Value) Act 2012 covers',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/uksi/2025/163/contents',
    checked: '2026-12-02',
  },
  {
    id: 'wsi-2025-181',
    title:
      'The Procurement (Miscellaneous Amendments) (Wales) Regulations 2025 (WSI 2025/181), reg 3(2): the Welsh column of Schedule 1 to the Procurement Act 2023 removed from 24 February 2025',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/wsi/2025/181/regulation/3',
    checked: '2026-12-02',
  },
  {
    id: 'pa-2023-thresholds-wales-2025',
    title:
      'The Procurement Act 2023 (Threshold Amounts) (Amendment) (Wales) Regulations 2025 (made 9 December 2025, in force 12.05 a.m. on 1 January 2026), as announced by the Welsh Government',
    publisher: 'Welsh Government',
    url: 'https://content.govdelivery.com/accounts/UKWALES/bulletins/4001bb7',
    checked: '2026-12-02',
  },
  {
    id: 'pcr-amendment-2022',
    title:
      'The Public Contracts (Amendment) Regulations 2022 (SI 2022/1390): Contracts Finder values in reg 109 of the 2015 Regulations, from 21 December 2022',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/uksi/2022/1390/contents',
    checked: '2026-12-02',
  },
  {
    id: 'procurement-scotland-regs-2016',
    title: 'The Procurement (Scotland) Regulations 2016 (SSI 2016/145)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/ssi/2016/145/contents',
    checked: '2026-12-02',
  },
  // Issue 14, grant, asset transfer, joint venture and public-public content, social value notes.
  {
    id: 'wg-pa-exempted-contracts',
    title: 'Procurement Act 2023 guidance: exempted contracts',
    publisher: 'Welsh Government',
    url: 'https://gov.wales/procurement-act-2023-guidance-exempted-contracts-html',
    checked: '2026-12-02',
  },
  {
    id: 'ni-public-procurement-policy',
    title:
      'Northern Ireland Public Procurement Policy: the Executive’s policy for departments, their agencies, NDPBs and public corporations',
    publisher: 'Department of Finance (Northern Ireland)',
    url: 'https://www.finance-ni.gov.uk/articles/introduction-ni-public-procurement-policy-document',
    checked: '2026-12-02',
  },
  {
    id: 'oss-general-disposal-consents',
    title:
      'Open Spaces Society, "A problem solved": the General Disposal Consents for England and Wales (2003) and s.127 for parish and community councils (secondary source)',
    publisher: 'Open Spaces Society',
    url: 'https://www.oss.org.uk/a-problem-solved/',
    checked: '2026-12-02',
  },
  // Issue 14, question hints: health care scope, and the activity test of subsidy control.
  {
    id: 'bevan-brittan-which-regs',
    title:
      'Navigating the puzzle of which procurement regulations apply (2 June 2025): the PSR for mixed procurements and the Schedule 1 service codes (secondary source)',
    publisher: 'Bevan Brittan',
    url: 'https://www.bevanbrittan.com/insights/articles/2025/navigating-the-puzzle-of-which-procurement-regulations-apply',
    checked: '2026-12-02',
  },
  {
    id: 'freeths-psr-2024',
    title:
      'The Health Care Services (Provider Selection Regime) Regulations 2023: summary of the statutory guidance on services in scope, including council public health services (secondary source)',
    publisher: 'Freeths',
    url: 'https://freeths.co.uk/insights-events/legal-articles/2024/the-health-care-services-provider-selection-regime-regulations-2023-regulations',
    checked: '2026-12-02',
  },
  {
    id: 'browne-jacobson-economic-activity',
    title:
      'Economic activity for the purposes of the Subsidy Control Act 2022 (5 August 2022): section 7(2) (secondary source)',
    publisher: 'Browne Jacobson',
    url: 'https://www.brownejacobson.com/insights/economic-activity-for-the-purposes-of-the-subsidy-control-act-2022',
    checked: '2026-12-02',
  },
  // — content-a (issue 15): routes outside the procurement rules, user choice, below-threshold variants
  {
    id: 'co-contracting-authority-guidance',
    title: 'Guidance: Contracting Authority definition (Procurement Act 2023)',
    publisher: 'Cabinet Office',
    url: 'https://www.gov.uk/government/publications/procurement-act-2023-guidance-documents/guidance-contracting-authority-definition-html',
    checked: '2026-12-02',
  },
  {
    id: 'care-act-2014',
    title: 'Care Act 2014 (c. 23), Part 1: care and support in England',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/ukpga/2014/23',
    checked: '2026-12-02',
  },
  {
    id: 'choice-of-accommodation-regs-2014',
    title:
      'The Care and Support and After-care (Choice of Accommodation) Regulations 2014 (SI 2014/2670), made under the Care Act 2014, s.30',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/uksi/2014/2670',
    checked: '2026-12-02',
  },
  {
    id: 'sswa-2014',
    title: 'Social Services and Well-being (Wales) Act 2014 (anaw 4): direct payments, ss.50-53',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/anaw/2014/4',
    checked: '2026-12-02',
  },
  {
    id: 'carers-direct-payments-ni-2002',
    title: 'Carers and Direct Payments Act (Northern Ireland) 2002 (c. 6), s.8: direct payments',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/nia/2002/6/section/8',
    checked: '2026-12-02',
  },
  {
    id: 'sds-scotland-2013',
    title: 'Social Care (Self-directed Support) (Scotland) Act 2013 (asp 1)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/asp/2013/1',
    checked: '2026-12-02',
  },
  {
    id: 'sds-scotland-guidance',
    title:
      'Social Care (Self-directed Support) (Scotland) Act 2013: statutory guidance, section 3 (the four options; Option 1 is a direct payment)',
    publisher: 'Scottish Government',
    url: 'https://www.gov.scot/publications/statutory-guidance-accompany-social-care-self-directed-support-scotland-act-2013-2/pages/5/',
    checked: '2026-12-02',
  },
  {
    id: 'nhse-direct-payments-healthcare',
    title:
      'Guidance on direct payments for healthcare: understanding the regulations (direct payments are one way of managing a personal health budget)',
    publisher: 'NHS England',
    url: 'https://www.england.nhs.uk/long-read/guidance-on-direct-payments-for-healthcare-understanding-the-regulations/',
    checked: '2026-12-02',
  },
  {
    id: 'ppn-11-20',
    title:
      'PPN 11/20: Reserving below threshold procurements (from 1 January 2021, under the 2015 Regulations; replaced by PPN 005 for procurements from 24 February 2025)',
    publisher: 'Cabinet Office',
    url: 'https://www.gov.uk/government/publications/procurement-policy-note-1120-reserving-below-threshold-procurements',
    checked: '2026-12-02',
  },
  {
    id: 'lg-non-commercial-order-2026',
    title:
      'The Local Government (Exclusion of Non-commercial Considerations) (England) Order 2026: Lords Grand Committee debate, 21 January 2026 (the Order’s number and commencement date to check on legislation.gov.uk)',
    publisher: 'Hansard, via Parallel Parliament',
    url: 'https://parallelparliament.co.uk/debate/2026-01-21/lords/grand-committee/local-government-exclusion-of-non-commercial-considerations-england-order-2026/ministerial-extracts',
    checked: '2026-12-02',
  },
  // Concessions (ruleset 2027-01, section 3.3)
  {
    id: 'ccr-2016',
    title: 'The Concession Contracts Regulations 2016 (SI 2016/273)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/uksi/2016/273/contents',
    checked: '2026-12-02',
  },
  {
    id: 'ccr-scotland-2016',
    title: 'The Concession Contracts (Scotland) Regulations 2016 (SSI 2016/65)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/ssi/2016/65/contents',
    checked: '2026-12-02',
  },
  // content-b (issue 15): urgency, supported employment and the PSR urgent award.
  {
    id: 'wppn-009',
    title:
      'WPPN 009: Reserving contracts to certain suppliers (sections 32 and 33 of the Procurement Act 2023)',
    publisher: 'Welsh Government',
    url: 'https://gov.wales/wppn-009-reserving-contracts-to-certain-suppliers-html',
    checked: '2026-12-02',
  },
  {
    id: 'wg-psr-urgent-guidance',
    title:
      'Health service procurement: draft statutory guidance on the Provider Selection Regime (Wales), urgent award or modification: poor planning is not an acceptable reason',
    publisher: 'Welsh Government',
    url: 'https://gov.wales/node/63150',
    checked: '2026-12-02',
  },
  // questions (issue 19): where to check the conditions for reserving to mutuals.
  {
    id: 'procurement-regs-2024-sch-1',
    title:
      'The Procurement Regulations 2024 (SI 2024/692), Schedule 1: light touch services, those marked R reservable (reg 42(2))',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/uksi/2024/692/schedule/1',
    checked: '2026-12-02',
  },
  {
    id: 'procurement-wales-regs-2024-sch-1',
    title:
      'The Procurement (Wales) Regulations 2024 (WSI 2024/782), Schedule 1: light touch services',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/wsi/2024/782/schedule/1',
    checked: '2026-12-02',
  },
  {
    id: 'pcr-2015-reg-77',
    title:
      'The Public Contracts Regulations 2015 (SI 2015/102), regulation 77: reserved contracts for certain services',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/uksi/2015/102/regulation/77',
    checked: '2026-12-02',
  },
] as const satisfies readonly Source[]

export type SourceId = (typeof sources)[number]['id']

const byId = new Map<string, Source>(sources.map((s) => [s.id, s]))

export function sourceById(id: string): Source | undefined {
  return byId.get(id)
}
