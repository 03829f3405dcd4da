/**
 * The one Content-Security-Policy of the app. The build writes it into index.html;
 * deploy/ sends the same policy as an HTTP header (a test keeps them equal).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  // Script URLs must come through the app's one Trusted Types policy (the service worker's).
  "require-trusted-types-for 'script'",
  'trusted-types route-finder',
].join('; ')
