import type { ChoiceWording } from '../question-wording'

// PA 2023 Sch 5 paras 15-17 (user choice contracts); PCR 2015 and the PCS Regs have no such
// ground (legal-facts.md, "User choice contracts and direct payments").
export const userChoice: ChoiceWording<'user-choice'> = {
  title: 'Is this for one named person, who (or whose carer) chooses the provider?',
  // Each set of rules is named only where it applies: the Act's ground for the Act, and the
  // absence of one for the 2015 Regulations and the Scottish regulations.
  hint: ({ regime }) => {
    const directPayment =
      'A direct payment the person spends themselves is not a contract of yours.'
    if (regime === 'pcr-2015' || regime === 'pcr-scotland-2015') {
      const rules =
        regime === 'pcr-2015' ? 'The 2015 Regulations have' : 'The Scottish regulations have'
      return `${rules} no ground for a direct award to the provider one person chose, though many single placements are below the threshold. ${directPayment}`
    }
    return `Under the Procurement Act 2023 you may award a user choice contract directly only when four things hold. The light touch services are for one person. A law requires you to take account of that person’s, or their carer’s, views on who provides them. They have said which provider they want, or only one provider can meet their needs. And a competition would not be in their best interests. ${directPayment}`
  },
  error: 'Select whether this is for one person who chooses the provider',
  options: {
    'chosen-provider': {
      label: 'Yes, and we will contract with the provider they chose',
      hint: 'For example a care home placement or a home care package for one person.',
      reason:
        'The service is for one person who chose the provider, and you will contract with that provider.',
    },
    'direct-payment': {
      label: 'Yes, and they will get a direct payment and arrange the service themselves',
      reason:
        'The person will buy the service with a direct payment, so your organisation is not buying it.',
    },
    no: {
      label: 'No, it is a service for many people',
      hint: 'For example a block contract, a framework or an approved list.',
      reason: 'The service is for many people, so it is bought in the usual way.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure whether this is one person’s chosen provider, so we assumed a service for many people.',
    },
  },
  notSure: {
    assumed: 'We assumed you will compete the service or use a framework.',
    why: 'A direct award for one person needs every condition of the user choice ground to hold; competing is always open to you.',
    check:
      'Check whether the services are for one person and whether a law requires you to take their views on the provider into account.',
  },
}
