import { formatDate } from './date'

/** Words for links and files made under an earlier ruleset (decision model, section 9). */
export const earlierRulesetWording = {
  /**
   * One line above the first question the earlier ruleset did not ask on this path. Others may
   * follow it (a light touch path meets four), and only this one carries the line.
   */
  newQuestion: (madeUnder: string) =>
    `The questions have changed since this was made (ruleset ${madeUnder}), so we need at least one more answer, starting with this one.`,
  /** A call-off under an Act framework said to have begun before the Act. */
  callOffBeforeTheAct: `No framework or dynamic market under the Procurement Act 2023 existed before ${formatDate('2025-02-24')}, but your answers say this call-off started earlier. Choose the rules the framework was set up under, or change your answer about when the procurement started.`,
  /** The link to the other answer in that conflict. */
  changeWhenStarted: 'Change when the procurement started',
} as const
