// The plan runner: `npm run -s plan -- FILE` (FILE may be - for standard input).
// Prints one plan, or an array of plans in input order (shared/domain/plan/plan-model.md
// section 2.1). Input it cannot plan from: exit code 2, an empty plan naming the problems on
// stdout, and the problems on stderr. In-band errors (section 8) exit 0 with the full plan.
import { readFileSync } from 'node:fs'
import { runPlans } from '../machines/plan/runner'

const file = process.argv[2]
if (!file) {
  process.stderr.write('usage: npm run -s plan -- FILE   (FILE may be - for standard input)\n')
  process.exit(2)
}

let text: string
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8')
} catch (error) {
  process.stderr.write(`cannot read ${file}: ${(error as Error).message}\n`)
  process.exit(2)
}

// The only clock read: "today" in Europe/London unless the input gives one; ROUTE_FINDER_TODAY pins it.
const today =
  process.env.ROUTE_FINDER_TODAY ??
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date())
const outcome = runPlans(text, today)
if (outcome.stderr.length > 0) process.stderr.write(`${outcome.stderr.join('\n')}\n`)
process.stdout.write(`${JSON.stringify(outcome.output, null, 2)}\n`)
process.exit(outcome.exitCode)
