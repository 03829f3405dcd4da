import { answerReasons } from '@machines/content/answer-reasons'
import { reasonsInContext } from '@machines/content/reasons-in-context'
import { routeSummaries } from '@machines/content/route-summaries'
import { describe, expect, it } from 'vitest'
import { dataModule } from './build-time-data'

/** Runs a module's code, as the built app would, and returns its exports. */
const exportsOf = (code: string) => import(`data:text/javascript,${encodeURIComponent(code)}`)

describe('dataModule', () => {
  it("builds the route summaries in as data equal to the module's own, importing nothing", async () => {
    const { code, dependencies } = await dataModule('machines/content/route-summaries.ts')
    expect(code).not.toMatch(/\bimport\b/)
    const built = await exportsOf(code)
    expect(Object.keys(built)).toEqual(['routeSummaries'])
    expect(built.routeSummaries).toEqual(routeSummaries)
    // Read from the content files, which the build watches for changes.
    expect(dependencies.some((file) => file.endsWith('machines/content/routes/grant.ts'))).toBe(
      true,
    )
  })

  it("builds the answers' reasons in as data, without the question pages' words", async () => {
    const { code } = await dataModule('machines/content/answer-reasons.ts')
    expect(code).not.toMatch(/\bimport\b/)
    const built = await exportsOf(code)
    expect({ ...built }).toEqual({ answerReasons })
    // A reason is there; a hint (mutual-reservation's, naming s.33) is not.
    expect(built.answerReasons['mutual-reservation'].reasons.yes).toMatch(/reserve/)
    expect(code).not.toContain('controlled by its employees (s.33)')
  })

  it('builds the reasons other answers change in as data', async () => {
    const { code } = await dataModule('machines/content/reasons-in-context.ts')
    expect(code).not.toMatch(/\bimport\b/)
    expect({ ...(await exportsOf(code)) }).toEqual({ reasonsInContext })
  })

  it('refuses a module whose exports are not plain data', async () => {
    await expect(dataModule('machines/content/route-loaders.ts')).rejects.toThrow(
      /routeLoaders is not plain data/,
    )
  })
})
