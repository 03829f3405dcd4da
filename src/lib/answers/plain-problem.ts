import type { AnswerProblem } from '@machines/answers'
import { questionTitle } from '@machines/content/wording'
import { isQuestionId, retiredQuestionIds } from '@machines/questions'
import { RULESET, START_DATE } from './answer-query'

/**
 * A link's problem in plain English, for a person who pasted the link: the question's
 * title, never its id, option ids or the runner's wording. (`parseAnswerQuery` words its
 * problems for the runner and saved files too; this is the page's version.)
 */
export function plainProblem(problem: AnswerProblem): string {
  const { field, message } = problem
  // The link as a whole (too long, encoded twice): already written for people.
  if (field === 'link') return message
  if (field === RULESET) {
    return 'The link was made by a version of Route Finder that this one does not know.'
  }
  if (field === START_DATE) {
    return 'The link’s procurement start date is not a real date, or does not fit its other answers.'
  }
  const repeated = message.includes('more than once')
  if (isQuestionId(field)) {
    const title = `“${questionTitle(field)}”`
    if (repeated) return `The link answers ${title} more than once.`
    if (field === 'contract-value') {
      return 'The link’s contract value is not a whole number of pounds that we can use.'
    }
    return `The link’s answer to ${title} is not one of that question’s answers.`
  }
  if (repeated) return 'The link repeats something it should give once.'
  if ((retiredQuestionIds as readonly string[]).includes(field)) {
    return 'The link answers a question Route Finder no longer asks. Answer the questions again.'
  }
  return 'The link has an answer to a question Route Finder does not ask. It may have been cut short or edited.'
}
