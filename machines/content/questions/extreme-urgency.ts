import type { ChoiceWording, HintContext } from '../question-wording'

// PA 2023 Sch 5 paras 13-14, s.54(3)-(4); PCR 2015 reg 32(2)(c); PCS Regs reg 33(1)(c)
// (legal-facts.md, "Extreme urgency").
const narrow =
  'The courts read this ground narrowly. It does not cover urgency caused by your own delay, or a deadline you could have seen coming.'

function hint({ regime }: HintContext): string {
  if (regime === 'pa-2023') {
    return `${narrow} Where there is a state of urgency a competition may use 10-day periods, and light touch contracts have no minimum periods, so rule those out first. The contract may cover only what the emergency strictly needs, usually for a short term while you run a competition.`
  }
  return `${narrow} It applies only where the time limits of even an accelerated open, restricted or negotiated procedure cannot be met. The contract may cover only what the emergency strictly needs, usually for a short term while you run a competition.`
}

export const extremeUrgency: ChoiceWording<'extreme-urgency'> = {
  title:
    'Is the need so urgent, because of events you could not foresee and did not cause, that no competition could award the contract in time?',
  hint,
  error: 'Select whether the need is so urgent that no competition could award it in time',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'Events you could not foresee and did not cause leave no time for any competition, so a direct award for the urgency may be justified.',
    },
    no: {
      label: 'No',
      reason: 'There is time for a competition, even a shortened one, so you must run one.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure the urgency rules out every competition, so we did not recommend an urgent direct award.',
    },
  },
  notSure: {
    assumed: 'We assumed there is time for a competition.',
    why: 'The urgency ground is narrow and often challenged; a shortened competition is the safer side.',
    check:
      'Write down what happened, when you learned of it, and why even a shortened competition could not finish in time.',
  },
}
