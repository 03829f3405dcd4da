import { createHash } from 'node:crypto'
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Answers } from '../answers'
import type { IsoDate } from '../dates'
import { coveringPaths } from '../paths'
import type { QuestionId } from '../questions'
import type { Replay } from '../replay'
import type { RouteId } from '../routes'

type Dates = { startDate?: IsoDate | undefined; today: IsoDate }

/**
 * The paths that cover the model (`coveringPaths`: every answer in every context that changes
 * what follows), enumerated once per change of the machine rather than once per test file.
 * Enumerating takes about 10 s of CPU and several test files need
 * the paths, so the first file to ask writes them to a cache in the temporary directory,
 * keyed by a hash of every source under machines/ (tests aside), the lock file (xstate's
 * version) and the dates; the other files, in this run and later ones, read them back.
 *
 * Lazily, not in a Vitest globalSetup: a setup would enumerate before every run, even a
 * narrow one that needs no paths, each time a source under machines/ changes. A lock file
 * makes a second worker wait for the first instead of enumerating the same paths again.
 */
export function enumeratedPaths(dates: Dates): readonly Replay[] {
  mkdirSync(cacheDir, { recursive: true })
  const file = join(cacheDir, `${cacheKey(dates)}.json`)
  const lock = `${file}.lock`
  for (;;) {
    if (existsSync(file)) return decode(readFileSync(file, 'utf8'))
    const held = tryLock(lock)
    if (held) {
      try {
        const paths = [...coveringPaths(dates)]
        const partial = `${file}.${process.pid}.tmp`
        writeFileSync(partial, encode(paths))
        renameSync(partial, file)
        pruneOld(file)
        return paths
      } finally {
        unlinkSync(lock)
      }
    }
    // Another worker is enumerating these paths: wait for its file. A synchronous wait,
    // because test files enumerate while they are collected.
    if (!lockHolderAlive(lock)) rmSync(lock, { force: true })
    else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200)
  }
}

const machinesDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const cacheDir = join(tmpdir(), 'route-finder-paths')
const ONE_DAY = 24 * 60 * 60 * 1000

function cacheKey(dates: Dates) {
  const hash = createHash('sha256')
  hash.update(JSON.stringify([dates.today, dates.startDate ?? null]))
  const sources = readdirSync(machinesDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort()
  for (const source of sources) {
    hash.update(`\0${source}\0`)
    hash.update(readFileSync(join(machinesDir, source)))
  }
  hash.update(readFileSync(join(machinesDir, '..', 'package-lock.json')))
  return hash.digest('hex').slice(0, 32)
}

function tryLock(lock: string) {
  try {
    const fd = openSync(lock, 'wx')
    writeFileSync(fd, String(process.pid))
    closeSync(fd)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
}

/** A lock left by a run that was stopped part way is taken over. */
function lockHolderAlive(lock: string) {
  let pid: number
  try {
    pid = Number(readFileSync(lock, 'utf8'))
  } catch {
    return true // gone already, or still being written: look again
  }
  if (!Number.isInteger(pid) || pid <= 0) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Caches of sources no longer current are removed after a day. */
function pruneOld(current: string) {
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name)
    if (path === current || !name.endsWith('.json')) continue
    try {
      if (Date.now() - statSync(path).mtimeMs > ONE_DAY) rmSync(path, { force: true })
    } catch {
      // removed by another run meanwhile
    }
  }
}

/**
 * The paths as rows of numbers into one table of the ids and values they use: about a
 * tenth the size of the paths as JSON objects, so each file reads them back in a fraction
 * of the time. A row: route, variant, next, the asked count and the asked questions,
 * then the answer count and each answer's question and value.
 */
type Atom = string | number | null
type Encoded = { atoms: Atom[]; rows: number[][] }

export function encode(paths: readonly Replay[]): string {
  const atoms: Atom[] = []
  const index = new Map<Atom, number>()
  const at = (atom: Atom) => {
    let i = index.get(atom)
    if (i === undefined) {
      i = atoms.push(atom) - 1
      index.set(atom, i)
    }
    return i
  }
  const rows = paths.map((p) => {
    const answers = Object.entries(p.answers) as [string, string | number][]
    return [
      at(p.route),
      at(p.variant),
      at(p.next),
      p.asked.length,
      ...p.asked.map(at),
      answers.length,
      ...answers.flatMap(([q, v]) => [at(q), at(v)]),
    ]
  })
  return JSON.stringify({ atoms, rows } satisfies Encoded)
}

export function decode(text: string): Replay[] {
  const { atoms, rows } = JSON.parse(text) as Encoded
  return rows.map((row) => {
    let i = 0
    const next = () => atoms[row[i++] as number] as Atom
    const route = next() as RouteId | null
    const variant = next() as string | null
    const nextQuestion = next() as QuestionId | null
    const asked: QuestionId[] = []
    for (let n = row[i++] as number; n > 0; n--) asked.push(next() as QuestionId)
    const answers: Record<string, string | number> = {}
    for (let n = row[i++] as number; n > 0; n--) {
      const question = next() as string
      answers[question] = next() as string | number
    }
    return { route, variant, next: nextQuestion, asked, answers: answers as Answers }
  })
}
