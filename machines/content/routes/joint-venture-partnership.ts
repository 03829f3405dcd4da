import { subsidyControlAct2022 } from '../common-references'
import type { RouteContent, RouteContext, RouteText } from '../route-content'
import { mfaLimitSentence, windsorFor } from './grant'

function initiator(ctx: RouteContext): string {
  const who = ctx.answers['sib-initiator']
  if (who === 'provider') return 'a provider'
  if (who === 'funder') return 'a funder'
  return 'a provider or funder'
}

/**
 * A public contract is one for pecuniary interest (PA 2023 s.3(2); PR(S)A 2014 s.42; PCR and
 * PCS reg 2). Consideration need not be an outcome payment: money, rent-free premises or
 * seconded staff given in return for delivering services can make the arrangement a contract
 * (legal review 2026-12 B, #5). So "no procurement" holds only if nothing of value is given in
 * return for the services, and the result says so as a condition, not a conclusion.
 */
function text(ctx: RouteContext): RouteText {
  const windsor = windsorFor(ctx)
  return {
    title: 'Joint venture partnership that buys no services',
    summary: [
      'A joint venture partnership lets your organisation work with a provider and an investor on a Social Impact Bond without buying anything.',
      `You said the idea came from ${initiator(ctx)}, and that you will not pay for the services or outcomes.`,
      'An arrangement becomes a contract, to which procurement rules can apply, when something of value is given in return for services.',
      'Money, rent-free premises or seconded staff given in return for delivering services can be that payment.',
      'So test each contribution first, as you would a grant: procurement rules stay out only if nothing is given in return for services.',
      'Contributions that favour an organisation trading on a market can also be a subsidy under the Subsidy Control Act 2022.',
      ...windsor.sentences,
      'You commit to a written partnership agreement setting out roles, governance, contributions and exit.',
    ].join(' '),
    references: [
      subsidyControlAct2022.meaningOfSubsidyIncludingGoodsAndServices,
      subsidyControlAct2022.dutyToApplySubsidyControlPrinciples,
      subsidyControlAct2022.minimalFinancialAssistance,
      ...windsor.references,
    ],
    risks: [
      'A contribution given in return for the services, such as money, free premises or seconded staff, can make this a contract that needed a procurement.',
      'If you later agree to pay for services or outcomes, the arrangement becomes a contract. You must then procure it under the rules that apply to you.',
      'Your contributions may be an unlawful subsidy if you do not assess them or fit them within an exemption.',
      'The venture may fail or the investor may withdraw, so agree exit terms that protect the people using the service.',
      'Sharing data and making referrals raise data protection and conflict of interest issues, and other providers may complain of an unfair head start.',
    ],
    nextSteps: [
      'List every contribution you will make and its value, with your finance team.',
      'Run the grant-or-contract test on each one with your legal team: is it given in return for services to you or your residents? If so, this is a contract.',
      'Check your legal power to take part, and who in your organisation must approve it.',
      `Ask your subsidy control officer to assess the contributions, including whether Minimal Financial Assistance covers them. ${mfaLimitSentence}`,
      ...windsor.steps,
      'Agree a partnership agreement covering roles, governance, data sharing, contributions, outcomes reporting and exit.',
      'Plan how you would procure the service if you later decide to pay for outcomes.',
    ],
  }
}

export const jointVenturePartnership: RouteContent = {
  id: 'joint-venture-partnership',
  name: 'Joint venture partnership',
  appliesWhen:
    'A provider or investor leads, and your organisation contributes to the venture but gives nothing in return for services or outcomes.',
  variantLabels: {},
  // The same text under every regime the machine reaches it under (the body's own regime today,
  // the Procurement Act or the Scottish regulations): the venture buys nothing, and the Subsidy
  // Control Act 2022 holds across the UK. Only Northern Ireland differs, by the Windsor
  // Framework (windsorFor).
  text,
}
