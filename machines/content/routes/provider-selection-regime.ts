import { ref } from '../reference'
import {
  byRegime,
  type Reference,
  type RouteContent,
  type RouteContext,
  type RouteText,
} from '../route-content'

// Issue 17: next steps name the plan's steps: the plan counts the periods these next steps link to.

const PSR = 'https://www.legislation.gov.uk/uksi/2023/1348'
const PSRW = 'https://www.legislation.gov.uk/wsi/2025/99'

/**
 * Whether the path shows an existing contract for these services. The questions do not ask this
 * directly: "not sure" at psr-continue-existing means there is a contract whose renewal conditions
 * the user could not confirm; "no" also covers a new service with no contract at all.
 */
function existingContract(ctx: RouteContext): boolean {
  return ctx.answers['psr-continue-existing'] === 'not-sure'
}

/** References that several processes of the regime cite, written once. */
const psrReferences = {
  guidance: ref(
    'nhse-psr-guidance',
    'Statutory guidance on the regime',
    'NHS England, Provider Selection Regime statutory guidance',
  ),
  walesPublication: ref(
    'psr-wales-2025',
    'Publication of notices: through the Welsh digital platform (Sell2Wales) to the central digital platform',
    'WSI 2025/99, reg 24',
    `${PSRW}/regulation/24/made`,
  ),
  walesSelection: ref(
    'psr-wales-2025',
    'Basic selection criteria',
    'WSI 2025/99, reg 22 and Schedule 18',
    `${PSRW}/regulation/22/made`,
  ),
}

/* ---------------------------------------------------------------- England (SI 2023/1348) */

const england = {
  order:
    'Regulation 6 sets the order: where their conditions are met, you must use process A or process B.',
  noStandstill: (p: string) =>
    `Process ${p} has no standstill period, but you must still act transparently, fairly and proportionately.`,
  scope:
    'Confirm with your procurement and legal teams that these are health care services within the regime, and check the rule for mixed contracts.',
  conflicts:
    'Collect conflict of interest declarations from everyone involved in the decision, and record how you manage any conflict.',
  standstill:
    'Providers then have until [the standstill ends](plan:psr.standstill), at midnight, to make written representations (reg 12(3)). If you receive any, review your decision and tell providers your further decision in writing, with reasons (reg 12(4) and (6)). The standstill then ends [no earlier than a set time after you tell them](plan:psr.standstill.reps) (reg 12(10)).',
  award: (reg: string, what = 'the contract') =>
    `Award ${what} once [the standstill ends](plan:psr.standstill). Then publish [a notice of the award](plan:psr.award-notice.after-standstill) on the central digital platform by its deadline (reg ${reg}).`,
  considerable:
    'A considerable change is a materially different arrangement (reg 6(10)). It also covers a change you decide on that raises lifetime value by at least £500,000 and at least 25% over the existing contract.',
  recordC: (existing: boolean) =>
    `${existing ? 'Record why you are not using process C' : 'If this contract replaces an existing one, record why you are not using process C'}, for example a considerable change (reg 6(5) and (10)). That is a materially different arrangement, or a change you decide on that raises lifetime value by at least £500,000 and at least 25% over the existing contract.`,
  risks: {
    jr: 'A provider who believes you broke the regulations can seek judicial review, so record the evidence for each condition.',
    panel:
      'Providers can make representations during the standstill, then ask the Independent Patient Choice and Procurement Panel for advice.',
    conflicts:
      'Decision makers must declare conflicts of interest, and you must manage and record them.',
    scope:
      'If the main subject of the contract is not health care, the regime may not apply, so check the mixed-procurement rule.',
    framework:
      'Under the regime, only the competitive process can set up a framework agreement, not this one.',
  },
}

/** Why the competitive process: a "not sure" answer is an assumption, never "you said". */
function whyCompetition(ctx: RouteContext): string {
  return ctx.answers['psr-most-suitable'] === 'not-sure'
    ? 'You were not sure you could identify the most suitable provider, so the competitive process is the cautious choice.'
    : 'You said you cannot identify the most suitable provider, or do not want to award without a competition.'
}

