/**
 * The plan runner in this process (scripts/plan.ts wires it to files and exit codes): one input
 * or an array in, one output or an array in input order out (plan-model.md section 2.1).
 */
import type { IsoDate } from '../dates'
import { checkPlanInput } from './input'
import { plan } from './plan'
import type { Plan, PlanOutput, StepOutput } from './types'

export type PlanRun = { exitCode: 0 | 2; output: PlanOutput | PlanOutput[]; stderr: string[] }

const refused = (errors: string[]): PlanOutput => ({
  steps: [],
  warnings: [],
  errors: errors.map((message) => ({ code: 'invalid-input', message })),
})

/** A plan as the runner prints it: each step flattened, fields present only when they apply. */
export function toOutput(p: Plan): PlanOutput {
  const steps: StepOutput[] = p.steps.map((st) => ({
    id: st.id,
    date: st.result.date,
    dateKind: st.result.dateKind,
    kind: st.kind,
    requirement: st.requirement,
    ...(st.condition ? { condition: st.condition } : {}),
    ...(st.notice ? { notice: st.notice } : {}),
    ...(st.result.altDate ? { alt: st.result.altDate, altReason: st.result.altReason } : {}),
    ...(st.result.generousDate ? { generous: st.result.generousDate } : {}),
    sources: st.sources,
    ...(st.result.warnings.length > 0 ? { warnings: st.result.warnings } : {}),
  }))
  const none = p.none ? [{ code: 'no-statutory-notices', message: p.none }] : []
  return { steps, warnings: [...none, ...p.warnings], errors: p.errors }
}

export function runPlans(text: string, today: IsoDate): PlanRun {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    const message = `input is not JSON: ${(error as Error).message}`
    return { exitCode: 2, output: refused([message]), stderr: [message] }
  }
  const many = Array.isArray(parsed)
  const items = many ? (parsed as unknown[]) : [parsed]
  const checked = items.map((item) => checkPlanInput(item, today))
  const stderr = checked.flatMap((c, i) =>
    c.ok ? [] : c.problems.map((p) => (many ? `[${i}] ${p}` : p)),
  )
  if (stderr.length > 0) {
    const outputs = checked.map((c) => refused(c.ok ? [] : c.problems))
    return { exitCode: 2, output: many ? outputs : (outputs[0] as PlanOutput), stderr }
  }
  const outputs = checked.map((c) =>
    toOutput(plan((c as { ok: true; input: Parameters<typeof plan>[0] }).input, today)),
  )
  return { exitCode: 0, output: many ? outputs : (outputs[0] as PlanOutput), stderr: [] }
}
