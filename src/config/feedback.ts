/**
 * Where feedback goes: a `mailto:` address set when the app is built (`VITE_FEEDBACK_EMAIL`).
 * Unset, or not an email address, the phase banner offers no link. The app never sends
 * anything itself: the link opens the person's own email program.
 */
export function feedbackMailto(address: string | undefined): string | undefined {
  const email = address?.trim()
  if (!email || !/^[^\s@<>"?&]+@[^\s@<>"?&]+\.[^\s@<>"?&]+$/.test(email)) return undefined
  return `mailto:${email}?subject=${encodeURIComponent('Route Finder feedback')}`
}

/** The feedback link of this build, or none. */
export const feedbackLink = feedbackMailto(import.meta.env.VITE_FEEDBACK_EMAIL)