function englandRefs(
  reg: number,
  label: string,
  standstill: boolean,
  frameworks: boolean,
): Reference[] {
  return [
    ref(
      'psr-2023',
      'Overview of the processes and the order of use',
      'SI 2023/1348, reg 6',
      `${PSR}/regulation/6`,
    ),
    ref('psr-2023', label, `SI 2023/1348, reg ${reg}`, `${PSR}/regulation/${reg}`),
    ...(standstill
      ? [
          ref('psr-2023', 'The standstill period', 'SI 2023/1348, reg 12', `${PSR}/regulation/12`),
          ref(
            'nhse-psr-guidance',
            'Reviewing decisions during the standstill period',
            'NHS England, Provider Selection Regime statutory guidance',
          ),
        ]
      : [psrReferences.guidance]),
    ...(frameworks
      ? [
          ref(
            'psr-2023',
            'Framework agreements',
            'SI 2023/1348, regs 16 to 18',
            `${PSR}/regulation/16`,
          ),
        ]
      : []),
  ]
}

function englandText(ctx: RouteContext): RouteText {
  const e = england
  switch (ctx.variant ?? '') {
    case 'framework-call-off':
      return {
        title: 'Award under a framework agreement under the Provider Selection Regime',
        summary: [
          'You will award this health care contract under an existing framework agreement that names your organisation (reg 18).',
          'The regime governs the award whether the framework was concluded under it or, before 1 January 2024, under the 2015 Regulations (reg 29(3)).',
          'The contract must not substantially change the framework’s terms (reg 18(2)).',
          'With one provider on the framework, or where the framework allows it, you award without a competition and publish a notice within 30 days.',
          'Otherwise you run the competitive process among all the framework’s providers instead of advertising.',
          'The basic selection criteria and the exclusion rules do not apply to the call-off (regs 19(2)(b) and 20(7)).',
        ].join(' '),
        references: [
          ref(
            'psr-2023',
            'Contracts based on a framework agreement',
            'SI 2023/1348, reg 18',
            `${PSR}/regulation/18`,
          ),
          ref(
            'psr-2023',
            'Framework agreements: the authorities named, and a term of at most 4 years',
            'SI 2023/1348, reg 16',
            `${PSR}/regulation/16`,
          ),
          ref(
            'psr-2023',
            'Awards under frameworks concluded before 1 January 2024',
            'SI 2023/1348, reg 29(3)',
            `${PSR}/regulation/29`,
          ),
          ref(
            'psr-2023',
            'The competitive process, used among the framework’s providers',
            'SI 2023/1348, reg 11',
            `${PSR}/regulation/11`,
          ),
          ref('psr-2023', 'The standstill period', 'SI 2023/1348, reg 12', `${PSR}/regulation/12`),
          ref(
            'psr-2023',
            'No basic selection criteria or exclusion rules for a call-off',
            'SI 2023/1348, regs 19(2)(b) and 20(7)',
            `${PSR}/regulation/19`,
          ),
          psrReferences.guidance,
        ],
        risks: [
          'If the framework does not name your organisation or cover these services, you cannot award under it and need another of the regime’s processes.',
          'A call-off that substantially changes the framework’s terms is not allowed (reg 18(2)), so keep to its services, price and terms.',
          'Choosing between a competition and none is yours, but must follow the framework (reg 18(4)); departing from it is open to challenge.',
          e.risks.jr,
          e.risks.conflicts,
        ],
        nextSteps: [
          e.scope,
          'Confirm that the framework names your organisation as able to award under it (reg 16(4)), covers these services and is still in its term.',
          'Read the framework’s call-off rules and decide, as they allow, whether to award with or without a competition (reg 18(3)-(4)). Record the reasons.',
          'Without a competition: award on the framework’s terms. Then publish [a notice of the award](plan:psr.award-notice.sch2) on the central digital platform (Find a Tender) by its deadline (reg 18(5)-(6) and Schedule 2).',
          'With a competition: follow the competitive process, but invite every provider on the framework to make an offer instead of advertising (reg 18(7)-(9) and Schedule 15).',
          'Regulation 18(7) keeps the rest of that process, so on our reading the notice of intention to award and the standstill (reg 12) follow: confirm with your legal team.',
          e.conflicts,
        ],
      }
    case 'urgent-award':
      return {
        title: 'Urgent award under the Provider Selection Regime',
        summary: [
          'You told us you must award this contract urgently, for a reason you could not foresee and did not cause.',
          'Delaying the award to follow the regime’s usual processes would be likely to put patients or the public at risk.',
          'Regulation 14(2) then lets you award the contract without following regulations 6 to 13.',
          'You must be able to show each of those three conditions, so record them before you award.',
          'There is no standstill, but you must publish a notice of the award within 30 days (reg 14(4)-(5)).',
          'The basic selection criteria (reg 19) and the exclusion rules (reg 20) still apply.',
          'Keep the contract to what the risk requires while you plan one of the regime’s usual processes.',
        ].join(' '),
        references: [
          ref(
            'psr-2023',
            'Urgent award or modification, and its notice within 30 days',
            'SI 2023/1348, reg 14(2), (4)-(5) and Schedule 13',
            `${PSR}/regulation/14`,
          ),
          ref(
            'psr-2023',
            'Basic selection criteria',
            'SI 2023/1348, reg 19 and Schedule 16',
            `${PSR}/regulation/19`,
          ),
          ref(
            'psr-2023',
            'Excluded providers, and the public interest override',
            'SI 2023/1348, reg 20(1) and (1A)',
            `${PSR}/regulation/20`,
          ),
          ref('psr-2023', 'Conflicts of interest', 'SI 2023/1348, reg 21', `${PSR}/regulation/21`),
          psrReferences.guidance,
        ],
        risks: [
          'The ground is narrow: a reason you could have foreseen, or one that comes from your own delay or planning, does not qualify (reg 14(2)(b)).',
          'A long urgent contract looks like a way round the regime, so keep it short and start the regime’s usual process now.',
          e.risks.jr,
          e.risks.conflicts,
        ],
        nextSteps: [
          e.scope,
          'Before you award, record why each condition of regulation 14(2) is met. Say why the award is urgent, why you could not foresee or cause that, and what risk delay would pose.',
          'Check that the provider meets the basic selection criteria (reg 19 and Schedule 16) and is not an excluded provider (reg 20). An excluded provider may be chosen only for overriding public interest reasons, including public health (reg 20(1A)).',
          e.conflicts,
          'Award the contract: there is no standstill. Submit [a notice of the award](plan:psr.urgent) for publication on the central digital platform (Find a Tender) by its deadline, with the Schedule 13 information (reg 14(4)-(5)).',
          'Keep the contract to what the urgent need requires and plan the regime’s usual process for what follows. Check NHS England’s statutory guidance, including what it says on the length of an urgent contract.',
        ],
      }
    case 'direct-award-a':
      return {
        title: 'Direct award process A under the Provider Selection Regime',
        summary: [
          'Direct award process A lets you award a health care contract to the existing provider without a competition (reg 7).',
          'You said there is an existing provider, and only they can provide this service because of its nature.',
          e.order,
          'Check that no other provider could realistically deliver it before you rely on this process.',
          'You commit to recording your reasons and publishing a notice of the award.',
          e.noStandstill('A'),
        ].join(' '),
        references: englandRefs(7, 'Direct award process A', false, false),
        risks: [
          e.risks.jr,
          'If another provider could deliver the service, process A is not available and the award is open to challenge.',
          e.risks.conflicts,
          e.risks.scope,
          e.risks.framework,
        ],
        nextSteps: [
          e.scope,
          'Record the evidence that only the existing provider can deliver the services, and who made the decision.',
          e.conflicts,
          'Award the contract: process A has no standstill period.',
          'Publish [a notice of the award](plan:psr.award-notice.sch2) on the central digital platform (Find a Tender) by its deadline (reg 7(2)).',
          'Keep records of the decision for the regime’s information and audit requirements.',
        ],
      }
    case 'direct-award-b':
      return {
        title: 'Direct award process B under the Provider Selection Regime',
        summary: [
          'Direct award process B lets you award contracts without a competition where patients choose their provider (reg 8).',
          'You said patients choose their provider for this service, and you will contract every provider that meets your requirements.',
          e.order,
          'You commit to making providers aware of the opportunity and offering a contract to each provider that meets the requirements.',
          'You must also publish notices of the awards you make.',
          e.noStandstill('B'),
        ].join(' '),
        references: englandRefs(8, 'Direct award process B', false, false),
        risks: [
          e.risks.jr,
          'Limiting the number of providers, or refusing one that meets the requirements, takes you outside process B.',
          e.risks.conflicts,
          e.risks.scope,
          e.risks.framework,
        ],
        nextSteps: [
          e.scope,
          'Publish the requirements providers must meet, and explain how to express an interest.',
          'Offer a contract to every provider that meets the requirements, without limiting numbers.',
          e.conflicts,
          'Award the contracts: process B has no standstill period.',
          'Publish [a notice of each award](plan:psr.award-notice.sch2) on the central digital platform (Find a Tender) by its deadline (reg 8(2)).',
        ],
      }
    case 'direct-award-c':
      return {
        title: 'Direct award process C under the Provider Selection Regime',
        summary: [
          'Direct award process C lets you award a new contract to the existing provider without a competition (reg 9).',
          'You said the contract is ending, the provider is satisfying it and likely to satisfy the new one, and the change is not considerable.',
          e.considerable,
          'Rises from external factors, such as patient numbers or formula price changes, do not count (reg 6(12)).',
          'Regulation 6 lets you use process C only where processes A and B do not apply.',
          'You commit to judging the provider with the key criteria and basic selection criteria (reg 9(2)).',
          'You also commit to publishing a notice of intention to award and observing a standstill period.',
        ].join(' '),
        references: englandRefs(9, 'Direct award process C', true, false),
        risks: [
          e.risks.panel,
          'Misjudging a considerable change rules out process C and exposes the award to challenge.',
          e.risks.conflicts,
          e.risks.scope,
          e.risks.framework,
        ],
        nextSteps: [
          e.scope,
          'Assess the existing provider’s performance and the proposed contract, taking into account the key criteria and applying the basic selection criteria (reg 9(2)). Record the reasons.',
          'Check that the new contract is not a considerable change (reg 6(10) to (12)). Compare its lifetime value with the existing contract’s value when that contract was entered into.',
          e.conflicts,
          'Publish a notice of intention to award on the central digital platform (Find a Tender) (reg 9(3)). The standstill starts the day after it is published.',
          e.standstill,
          e.award('9(11)'),
        ],
      }
    case 'most-suitable-provider':
      return {
        title: 'Most suitable provider process under the Provider Selection Regime',
        summary: [
          'The most suitable provider process lets you award a contract without a competition, to the provider you identify as most suitable (reg 10).',
          'You said you can identify that provider, taking account of likely providers and all relevant information.',
          'Regulation 6 lets you use it only where processes A and B do not apply and you are not using process C.',
          'You commit to publishing a notice that you will follow this process, then waiting at least 14 days before you finish identifying potential providers.',
          'You then assess them against the key criteria and basic selection criteria, publish a notice of intention to award and observe a standstill period.',
          'You cannot conclude a framework agreement this way: under the regime, only the competitive process can.',
        ].join(' '),
        references: englandRefs(10, 'Most suitable provider process', true, true),
        risks: [
          e.risks.panel,
          'If you cannot show you considered the likely providers and all relevant information, your choice is open to challenge.',
          e.risks.conflicts,
          e.risks.scope,
          'A provider chosen without competition may under-perform, so set clear outcomes, measures and review points.',
        ],
        nextSteps: [
          e.scope,
          'Publish a notice of intention to follow the most suitable provider process on the central digital platform (Find a Tender) (reg 10(2)). Do not finish identifying potential providers before the 14th day after the day you submit it (reg 10(5)).',
          'Identify the potential providers and assess them against the key criteria and basic selection criteria (reg 10(4) and (6)). Record why you chose this provider.',
          e.recordC(existingContract(ctx)),
          e.conflicts,
          'Publish a notice of intention to award on the central digital platform (reg 10(7)). The standstill starts the day after it is published.',
          e.standstill,
          e.award('10(15)'),
        ],
      }
    default:
      return {
        title: 'Competitive process under the Provider Selection Regime',
        summary: [
          'The competitive process lets you award a health care contract, or conclude a framework agreement, after a competition (reg 11).',
          whyCompetition(ctx),
          'Regulation 6 lets you use it where processes A and B do not apply and you are not using another process.',
          'You commit to advertising the opportunity, assessing offers against the key criteria and basic selection criteria, and telling providers the result in writing.',
          'You must then publish a notice of intention to award and observe a standstill period.',
          'Under the regime, only the competitive process can set up a framework agreement.',
        ].join(' '),
        references: englandRefs(11, 'Competitive process', true, true),
        risks: [
          e.risks.panel,
          'Changing the criteria or their weighting after you advertise risks unequal treatment and challenge.',
          e.risks.conflicts,
          e.risks.scope,
          'A provider that bids too low may fail during the contract, so test financial standing proportionately.',
        ],
        nextSteps: [
          e.scope,
          'Decide whether you need a contract or a framework agreement: only this process can conclude a framework. A framework may last at most 4 years, save in exceptional cases (reg 16(5)), and further providers join only through this process (reg 17).',
          e.recordC(existingContract(ctx)),
          'Set the award criteria, taking into account the key criteria and applying the basic selection criteria (reg 11(2)). Then publish a notice inviting offers on the central digital platform (Find a Tender), with those criteria and how you will assess offers (reg 11(3) and Schedule 8).',
          'Evaluate offers against the published criteria, with conflict of interest declarations from evaluators, and record your decisions.',
          'Tell the successful provider, and each unsuccessful provider with your reasons and the dates for representations, in writing (reg 11(8) and Schedule 9). Then publish a notice of intention to award on the central digital platform (reg 11(9)).',
          e.standstill,
          e.award('11(17)', 'the contract or conclude the framework agreement'),
        ],
      }
  }
}

