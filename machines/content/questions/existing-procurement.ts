import type { ChoiceWording } from '../question-wording'

export const existingProcurement: ChoiceWording<'existing-procurement'> = {
  title: 'Did this procurement formally start before 24 February 2025?',
  hint: 'It started when you published a notice or invited suppliers to take part. Procurements started before then stay under the old rules.',
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
