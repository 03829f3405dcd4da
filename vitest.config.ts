import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@': new URL('./src', import.meta.url).pathname,
      '@machines': new URL('./machines', import.meta.url).pathname,
    },
  },
  test: {
    environment: 'node',
    testTimeout: 60_000,
    // Vitest keeps a core back for its main process by default: one file at a time on a
    // two-core machine, though the main process mostly waits on the workers.
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: {
          name: 'machines',
          include: ['machines/**/*.test.ts'],
          // machines/ is pure (no DOM, no mocks, no module state a test changes), so its
          // files share one module graph per worker instead of importing the statechart
          // and its content afresh for every file: most of the suite's import time.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          // Isolated: these use jsdom, fake timers and stores that hold state.
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'deploy/**/*.test.ts'],
        },
      },
    ],
  },
})
