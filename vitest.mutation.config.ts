import { defineConfig } from 'vitest/config'
import base from './vitest.config'

/**
 * The tests Stryker runs against each mutant of the routing (stryker.config.mjs): the
 * machines/ unit tests that say where an answer leads. The enumerations of every path,
 * the scenario fixtures (they build each result's content), the content and the runner's
 * process tests are left out: they take seconds to minutes per mutant. Not merged with
 * the base config's include, which mergeConfig would add to rather than replace.
 */
export default defineConfig({
  resolve: base.resolve,
  test: {
    environment: 'node',
    include: [
      'machines/decision-rules/**/*.test.ts',
      'machines/regime.test.ts',
      'machines/threshold.test.ts',
      'machines/progress.test.ts',
      'machines/decision-table.test.ts',
      'machines/decision-table.variants.test.ts',
      'machines/decision-machine.events.test.ts',
      'machines/replay.test.ts',
      'machines/body.test.ts',
      'machines/user-choice.test.ts',
      'machines/earlier-ruleset.test.ts',
      'machines/modification-arithmetic.test.ts',
      // Small hand-counted sub-trees of the enumeration (under a second), not paths.test.ts,
      // whose comparison of coveringPaths with allPaths takes seconds per mutant.
      'machines/paths.depth-first.test.ts',
    ],
  },
})