/* ------------------------------------------------------------------ Wales (WSI 2025/99) */

/*
 * Every pinpoint below was read in WSI 2025/99 as made (legislation.gov.uk; no revised text):
 * each process regulation imposes its own notices (regs 8(4), (10); 9(5), (11); 10(3), (10), (16);
 * 11(5), (11), (17)); reg 24 says how they are published (first to the Welsh digital platform,
 * Sell2Wales per its footnote, which passes them to the central digital platform); reg 12 sets one
 * standstill for all four processes, Direct Award Process 1 included (reg 12(1)(a)).
 */
const wales = {
  order:
    'Regulation 7 sets the order: where its conditions are met, you must use Direct Award Process 1.',
  scope:
    'Confirm with your procurement and legal teams that these are relevant health services arranged by a relevant authority under the Welsh regulations.',
  conflicts:
    'Collect conflict of interest declarations from everyone involved in the decision, and record how you manage any conflict (reg 27).',
  notice: (reg: string) =>
    `Submit a notice of intention to award for publication (reg ${reg}). You submit it to Sell2Wales, which passes it to the central digital platform, Find a Tender (reg 24).`,
  standstill:
    'The standstill begins on the day you submit that notice (reg 12(4)). Providers have until [the standstill ends](plan:psrw.standstill), at midnight, to make written representations (reg 12(6)). If you receive any, review your decision and tell providers your further decision in writing, with reasons (reg 12(9) to (11)). The standstill then ends [no earlier than a set time after you tell them](plan:psrw.standstill.reps) (reg 12(15)).',
  award: (reg: string, what = 'the contract') =>
    `Enter into ${what} only once [the standstill ends](plan:psrw.standstill) (reg 12(3)). Then submit [a notice of the award](plan:psrw.award-notice) through Sell2Wales by its deadline (reg ${reg}).`,
  record2: (existing: boolean) =>
    `${existing ? 'Record why you are not using Direct Award Process 2' : 'If this contract replaces an existing one, record why you are not using Direct Award Process 2'}, for example a considerable change (reg 7(5) and (9) to (12)). That is a materially different arrangement, or changes you cause that raise lifetime value above the regulations’ limits.`,
  criteria: (reg: string) =>
    `taking into account the key criteria (reg 6) and applying the basic selection criteria (reg 22 and Schedule 18) (reg ${reg})`,
  risks: {
    review:
      'After you respond to representations, a provider can ask the Wales Procurement Review Unit to review your decision.',
    conflicts:
      'Decision makers must declare conflicts of interest, and you must manage and record them.',
    scope:
      'If the main subject of the contract is not a relevant health service, the Welsh regulations may not apply.',
    framework:
      'Under the regime, only the Competitive Process can set up a framework agreement, not this one.',
  },
}

