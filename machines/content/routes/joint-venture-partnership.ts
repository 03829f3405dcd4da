import { subsidyControlAct2022 } from '../common-references'
import { formatPounds } from '../money'
import type { RouteContent, RouteContext, RouteText } from '../route-content'
import { subsidyFigures, windsorReferences, windsorSentences, windsorStep } from './grant'

function initiator(ctx: RouteContext): string {
  const who = ctx.answers['sib-initiator']
  if (who === 'provider') return 'a provider'
  if (who === 'funder') return 'a funder'
  return 'a provider or funder'
}

function text(ctx: RouteContext): RouteText {
  const ni = ctx.jurisdiction === 'northern-ireland'
  return {
    title: 'Joint venture partnership outside procurement rules',
    summary: [
      'A joint venture partnership lets your organisation work with a provider and an investor on a Social Impact Bond without buying anything.',
      `You said the idea came from ${initiator(ctx)}, and that you will not pay for the services or outcomes.`,
      'With no payment for services, there is no public contract, so procurement rules do not apply.',
      'You can still contribute data, referrals, staff time, premises or money.',
      'Those contributions can be a subsidy under the Subsidy Control Act 2022 if they favour an organisation that trades on a market.',
      ...(ni ? windsorSentences : []),
      'You commit to a written partnership agreement setting out roles, governance, contributions and exit.',
    ].join(' '),
    references: [
      subsidyControlAct2022.meaningOfSubsidyIncludingGoodsAndServices,
      subsidyControlAct2022.dutyToApplySubsidyControlPrinciples,
      subsidyControlAct2022.minimalFinancialAssistance,
      ...(ni ? windsorReferences() : []),
    ],
    risks: [
      'If you later agree to pay for services or outcomes, the arrangement becomes a contract. You must then procure it under the rules that apply to you.',
      'Your contributions may be an unlawful subsidy if you do not assess them or fit them within an exemption.',
      'The venture may fail or the investor may withdraw, so agree exit terms that protect the people using the service.',
      'Sharing data and making referrals raise data protection and conflict of interest issues, so agree them in writing.',
      'Other providers may complain that the venture gives your partner an unfair head start in later procurements.',
    ],
    nextSteps: [
      'Confirm with your legal team that your organisation will pay nothing for the services or outcomes, so no procurement applies.',
      'Check your legal power to take part, and who in your organisation must approve it.',
      'List every contribution you will make and its value, with your finance team.',
      `Ask your subsidy control officer to assess the contributions, including whether Minimal Financial Assistance (up to ${formatPounds(subsidyFigures.mfaLimit)} over three financial years) covers them.`,
      ...(ni ? [windsorStep] : []),
      'Agree a partnership agreement covering roles, governance, data sharing, contributions, outcomes reporting and exit.',
      'Plan how you would procure the service if you later decide to pay for outcomes.',
    ],
  }
}

export const jointVenturePartnership: RouteContent = {
  id: 'joint-venture-partnership',
  name: 'Joint venture partnership',
  appliesWhen:
    'A provider or investor leads, and your organisation contributes to the venture but pays for no services or outcomes.',
  variantLabels: {},
  text,
}
