import type { Checklist } from '@machines/content/question-wording'
import { sourceById } from '@machines/sources'

/**
 * A question's hint: its paragraph, then any conditions that must all hold as a bulleted
 * list, so each can be checked in turn, with a link to where they are set out.
 */
export function QuestionHint({ text, checklist }: { text: string; checklist?: Checklist }) {
  if (!checklist) return text || null
  const source = checklist.link && sourceById(checklist.link.source)
  return (
    <>
      {text && <p className="app-hint-paragraph">{text}</p>}
      <p className="app-hint-paragraph">{checklist.intro}</p>
      <ul className="govuk-list govuk-list--bullet app-hint-list">
        {checklist.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      {checklist.after && <p className="app-hint-paragraph">{checklist.after}</p>}
      {checklist.link && source && (
        <p className="app-hint-paragraph">
          <a className="govuk-link" href={source.url} rel="noreferrer noopener" target="_blank">
            {checklist.link.text} (opens in new tab)
          </a>
        </p>
      )}
    </>
  )
}
