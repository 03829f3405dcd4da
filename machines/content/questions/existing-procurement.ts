import type { ChoiceWording } from '../question-wording'

export const existingProcurement: ChoiceWording<'existing-procurement'> = {
  title: 'Did this procurement formally start before 24 February 2025?',
  // The saving events of SI 2024/716 reg 5 (legal-facts "Regimes and dates"; review A, U2).
  hint: 'Answer Yes only if, before that date, you had taken one of these steps. You submitted a contract notice or design contest notice, published the opportunity on Contracts Finder, or published a voluntary transparency (VEAT) notice. Or you contacted a supplier to begin a negotiated procedure without prior publication, or awarded the contract. A prior information notice that only announced your plans does not count, and nor do informal quotes. For a call-off under a framework or dynamic market, answer for the call-off itself. If you are not sure which step you took, check with your procurement or legal team.',
  error: 'Select whether this procurement formally started before 24 February 2025',
  options: {
    yes: {
      label: 'Yes, it started before 24 February 2025',
      reason:
        'Your procurement started before 24 February 2025, so the Public Contracts Regulations 2015 still govern it.',
    },
    no: {
      label: 'No, it started on or after that date, or has not started',
      reason:
        'Your procurement starts on or after 24 February 2025, so the Procurement Act 2023 applies.',
    },
  },
}

/**
 * Reasons that replace the option's own where a later answer on the path changes what the
 * start date means (rationale.ts picks them).
 */
export const existingProcurementInContext = {
  /** England, health care: SI 2023/1348 in force 1 January 2024, whatever the PA/PCR timing (review B, #19). */
  psrEngland: {
    yes: 'Your procurement started before 24 February 2025. That date does not matter for health care services in England, which the Provider Selection Regime has governed since 1 January 2024.',
    no: 'Your procurement starts on or after 24 February 2025. That date does not matter for health care services in England, which the Provider Selection Regime has governed since 1 January 2024.',
  },
  /** Wales, health care (asked only with "no"): WSI 2025/99 in force 24 February 2025, reg 34. */
  psrWales:
    'Your procurement starts on or after 24 February 2025, when the Welsh Provider Selection Regime took health services out of the Procurement Act 2023.',
  /** A call-off under a framework set up under the Act cannot have begun before it (review A, M5). */
  paFramework:
    'You answered that this procurement started before 24 February 2025. A call-off under a framework set up under the Procurement Act 2023 cannot have started then, so check this answer.',
} as const
