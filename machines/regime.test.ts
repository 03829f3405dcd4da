import { describe, expect, it } from 'vitest'
import { bodyRegime, regimeFor } from './regime'

const path = (answers: Record<string, string>) => ({
  answers,
  asked: Object.keys(answers) as never[],
})

describe('regimeFor', () => {
  it('puts devolved Scottish bodies under the Scottish regulations whenever they began', () => {
    expect(regimeFor(path({ jurisdiction: 'scotland', 'authority-type': 'nhs' }))).toBe(
      'pcr-scotland-2015',
    )
    expect(
      regimeFor(
        path({
          jurisdiction: 'scotland',
          'authority-type': 'other-public-body',
          'scotland-body': 'not-sure',
        }),
      ),
    ).toBe('pcr-scotland-2015')
  })
  it('puts reserved bodies in Scotland under the UK rules by timing', () => {
    const reserved = {
      jurisdiction: 'scotland',
      'authority-type': 'central-government',
      'scotland-body': 'reserved',
    }
    expect(regimeFor(path({ ...reserved, 'existing-procurement': 'no' }))).toBe('pa-2023')
    expect(regimeFor(path({ ...reserved, 'existing-procurement': 'yes' }))).toBe('pcr-2015')
  })
  it('lets health care and a framework replace the body regime', () => {
    const england = {
      jurisdiction: 'england',
      'authority-type': 'nhs',
      'existing-procurement': 'yes',
    }
    expect(regimeFor(path({ ...england, 'health-care': 'yes' }))).toBe('psr-2023')
    expect(regimeFor(path({ ...england, 'framework-regime': 'pa-2023' }))).toBe('pa-2023')
    expect(regimeFor(path({ ...england, 'framework-regime': 'not-sure' }))).toBe('pcr-2015')
    expect(bodyRegime(path({ ...england, 'health-care': 'yes' }))).toBe('pcr-2015')
    const wales = {
      jurisdiction: 'wales',
      'authority-type': 'local-authority',
      'existing-procurement': 'no',
    }
    expect(regimeFor(path({ ...wales, 'health-care': 'yes' }))).toBe('psr-wales-2025')
  })
  it('counts only answers on the path', () => {
    expect(regimeFor({ answers: { 'existing-procurement': 'yes' }, asked: [] })).toBe('pa-2023')
  })
})
