/**
 * What the ruleset does not model yet (decision model, section 7), most often met first.
 * Shown on its own page, linked from the start page and every result, so nobody mistakes
 * the tool's silence for an answer.
 */
export const knownGaps: readonly { title: string; detail: string }[] = [
  {
    title: 'Frameworks under the Provider Selection Regimes',
    detail:
      'The health care questions do not ask whether you will use a framework. Under the regimes, only the competitive process can set up a framework.',
  },
  {
    title: 'Changes to and extensions of existing contracts',
    detail:
      'Whether you can modify or extend a contract you already have is governed by separate rules. The tool only looks at new awards.',
  },
  {
    title: 'User choice contracts',
    detail:
      'Spot placements and services chosen by the person using them, for example through a personal budget, have their own direct award ground. The tool does not ask about them.',
  },
  {
    title: 'Urgency',
    detail:
      'Awards made because of extreme and unavoidable urgency are not covered. They are narrow and often challenged.',
  },
  {
    title: 'Concessions',
    detail:
      'Where the provider is paid mainly by the people using the service rather than by you, different rules may apply.',
  },
  {
    title: 'Reservation for supported employment providers',
    detail:
      'Contracts reserved for organisations whose main aim is employing disabled or disadvantaged workers are not covered.',
  },
  {
    title: 'Whether your organisation is a contracting authority',
    detail:
      'The tool assumes you are a public body bound by the procurement rules. Some bodies, such as certain charities and companies, need to check this first.',
  },
]
