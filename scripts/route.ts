// The scenario runner: `npm run -s route -- FILE` (FILE may be - for standard input).
// Prints one Result, or an array of Results in input order. Invalid input: exit code 2,
// nothing on stdout, the problems on stderr.
import { readFileSync } from 'node:fs'
import { evaluate } from '../machines/evaluate'
import { runScenarios } from '../machines/runner'

const file = process.argv[2]
if (!file) {
  process.stderr.write('usage: npm run -s route -- FILE   (FILE may be - for standard input)\n')
  process.exit(2)
}

let text: string
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8')
} catch (error) {
  process.stderr.write(`cannot read ${file}: ${(error as Error).message}\n`)
  process.exit(2)
}

// The only clock read: the runner passes today in; ROUTE_FINDER_TODAY pins it for tests.
const today = process.env.ROUTE_FINDER_TODAY ?? new Date().toISOString().slice(0, 10)
const outcome = runScenarios(text, (s) => evaluate(s.answers, { startDate: s.startDate, today }))
if (!outcome.ok) {
  process.stderr.write(`${outcome.errors.join('\n')}\n`)
  process.exit(2)
}
process.stdout.write(`${JSON.stringify(outcome.output, null, 2)}\n`)
