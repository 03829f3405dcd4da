/** The "not legal advice" statement shown on the start page and every result. */
export const disclaimer = {
  heading: 'This is not legal advice',
  body: [
    'Route Finder helps you see which commissioning routes fit your situation and why, so you can have a better-informed conversation with your procurement and legal teams.',
    'It does not replace their advice. Take legal advice before you rely on a route, especially a direct award, a reserved contract, a transfer at undervalue, or any case where you answered "not sure".',
  ],
} as const
