import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { stateQuestions } from './reachable-endings'

/** The modules a module imports from machines/, itself included, followed transitively. */
function modulesUsedBy(start: readonly string[]): Map<string, string> {
  const found = new Map<string, string>()
  const todo = [...start]
  while (todo.length > 0) {
    const name = todo.pop() as string
    const file = new URL(`../${name}.ts`, import.meta.url)
    if (found.has(name) || !existsSync(file)) continue
    const source = readFileSync(file, 'utf8')
    found.set(name, source)
    for (const m of source.matchAll(/from '\.\/([\w-]+)'/g)) todo.push(m[1] as string)
  }
  return found
}

describe('the state the search of endings keeps', () => {
  it('holds every answer that the conditions and the regime read', () => {
    const modules = modulesUsedBy(['conditions', 'regime'])
    expect([...modules.keys()]).toEqual(expect.arrayContaining(['body', 'threshold', 'regime']))
    const read = new Set(
      [...[...modules.values()].join('\n').matchAll(/answerOnPath\(\s*[\w.]+,\s*'([a-z-]+)'/g)].map(
        (m) => m[1] as string,
      ),
    )
    expect(read.size).toBeGreaterThan(5)
    expect([...read].filter((q) => !(stateQuestions as readonly string[]).includes(q))).toEqual([])
  })
})
