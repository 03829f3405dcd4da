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
    checked: CHECKED,
  },
  {
    id: 'procurement-regs-2024',
    title: 'The Procurement Regulations 2024 (SI 2024/692)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/uksi/2024/692/contents/made',
    checked: CHECKED,
  },
  {
    id: 'pa-2023-transitional',
    title:
      'The Procurement Act 2023 (Commencement No. 3 and Transitional and Saving Provisions) Regulations 2024 (SI 2024/716), as amended',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/uksi/2024/716/regulation/5',
    checked: CHECKED,
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
    url: 'https://www.legislation.gov.uk/uksi/2015/102/contents/made',
    checked: CHECKED,
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
    url: 'https://www.legislation.gov.uk/ssi/2015/446/contents/made',
    checked: CHECKED,
  },
  {
    id: 'procurement-reform-scotland-2014',
    title: 'Procurement Reform (Scotland) Act 2014 (asp 12)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/asp/2014/12',
    checked: CHECKED,
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
    checked: CHECKED,
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
    checked: CHECKED,
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
    checked: CHECKED,
  },

  // Outside procurement law: subsidies and land (hold under every regime)
  {
    id: 'subsidy-control-act-2022',
    title: 'Subsidy Control Act 2022 (c. 23)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/ukpga/2022/23/contents',
    checked: CHECKED,
  },
  {
    id: 'windsor-framework-art-10',
    title: 'Guidance on the scope and application of Article 10 of the Windsor Framework',
    publisher: 'Department for Business and Trade',
    url: 'https://www.gov.uk/government/publications/complying-with-the-uks-international-obligations-on-subsidy-control-guidance-for-public-authorities/guidance-on-the-scope-and-application-of-article-10-of-the-windsor-framework',
    checked: CHECKED,
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
    checked: CHECKED,
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
    checked: CHECKED,
  },
  {
    id: 'disposal-land-scotland-2010',
    title: 'The Disposal of Land by Local Authorities (Scotland) Regulations 2010 (SSI 2010/160)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/ssi/2010/160/contents/made',
    checked: CHECKED,
  },
  {
    id: 'community-empowerment-scotland-2015',
    title: 'Community Empowerment (Scotland) Act 2015, Part 5 (asset transfer requests)',
    publisher: leg,
    url: 'https://www.legislation.gov.uk/asp/2015/6/part/5',
    checked: CHECKED,
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
    checked: CHECKED,
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
    checked: CHECKED,
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
    checked: CHECKED,
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
] as const satisfies readonly Source[]

export type SourceId = (typeof sources)[number]['id']

const byId = new Map<string, Source>(sources.map((s) => [s.id, s]))

export function sourceById(id: string): Source | undefined {
  return byId.get(id)
}
