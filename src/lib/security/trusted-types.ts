/**
 * The app's one Trusted Types policy. The CSP requires trusted types for script URLs,
 * and the only script URL the app ever hands the browser is its service worker.
 */
type ScriptUrlPolicy = { createScriptURL: (url: string) => unknown }
type TrustedTypesFactory = {
  createPolicy: (
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ) => ScriptUrlPolicy
}

export const TRUSTED_TYPES_POLICY = 'route-finder'
const allowed = new Set(['/sw.js'])

let policy: ScriptUrlPolicy | undefined

export function trustedScriptUrl(url: string): string {
  const factory = (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes
  if (!factory) return url
  policy ??= factory.createPolicy(TRUSTED_TYPES_POLICY, {
    createScriptURL: (candidate) => {
      if (!allowed.has(candidate)) throw new TypeError(`Script URL not allowed: ${candidate}`)
      return candidate
    },
  })
  // A TrustedScriptURL is accepted wherever a string is.
  return policy.createScriptURL(url) as string
}
