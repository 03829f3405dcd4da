import type { ChoiceWording } from '../question-wording'

// PA 2023 s.8; Concession Contracts Regulations 2016 reg 3; the Scottish regulations likewise
// (legal-facts.md, "Concessions"). Examples from the Cabinet Office and Welsh guidance.
export const concession: ChoiceWording<'concession'> = {
  title:
    'Will the provider be paid mainly by the people who use the service, at the risk that this income may not cover its costs?',
  hint: 'If so, the contract is a concession: the provider is rewarded at least partly by the right to run the service and charge for it. It also carries a real risk, beyond your control and its own, that demand or supply will not let it recover its costs. Running a leisure centre, café or car park and keeping the takings are examples. If you guarantee its income or cover its losses, it is not a concession.',
  error: 'Select whether the provider will be paid mainly by the people who use the service',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'The provider will be paid mainly by users and carries the operating risk, so this is a concession.',
    },
    no: {
      label: 'No',
      reason: 'You will pay the provider, or carry the risk yourself, so this is not a concession.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure whether this is a concession, so we applied the ordinary rules for contracts.',
    },
  },
  notSure: {
    assumed: 'We assumed the contract is not a concession.',
    why: 'The ordinary rules and thresholds for contracts are stricter than those for concessions.',
    check: 'Work out who pays the provider and who bears the loss if income falls short of costs.',
  },
}
