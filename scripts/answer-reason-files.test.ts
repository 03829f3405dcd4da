import { resolve } from 'node:path'
import { answerReasons } from '@machines/content/answer-reasons'
import { isChoiceQuestion, questionIds } from '@machines/questions'
import { describe, expect, it } from 'vitest'
import { answerReasonFiles } from './answer-reason-files'

/** Runs a module's code, as the built app would, and returns its exports. */
const exportsOf = (code: string) => import(`data:text/javascript,${encodeURIComponent(code)}`)

type Load = (id: string) => Promise<string | null>
/** The plugin's load hook, with the watch-file calls it makes in a build. */
function loader(): Load {
  const load = answerReasonFiles().load as (this: unknown, id: string) => Promise<string | null>
  return (id) => load.call({ addWatchFile: () => undefined }, id)
}

describe('a file per question for the answers’ reasons', () => {
  it('gives a question its entry of the table, as plain data', async () => {
    const code = await loader()('\0reasons-mutual-conditions')
    expect(code).not.toMatch(/\bimport\b/)
    const { reasons } = await exportsOf(code ?? '')
    expect(reasons).toEqual(answerReasons['mutual-conditions'])
    expect(reasons.notSure.assumed).toMatch(/cannot be reserved/)
  })

  it('replaces the loader with an import of each choice question’s file, and leaves other modules', async () => {
    const load = loader()
    const code = (await load(resolve('machines/content/load-answer-reasons.ts'))) ?? ''
    const imported = [...code.matchAll(/import\("\\u0000reasons-([a-z-]+)"\)/g)].map((m) => m[1])
    expect(imported).toEqual(questionIds.filter(isChoiceQuestion))
    expect(imported).not.toContain('contract-value')
    expect(code).toContain('export function loadAnswerReasons(question)')
    expect(await load(resolve('machines/content/answer-reasons.ts'))).toBeNull()
  })

  it('refuses a question the table does not have, and a number question', async () => {
    await expect(loader()('\0reasons-atlantis')).rejects.toThrow(/no choice question atlantis/)
    await expect(loader()('\0reasons-contract-value')).rejects.toThrow(/no choice question/)
  })
})
