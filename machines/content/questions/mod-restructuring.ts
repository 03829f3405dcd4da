import type { ChoiceWording, HintContext } from '../question-wording'

// PA 2023 Sch 8 para 9 and s.74(9); PCR and PCS Regs reg 72(1)(d)(ii); SI 2023/1348 reg 13(1)(b); WSI 2025/99 reg 13(4)(b).
function hint({ regime }: HintContext): string {
  const example = 'For example through a takeover, merger, acquisition or insolvency.'
  if (regime === 'pa-2023')
    return `${example} Under the Procurement Act 2023, the transfer must be needed because of a corporate restructuring or a similar event, and the new supplier must not be an excluded supplier. No other change of supplier is allowed.`
  if (regime === 'psr-2023' || regime === 'psr-wales-2025')
    return `${example} The change must only be to who the provider is, by succession, and the new provider must meet the basic selection criteria.`
  return `${example} The new supplier must take over all or part of the original supplier’s position, and meet the selection criteria of the original procurement. The change must bring no other substantial change.`
}

export const modRestructuring: ChoiceWording<'mod-restructuring'> = {
  title: 'Is the new supplier taking over because the original supplier was restructured?',
  hint: hint,
  error: 'Select whether the new supplier is taking over because of a restructuring',
  options: {
    yes: {
      label: 'Yes',
      reason: 'The new supplier takes over because the original supplier was restructured.',
    },
    no: {
      label: 'No',
      reason:
        'The new supplier is not taking over because of a restructuring of the original supplier.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason: 'You were not sure, so we did not rely on a restructuring.',
    },
  },
  notSure: {
    assumed: 'We assumed the new supplier is not taking over because of a restructuring.',
    why: 'A change of supplier is allowed only in narrow cases, and relying on one that does not apply can be challenged.',
    check: 'Ask the supplier how the new organisation comes to take over, and keep the evidence.',
  },
}
