import type { ChoiceWording } from '../question-wording'

// PA 2023 s.2(2)-(4); PCR 2015 and PCS Regs reg 2(1) "body governed by public law"; the
// Cabinet Office says the Act was not meant to change who is covered. Whether income from
// contracts counts as public funding is unsettled, so the hint does not say (legal-facts.md).
export const contractingAuthority: ChoiceWording<'contracting-authority'> = {
  title: 'Is your organisation a contracting authority, bound by the public procurement rules?',
  hint: 'Councils, government departments and NHS bodies always are. Another organisation, such as a charity, housing association, university or company, is one if it does not operate on a commercial basis and meets either test. Test one: most of its funding is public money. Test two: public bodies manage or control it, or appoint more than half of its board. Signs that it operates on a commercial basis: it bears its own losses, gets no better terms because of its public links, and competes in a fair market. The 2015 Regulations call such an organisation a body governed by public law; the Procurement Act was not meant to change who is covered.',
  error: 'Select whether your organisation is a contracting authority',
  options: {
    yes: {
      label: 'Yes',
      reason: 'Your organisation is a contracting authority, so the procurement rules bind it.',
    },
    no: {
      label: 'No',
      reason:
        'Your organisation is not a contracting authority, so the public procurement rules do not govern what it buys.',
    },
    'not-sure': {
      label: 'I am not sure',
      reason:
        'You were not sure whether the procurement rules bind your organisation, so we followed them.',
    },
  },
  notSure: {
    assumed: 'We assumed your organisation is a contracting authority and must follow the rules.',
    why: 'Following the procurement rules when they do not bind you is lawful; ignoring them when they do is not.',
    check:
      'Ask your legal team to apply the contracting authority test to your organisation’s funding, control and way of operating.',
  },
}
