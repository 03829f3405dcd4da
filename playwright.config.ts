import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './e2e/support/browser'

// E2E_PORT lets a second checkout on the same machine run its suite alongside.
const port = Number(process.env.E2E_PORT ?? 4317)

export default defineConfig({
  testDir: 'e2e',
  // Only meaningful behind nginx's headers, with a served copy to swap sw.js in:
  // playwright.nginx.config.ts runs them (npm test runs both).
  testIgnore: ['update.spec.ts', 'deployed-headers.spec.ts'],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  forbidOnly: true,
  // The 2-core CI machine runs two browsers at once: allow for slow frames.
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
