import { describe, expect, it } from 'vitest'
import cases from './plan-cases.json'
import { runPlans } from './runner'
import type { PlanOutput } from './types'

/**
 * Every worked example of plan-model.md section 9 (copied from shared/domain/plan/plan-cases.json),
 * run through the runner in this process and matched as section 9 says: each listed step other
 * than the pinned inputs appears with exactly its date, and its alt and generous where listed;
 * no date equals a listed common mistake.
 */
type CaseStep = {
  step: string
  date: string | null
  rule: string
  alt?: string
  generous?: string
  commonMistake?: string
}

describe('the worked examples', () => {
  for (const c of cases.cases) {
    it(`${c.id}: ${c.title}`, () => {
      const run = runPlans(JSON.stringify(c.input), '2026-12-02')
      expect(run.stderr).toEqual([])
      expect(run.exitCode).toBe(0)
      const output = run.output as PlanOutput
      const byId = new Map(output.steps.map((s) => [s.id, s]))
      for (const expected of c.steps as CaseStep[]) {
        if (expected.rule.startsWith('user input')) continue
        const got = byId.get(expected.step)
        expect(got, `${c.id} ${expected.step} is in the plan`).toBeDefined()
        expect(got?.date, `${c.id} ${expected.step} date`).toBe(expected.date)
        if (expected.alt) expect(got?.alt, `${c.id} ${expected.step} alt`).toBe(expected.alt)
        if (expected.generous)
          expect(got?.generous, `${c.id} ${expected.step} generous`).toBe(expected.generous)
        if (expected.commonMistake)
          expect(got?.date, `${c.id} ${expected.step} is not the common mistake`).not.toBe(
            expected.commonMistake,
          )
      }
    })
  }
})