function walesRefs(
  reg: number,
  label: string,
  selection: boolean,
  frameworks: boolean,
): Reference[] {
  return [
    ref(
      'psr-wales-2025',
      'Determination of the appropriate procurement process',
      'WSI 2025/99, reg 7',
      `${PSRW}/regulation/7/made`,
    ),
    ref('psr-wales-2025', label, `WSI 2025/99, reg ${reg}`, `${PSRW}/regulation/${reg}/made`),
    ref(
      'psr-wales-2025',
      'The standstill period',
      'WSI 2025/99, reg 12',
      `${PSRW}/regulation/12/made`,
    ),
    ...(selection ? [psrReferences.walesSelection] : []),
    psrReferences.walesPublication,
    ref(
      'wg-psr-review-unit',
      'Reviews by the Wales Procurement Review Unit',
      'Welsh Government, Wales Procurement Review Unit eligibility criteria',
    ),
    ...(frameworks
      ? [
          ref(
            'psr-wales-2025',
            'Framework agreements',
            'WSI 2025/99, regs 16 to 21',
            `${PSRW}/regulation/16/made`,
          ),
        ]
      : []),
  ]
}

function walesText(ctx: RouteContext): RouteText {
  const w = wales
  switch (ctx.variant ?? '') {
    case 'framework-call-off':
      return {
        title: 'Award under a framework agreement under the Provider Selection Regime (Wales)',
        summary: [
          'You will award this health services contract under an existing framework agreement that names your organisation (reg 18).',
          'The contract must not substantially change the framework’s terms (reg 18(3)).',
          'Under a single-provider framework, you award and publish a notice of the award within 30 days, with no standstill (reg 19).',
          'With several providers, you award with or without a competition, as the framework allows (regs 20 and 21).',
          'Either way you publish a notice of intention to award and observe a standstill, then publish a notice of the award within 30 days.',
          'The basic selection criteria and the exclusion rules do not apply to the call-off (regs 22(2)(b) and 25(5)).',
          'Whether a framework concluded before 24 February 2025 may be used under the Welsh regulations is not confirmed, so check before relying on one.',
        ].join(' '),
        references: [
          ref(
            'psr-wales-2025',
            'Contracts based on a framework agreement',
            'WSI 2025/99, regs 18-21',
            `${PSRW}/regulation/18/made`,
          ),
          ref(
            'psr-wales-2025',
            'Framework agreements: the authorities named, and a term of at most 8 years',
            'WSI 2025/99, reg 16',
            `${PSRW}/regulation/16/made`,
          ),
          ref(
            'psr-wales-2025',
            'The standstill period, and its exception for single-provider frameworks',
            'WSI 2025/99, reg 12',
            `${PSRW}/regulation/12/made`,
          ),
          ref(
            'psr-wales-2025',
            'No basic selection criteria or exclusion rules for a call-off',
            'WSI 2025/99, regs 22(2)(b) and 25(5)',
            `${PSRW}/regulation/22/made`,
          ),
          psrReferences.walesPublication,
          ref(
            'wg-psr-review-unit',
            'Reviews by the Wales Procurement Review Unit: call-offs under regs 20 and 21, not reg 19',
            'Welsh Government, Wales Procurement Review Unit eligibility criteria',
          ),
        ],
        risks: [
          'If the framework does not name your organisation or cover these services, you cannot award under it and need another of the regime’s processes.',
          'A call-off that substantially changes the framework’s terms is not allowed (reg 18(3)), so keep to its services, price and terms.',
          'On a call-off under regulation 20 or 21, a provider can ask the Wales Procurement Review Unit to review your decision once you have answered its representations.',
          w.risks.conflicts,
        ],
        nextSteps: [
          w.scope,
          'Confirm that the framework names your organisation (reg 16(3)), covers these services and is still in its term. Read its rules on when to compete (reg 18(6)).',
          'Single-provider framework: award on its terms, then submit [a notice of the award](plan:psrw.fw.award-notice.single) through Sell2Wales by its deadline (reg 19 and Schedule 3). No standstill applies (reg 12).',
          'With a competition: set award criteria taking into account the key criteria (reg 20(3)-(4)). Invite every relevant framework provider (Schedule 16), assess offers and tell each provider the result in writing.',
          'With a competition, or without one where the framework allows, submit a notice of intention to award through Sell2Wales (regs 20(12) and 21(3)). The standstill follows (reg 12): check with your legal team whether it starts on submission or on publication.',
          'Answer any written representations as regulation 12 requires. Enter into the contract only once [the standstill ends](plan:psrw.fw.standstill), then submit a notice of the award by its deadline: [after a competition](plan:psrw.fw.award-notice.comp) (reg 20(18)) or [without one](plan:psrw.fw.award-notice.direct) (reg 21(9)).',
          w.conflicts,
        ],
      }
    case 'urgent-award':
      return {
        title: 'Urgent award under the Provider Selection Regime (Wales)',
        summary: [
          'You told us you must award this contract urgently, for a reason you did not foresee and did not cause.',
          'Delaying the award to follow the regime’s usual processes would be likely to put patients or the public at risk.',
          'Regulation 14(1) and (2) then let you award the contract without following regulations 7 to 13.',
          'You must be able to show each of those three conditions, so record them before you award.',
          'There is no standstill, but you must publish a notice of the award within 30 days (reg 14(5)-(6)).',
          'The basic selection criteria (reg 22) and the exclusion rules (reg 25) still apply.',
          'Keep the contract to what the risk requires while you plan one of the regime’s usual processes.',
        ].join(' '),
        references: [
          ref(
            'psr-wales-2025',
            'Urgent award or modification of a contract, and its notice within 30 days',
            'WSI 2025/99, reg 14(1)-(2), (5)-(6) and Schedule 14',
            `${PSRW}/regulation/14/made`,
          ),
          psrReferences.walesSelection,
          ref(
            'psr-wales-2025',
            'Excluded providers, and the exception to protect public health',
            'WSI 2025/99, reg 25(1)-(2)',
            `${PSRW}/regulation/25/made`,
          ),
          psrReferences.walesPublication,
          ref(
            'wg-psr-urgent-guidance',
            'Urgent awards: poor planning is not an acceptable reason (draft guidance)',
            'Welsh Government, Provider Selection Regime draft statutory guidance',
          ),
          ref(
            'wg-psr-review-unit',
            'The Wales Procurement Review Unit does not review urgent awards (reg 14)',
            'Welsh Government, Wales Procurement Review Unit eligibility criteria',
          ),
        ],
        risks: [
          'Welsh Government guidance says poor planning is not an acceptable reason: urgency that comes from leaving too little time does not qualify.',
          'The Wales Procurement Review Unit does not review urgent awards, so your written reasons are your main protection if the award is questioned.',
          'A long urgent contract looks like a way round the regime, so keep it short and start the regime’s usual process now.',
          w.risks.conflicts,
        ],
        nextSteps: [
          w.scope,
          'Before you award, record why each condition of regulation 14(2) is met. Say why the award is urgent, why you did not foresee or cause that, and what risk delay would pose.',
          'Check that the provider meets the basic selection criteria (reg 22 and Schedule 18) and is not an excluded provider (reg 25). An excluded provider may be chosen only where that is necessary to protect public health (reg 25(2)).',
          w.conflicts,
          'Award the contract: there is no standstill. Submit [a notice of the award](plan:psrw.urgent) through Sell2Wales by its deadline, with the Schedule 14 information (reg 14(5)-(6) and reg 24).',
          'Keep the contract to what the urgent need requires, and plan the regime’s usual process for what follows.',
        ],
      }
    case 'direct-award-1':
      return {
        title: 'Direct Award Process 1 under the Provider Selection Regime (Wales)',
        summary: [
          'Direct Award Process 1 lets you award a health services contract to the existing provider without a competition (reg 8).',
          'You said there is an existing provider, and only they can provide this service because of its nature.',
          w.order,
          'Check that no other provider could realistically deliver it before you rely on this process.',
          'Unlike process A in England, Process 1 has a standstill period (reg 12(1)).',
          'You commit to publishing a notice of intention to award, and to awarding only once the standstill ends.',
          'You then publish a notice of the award within 30 days.',
        ].join(' '),
        references: walesRefs(8, 'Direct Award Process 1', false, false),
        risks: [
          w.risks.review,
          'If another provider could deliver the service, Process 1 is not available and the award is open to challenge.',
          w.risks.conflicts,
          w.risks.scope,
          w.risks.framework,
        ],
        nextSteps: [
          w.scope,
          'Decide whether only the existing provider can deliver the services, because of their nature (reg 8(3)). Record the evidence and who made the decision.',
          w.conflicts,
          w.notice('8(4)'),
          w.standstill,
          w.award('8(10)'),
          'Keep records for the regime’s information and annual summary requirements (regs 30 and 31).',
        ],
      }
    case 'direct-award-2':
      return {
        title: 'Direct Award Process 2 under the Provider Selection Regime (Wales)',
        summary: [
          'Direct Award Process 2 lets you award a new contract to the existing provider without a competition (reg 9).',
          'You said the contract is ending, the provider is satisfying it and likely to satisfy the new one, and the change is not considerable.',
          'A considerable change means a materially different arrangement, or changes you cause that raise lifetime value above limits in the regulations.',
          'Check those limits before you rely on this process.',
          'Regulation 7 lets you use Process 2 only where Process 1 does not apply.',
          'You commit to assessing the provider against the key criteria and basic selection criteria (reg 9(4)).',
          'You also commit to publishing a notice of intention to award and observing a standstill period.',
        ].join(' '),
        references: walesRefs(9, 'Direct Award Process 2', true, false),
        risks: [
          w.risks.review,
          'Misjudging a considerable change rules out Process 2 and exposes the award to challenge.',
          w.risks.conflicts,
          w.risks.scope,
          w.risks.framework,
        ],
        nextSteps: [
          w.scope,
          `Assess the existing provider’s performance and the proposed contract, ${w.criteria('9(4)')}. Record the reasons.`,
          'Check that the new contract is not a considerable change, using the value limits in the regulations (reg 7(9) to (12)).',
          w.conflicts,
          w.notice('9(5)'),
          w.standstill,
          w.award('9(11)'),
        ],
      }
    case 'most-suitable-provider':
      return {
        title: 'Most Suitable Provider Process under the Provider Selection Regime (Wales)',
        summary: [
          'The Most Suitable Provider Process lets you award a contract without a competition, to the provider you identify as most suitable (reg 10).',
          'You said you can identify that provider, taking account of likely providers and all relevant information.',
          'Regulation 7 lets you use it only where Process 1 does not apply and you are not using Process 2.',
          'You commit to publishing a notice that you will follow this process, then waiting at least 14 days before you finish identifying potential providers.',
          'You then assess them against the key criteria and basic selection criteria, publish a notice of intention to award and observe a standstill period.',
          'You cannot conclude a framework agreement this way: under the regime, only the Competitive Process can.',
        ].join(' '),
        references: walesRefs(10, 'Most Suitable Provider Process', true, true),
        risks: [
          w.risks.review,
          'If you cannot show you considered the likely providers and all relevant information, your choice is open to challenge.',
          w.risks.conflicts,
          w.risks.scope,
          'A provider chosen without competition may under-perform, so set clear outcomes, measures and review points.',
        ],
        nextSteps: [
          w.scope,
          'Submit a notice of intention to follow the Most Suitable Provider Process through Sell2Wales (reg 10(3)). Do not finish identifying potential providers before the 14th day after the day you submit it (reg 10(7)).',
          `Identify the potential providers and assess them, ${w.criteria('10(6) and (9)')}. Record why you chose this provider.`,
          w.record2(existingContract(ctx)),
          w.conflicts,
          w.notice('10(10)'),
          w.standstill,
          w.award('10(16)'),
        ],
      }
    default:
      return {
        title: 'Competitive Process under the Provider Selection Regime (Wales)',
        summary: [
          'The Competitive Process lets you award a health services contract, or conclude a framework agreement, after a competition (reg 11).',
          whyCompetition(ctx),
          'Regulation 7 lets you use it where Process 1 does not apply and you are not using another process.',
          'You commit to advertising the opportunity, assessing offers against the key criteria and basic selection criteria, and publishing a notice of intention to award.',
          'You must then observe a standstill period.',
          'Under the regime, only the Competitive Process can set up a framework agreement.',
        ].join(' '),
        references: walesRefs(11, 'Competitive Process', true, true),
        risks: [
          w.risks.review,
          'Changing the criteria or their weighting after you advertise risks unequal treatment and challenge.',
          w.risks.conflicts,
          w.risks.scope,
          'A provider that bids too low may fail during the contract, so test financial standing proportionately.',
        ],
        nextSteps: [
          w.scope,
          'Decide whether you need a contract or a framework agreement: only this process can conclude a framework. A framework may last at most 8 years, save in exceptional cases (reg 16(4)). Run this process to admit further providers at least once every 4 years (reg 17).',
          w.record2(existingContract(ctx)),
          `Set the award criteria, ${w.criteria('11(4)')}. Then submit a notice inviting offers through Sell2Wales, with those criteria and how you will assess offers (reg 11(5) and Schedule 9).`,
          'Evaluate offers against the published criteria, with conflict of interest declarations from evaluators, and record your decisions.',
          `Tell the successful provider, and each unsuccessful provider with your reasons and the dates for representations, in writing (reg 11(10) and Schedule 10). ${w.notice('11(11)')}`,
          w.standstill,
          w.award('11(17)', 'the contract or conclude the framework agreement'),
        ],
      }
  }
}

export const providerSelectionRegime: RouteContent = {
  id: 'provider-selection-regime',
  name: 'Provider Selection Regime process',
  appliesWhen:
    'A relevant authority in England or Wales arranges health care services, so a Provider Selection Regime applies instead of the procurement rules.',
  variantLabels: {
    'direct-award-a': 'Direct award process A',
    'direct-award-b': 'Direct award process B',
    'direct-award-c': 'Direct award process C',
    'direct-award-1': 'Direct Award Process 1',
    'direct-award-2': 'Direct Award Process 2',
    'most-suitable-provider': 'Most suitable provider process',
    'competitive-process': 'Competitive process',
    'framework-call-off': 'Award under a framework agreement',
    'urgent-award': 'Urgent award',
  },
  text: byRegime({ 'psr-2023': englandText, 'psr-wales-2025': walesText }),
}
