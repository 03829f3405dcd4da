import { plainWords } from './content/plan-link'
import type { Result } from './result'
import { checkCallOffTiming, checkScenario, type Scenario } from './scenario'

export type RunOutcome = { ok: true; output: Result | Result[] } | { ok: false; errors: string[] }

/**
 * Parses the runner's input (one scenario or an array) and evaluates it. Any invalid
 * element fails the whole run, each named by its index. Besides what every scenario from
 * outside is checked for, the runner refuses a call-off under a Procurement Act 2023
 * framework that began before the Act (checkCallOffTiming).
 */
export function runScenarios(text: string, evaluateOne: (s: Scenario) => Result): RunOutcome {
  let input: unknown
  try {
    input = JSON.parse(text)
  } catch (error) {
    return { ok: false, errors: [`input is not JSON: ${(error as Error).message}`] }
  }
  const many = Array.isArray(input)
  const items: unknown[] = many ? (input as unknown[]) : [input]
  const errors: string[] = []
  const scenarios: Scenario[] = []
  items.forEach((item, index) => {
    const check = checkScenario(item)
    const problems = check.ok ? checkCallOffTiming(check.scenario) : check.problems
    if (check.ok && problems.length === 0) scenarios.push(check.scenario)
    else {
      const where = many ? `[${index}] ` : ''
      for (const p of problems) errors.push(`${where}${p.message}`)
    }
  })
  if (errors.length > 0) return { ok: false, errors }
  // The app links next steps to plan rows; the runner's readers get the words alone.
  const results = scenarios.map((s) => withPlainNextSteps(evaluateOne(s)))
  return { ok: true, output: many ? results : (results[0] as Result) }
}

const withPlainNextSteps = (result: Result): Result => ({
  ...result,
  nextSteps: result.nextSteps.map(plainWords),
})
