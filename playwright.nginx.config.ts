import { defineConfig } from '@playwright/test'
import base from './playwright.config'
import { servedRoot } from './scripts/nginx.mjs'

/** nginx with deploy/nginx on this port; the specs below read and swap files in its copy. */
export const NGINX_PORT = 4318
export const NGINX_ROOT = servedRoot(NGINX_PORT)

/**
 * The second run of `npm test`: the specs whose outcome depends on the deployed headers
 * (the service worker under the page's CSP, caching, long links), served by nginx with
 * the project's own configuration. One worker: one browser, and the update test swaps
 * sw.js in the served copy.
 */
export const deployedSpecs = ['offline.spec.ts', 'update.spec.ts', 'deployed-headers.spec.ts']

export default defineConfig({
  ...base,
  testMatch: deployedSpecs,
  testIgnore: [],
  fullyParallel: false,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright-nginx.json' }]],
  use: { ...base.use, baseURL: `http://127.0.0.1:${NGINX_PORT}` },
  webServer: {
    command: `node scripts/nginx.mjs serve ${NGINX_PORT}`,
    url: `http://127.0.0.1:${NGINX_PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
