import type { ChoiceWording } from '../question-wording'

export const enforceableDeliverables: ChoiceWording<'enforceable-deliverables'> = {
  title: 'Will you specify what must be delivered, and be able to enforce it?',
  // Grant or contract is decided by substance (decision model, section 2): what counts is a
  // right to delivery, not the usual grant conditions on how the money is used (issue 19).
  hint: 'Enforce means you can withhold payment, pay only on delivery, or claw money back if what you specified is not delivered. A right to claw back money that is misused or left unspent is a usual grant condition: on its own, it does not make a grant a contract.',
  error: 'Select whether you will specify and enforce what is delivered',
  options: {
    yes: {
      label: 'Yes',
      reason:
        'You will specify and enforce what is delivered, which points to a contract rather than a grant.',
    },
    no: {
      label: 'No',
      reason: 'You will not specify and enforce deliverables, which points to a grant.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure whether deliverables are enforceable, so we checked the next test for a contract.',
    },
  },
  notSure: {
    assumed: 'We assumed you will be able to enforce what is delivered.',
    why: 'Enforceable terms are a mark of a contract. Assuming them keeps procurement law in view until you know.',
    check:
      'Look at the draft funding agreement: does it let you withhold or recover money for non-delivery?',
  },
}
