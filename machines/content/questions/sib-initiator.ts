import type { ChoiceWording } from '../question-wording'

export const sibInitiator: ChoiceWording<'sib-initiator'> = {
  title: 'Who has brought the Social Impact Bond forward?',
  hint: 'A Social Impact Bond is a partnership of three. A commissioner pays for results, a provider delivers, and an investor funds the work up front. Choose your organisation if it leads the bond as commissioner, even where an intermediary helped design it. If a social investment intermediary or a central outcomes fund brought it to you, choose the investor or other funder. The next question then asks whether you will pay.',
  error: 'Select who has brought the Social Impact Bond forward',
  options: {
    commissioner: {
      label: 'My organisation, as commissioner',
      reason:
        'You are leading the Social Impact Bond as commissioner, so you are buying outcomes through a public contract.',
    },
    provider: {
      label: 'A provider',
      reason: 'A provider brought the idea, so what matters next is whether you will pay for it.',
    },
    funder: {
      label: 'An investor or other funder',
      reason: 'A funder brought the idea, so what matters next is whether you will pay for it.',
    },
  },
}
