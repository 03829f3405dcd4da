// Mutation testing of the routing: `npm run mutation`. Not part of `npm test`.
// Stryker 9 (Stryker 10 needs Node 22). Report: reports/mutation/mutation.json (git-ignored).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  // TypeScript 7 has no JavaScript API for Stryker's tsconfig rewriting; Vitest needs none.
  tsconfigFile: 'stryker-no-tsconfig.json',
  mutate: [
    'machines/decision-table.ts',
    'machines/conditions.ts',
    'machines/service-category.ts',
    'machines/provider-selection.ts',
    'machines/mutuals.ts',
    'machines/decision-machine.ts',
    'machines/regime.ts',
    'machines/threshold.ts',
    'machines/paths.ts',
    'machines/body.ts',
    'machines/user-choice.ts',
    'machines/earlier-ruleset.ts',
    // The changes journey (section 8): its conditions and its arithmetic.
    'machines/contract-change.ts',
    'machines/modification-arithmetic.ts',
  ],
  ignorePatterns: [
    'dist',
    'dist-ssr',
    'bench',
    'e2e',
    'public',
    'screenshots',
    'reports',
    'test-results',
    'playwright-report',
    'deploy',
  ],
  tempDirName: 'reports/stryker-tmp',
  cleanTempDir: true,
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
}
