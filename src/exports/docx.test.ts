import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { recordToDocx } from './docx'
import { longRecord, recordWithPlan } from './record.examples'

describe('the Word record', () => {
  it('is a real .docx with the title, the answers table, lists and page numbers', async () => {
    const record = longRecord()
    const blob = await recordToDocx(record)
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()))
    expect(Object.keys(files)).toContain('word/document.xml')
    const xml = strFromU8(files['word/document.xml'] as Uint8Array)
    expect(xml).toContain('Day services *review* [2026] | phase #2')
    expect(xml).toContain('<w:tbl>')
    expect(xml).toContain('Are you arranging health care services for the health service?')
    expect(xml).toContain('Mostly social care; check the mixed-procurement rule.')
    expect(xml).toContain('w:numPr')
    expect(xml).toContain('Heading1')
    const footer = Object.entries(files).find(([name]) => name.startsWith('word/footer'))
    expect(footer && strFromU8(footer[1])).toContain('PAGE')
    for (const step of record.result.nextSteps.slice(0, 3)) {
      expect(xml).toContain(
        step.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').slice(0, 40),
      )
    }
  })

  it('has the plan as a real table, with the pinned date', async () => {
    const blob = await recordToDocx(recordWithPlan())
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()))
    const xml = strFromU8(files['word/document.xml'] as Uint8Array)
    const plan = xml.slice(xml.indexOf('Your procurement plan'))
    expect(plan).toContain('<w:tbl>')
    expect(plan.indexOf('<w:tblHeader/>')).toBeGreaterThan(0)
    expect(plan).toContain('Rule and source')
    expect(plan).toContain('UK6 Contract award notice.')
    expect(plan).toContain('18 March 2027 (your date)')
  })
})
