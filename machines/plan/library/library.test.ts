import { describe, expect, it } from 'vitest'
import { sourceById } from '../../sources'
import { calendarSources, instrumentSources } from '../instruments'
import { allStepIds, libraryStep } from './index'

describe('the step library', () => {
  const ids = allStepIds()

  it('holds each step once, under an id of its regime', () => {
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^(pa|pcr|pcs|psr|psrw|sca|lga|land)\.[a-z0-9.-]+$/)
  })

  it('cites for every step an instrument recorded in machines/sources.ts, with a fact id', () => {
    for (const id of ids) {
      const step = libraryStep(id)
      expect(step?.sources.length, id).toBeGreaterThan(0)
      for (const source of step?.sources ?? []) {
        const sourceId = instrumentSources[source.instrument]
        expect(sourceId, `${id} cites ${source.instrument}`).toBeDefined()
        expect(sourceById(sourceId as string), source.instrument).toBeDefined()
        expect(source.factId).toMatch(/^F-[A-Z0-9-]+$/)
      }
    }
    for (const id of calendarSources) expect(sourceById(id)).toBeDefined()
  })

  it('marks the UNVERIFIED readings as unverified where a date rests on them', () => {
    const status = (id: string, factId: string) =>
      libraryStep(id)?.sources.find((s) => s.factId === factId)?.status
    expect(status('psr.standstill', 'F-PSR-12-CNT')).toBe('unverified')
    expect(status('pcr.standstill', 'F-WD-PCR')).toBe('unverified')
    expect(status('sca.database', 'F-CNT-WITHIN')).toBe('unverified')
    expect(status('psrw.fw.standstill', 'F-PSRW-FW-SS')).toBe('unverified')
    expect(status('pa.standstill.mandatory', 'F-PA-51')).toBe('confirmed')
  })
})
