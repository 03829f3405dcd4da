import type { ChoiceWording, HintContext } from '../question-wording'

// SI 2024/716 reg 5(1), (3), (4)(a); the bands select the threshold figures (decision model 3.6).
function hint({ regime }: HintContext): string {
  const base =
    'That is when a notice was published or suppliers were first invited. A contract signed on or after 24 February 2025 is still under the old rules if its procurement started before that date. For a call-off from a framework or dynamic purchasing system, give the date the framework’s own procurement started.'
  return regime === 'pcr-scotland-2015'
    ? `${base} As a devolved Scottish body your rules are always the Public Contracts (Scotland) Regulations 2015: this answer only selects the threshold figures.`
    : base
}

export const modProcurementStart: ChoiceWording<'mod-procurement-start'> = {
  title: 'When did the procurement that led to this contract formally start?',
  hint: hint,
  error: 'Select when the procurement started',
  options: {
    'before-2024': {
      label: 'Before 1 January 2024',
      reason:
        'The procurement started before 24 February 2025, so the 2015 Regulations still govern the contract.',
    },
    'before-act': {
      label: '1 January 2024 to 23 February 2025',
      reason:
        'The procurement started before 24 February 2025, so the 2015 Regulations still govern the contract.',
    },
    'after-act-2025': {
      label: '24 February 2025 to 31 December 2025',
      reason:
        'The procurement started under the Procurement Act 2023, so the Act governs changes, with the thresholds of 2024 and 2025.',
    },
    'from-2026': {
      label: '1 January 2026 or later',
      reason:
        'The procurement started under the Procurement Act 2023, so the Act governs changes, with the thresholds of 2026.',
    },
  },
}
