// Benchmark of the runner: the time to evaluate the paths that cover the decision model
// (`coveringPaths`: every answer in every context that changes what follows, contract values
// one pound under and at each threshold; ruleset 2027-01 has too many complete paths to
// evaluate them all). Run by scripts/bench.mjs as `npx tsx scripts/bench-runner.ts`; prints
// one JSON object. `--sample FILE` evaluates the answer sets in a JSON array instead (for
// example the 2026-11 paths, to compare rulesets on the same answers).
//
// The parent enumerates the paths (timed apart), then two child processes evaluate half
// each: evaluate() takes about 2 ms a path, and this machine has two cores. (Child
// processes rather than worker threads: on Node 20 tsx's loader does not reach workers.)
// Options: --workers N (default 2), --limit N (evaluate the first N paths only), --sample FILE.

import { type ChildProcess, fork } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import type { Answers } from '../machines/answers'
import { evaluate } from '../machines/evaluate'
import { coveringPaths } from '../machines/paths'

type Job = { answers: Answers[]; today: string }
type Done = { evaluated: number; evaluateMs: number; routes: number; checksum: number }

function work({ answers, today }: Job): Done {
  let routes = 0
  let checksum = 0
  const start = performance.now()
  for (const a of answers) {
    const result = evaluate(a, { today })
    if (result.route) routes++
    // Touch the output so nothing can be skipped.
    checksum = (checksum + result.title.length + result.rationale.length) % 1_000_000_007
  }
  return { evaluated: answers.length, evaluateMs: performance.now() - start, routes, checksum }
}

function option(name: string): number | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? Number(process.argv[i + 1]) : undefined
}

async function main() {
  // The benchmark pins today so every run evaluates the same paths.
  const today = process.env.ROUTE_FINDER_TODAY ?? new Date().toISOString().slice(0, 10)
  const workers = Math.max(1, option('--workers') ?? 2)
  const limit = option('--limit')

  const t0 = performance.now()
  const sample = process.argv.indexOf('--sample')
  let paths: Answers[] = []
  if (sample >= 0) paths = JSON.parse(readFileSync(process.argv[sample + 1] as string, 'utf8'))
  else for (const run of coveringPaths({ today })) paths.push(run.answers)
  const enumerateMs = performance.now() - t0
  const total = paths.length
  if (limit !== undefined) paths = paths.slice(0, limit)

  // Interleave, so both halves get a similar mix of short and long paths.
  const shares: Answers[][] = Array.from({ length: workers }, () => [])
  paths.forEach((a, i) => {
    shares[i % workers]?.push(a)
  })

  const self = fileURLToPath(import.meta.url)
  const children = shares.map(() =>
    fork(self, ['--child', today], { execArgv: ['--import', 'tsx'], serialization: 'advanced' }),
  )
  const next = <T>(child: ChildProcess) =>
    new Promise<T>((resolve, reject) => {
      child.once('message', (m) => resolve(m as T))
      child.once('error', reject)
      child.once('exit', (code) => code && reject(new Error(`runner child exited with ${code}`)))
    })
  // Start the clock once every child has loaded the model and is waiting for its share.
  await Promise.all(children.map((c) => next(c)))
  const t1 = performance.now()
  const results = await Promise.all(
    children.map((c, i) => {
      const done = next<Done>(c)
      c.send({ answers: shares[i] ?? [], today } satisfies Job)
      return done
    }),
  )
  const wallMs = performance.now() - t1
  for (const c of children) c.disconnect()

  const evaluated = results.reduce((s, r) => s + r.evaluated, 0)
  const cpuMs = results.reduce((s, r) => s + r.evaluateMs, 0)
  const out = {
    today,
    paths: total,
    evaluated,
    routes: results.reduce((s, r) => s + r.routes, 0),
    workers,
    cores: availableParallelism(),
    enumerateMs: Math.round(enumerateMs),
    /** Wall-clock time for the workers to evaluate every path. */
    totalMs: Math.round(wallMs),
    /** Wall-clock time per path, with the work split across the workers. */
    msPerPath: wallMs / evaluated,
    /** Time one thread spends in evaluate() per path (sum over workers / paths). */
    cpuMsPerPath: cpuMs / evaluated,
  }
  process.stdout.write(`${JSON.stringify(out)}\n`)
}

if (process.argv[2] === '--child') {
  const today = process.argv[3] as string
  // Warm up on a few paths so the share isn't charged for loading and compiling the model.
  const warm: Answers[] = []
  for (const run of coveringPaths({ today })) {
    warm.push(run.answers)
    if (warm.length >= 200) break
  }
  work({ answers: warm, today })
  process.send?.('ready')
  process.once('message', (job: Job) => process.send?.(work(job)))
} else {
  main().catch((error) => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`)
    process.exit(1)
  })
}
