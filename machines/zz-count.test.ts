import { it } from 'vitest'
import { allPaths } from './paths'

it('count', () => {
  const t = Date.now()
  let n = 0
  const routes = new Map<string, number>()
  for (const p of allPaths({ today: '2026-12-02' })) {
    n++
    const k = `${p.route}`
    routes.set(k, (routes.get(k) ?? 0) + 1)
  }
  console.log('paths', n, 'ms', Date.now() - t, JSON.stringify([...routes]))
}, 600000)
