// The Public Contracts Regulations 2015 govern a procurement only where one of the saving events
// of SI 2024/716 reg 5 happened before 24 February 2025 (legal-facts.md, "Regimes and dates").
// Every pcr-2015 result names them, once, in the same words (legal review 2026-12 A, M3, U2, I8).
import { ref } from './reference'
import type { Reference } from './route-content'

/** What is being kept under the 2015 rules: a procurement of its own, or a framework's call-offs. */
export type SavedThing = 'procurement' | 'framework'

/**
 * Next steps: confirm the saving event, and what follows if there was none. A PCR result never
 * invites a new step under the 2015 rules unless one of these events keeps them in force.
 */
export function pcrSavingSteps(saved: SavedThing): string[] {
  if (saved === 'framework')
    return [
      'Confirm the 2015 rules still govern the framework or dynamic purchasing system: set up, or its contract notice submitted, before 24 February 2025 (SI 2024/716, reg 5).',
      'If it is not, the Procurement Act 2023 governs the call-off. Keep the evidence either way.',
    ]
  return [
    'Confirm which step taken before 24 February 2025 keeps this procurement under the 2015 rules, and record it with its date (SI 2024/716, reg 5).',
    'These count: a contract notice or Contracts Finder opportunity submitted, a voluntary transparency notice published, or a provider contacted for a negotiated procedure without prior publication (reg 5(3)).',
    'If none of these happened, the Procurement Act 2023 governs: begin again under the Act rather than take a new step under the 2015 rules.',
  ]
}

export const pcrSavingReference: Reference = ref(
  'pa-2023-transitional',
  'When the 2015 Regulations still govern: the saving events before 24 February 2025',
  'SI 2024/716, reg 5(1) and (3)',
  'https://www.legislation.gov.uk/uksi/2024/716/regulation/5',
)
