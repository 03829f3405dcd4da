import type { ChoiceWording } from '../question-wording'

export const modKnownRisk: ChoiceWording<'mod-known-risk'> = {
  title:
    'Did the tender or transparency notice for this contract describe this specific risk and say the contract might be changed if it happened?',
  hint: 'The other conditions: the risk has now happened through nobody’s act or omission, yours or the supplier’s. The contract cannot be performed to your satisfaction without the change, and the change goes no further than needed. A new contract would not be in the public interest, having considered whether it could give better value for money (Sch 8 paras 5-7).',
  error: 'Select whether the notice described this risk',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'The tender or transparency notice described this risk and said the contract might change if it happened.',
    },
    no: {
      label: 'No',
      reason: 'The notice did not describe this risk.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason: 'You were not sure, so we did not rely on a known risk.',
    },
  },
  notSure: {
    assumed: 'We assumed the notice did not describe this risk.',
    why: 'The ground needs the risk to have been described in the notice, which you can check.',
    check: 'Find the tender or transparency notice and look for the description of this risk.',
  },
}
