import { earlierRulesetWording } from '@machines/content/earlier-ruleset'

/** Says why a link or file made under an earlier ruleset is asked one more question. */
export function RulesChangedNotice({ madeUnder }: { madeUnder: string }) {
  return (
    <div className="govuk-inset-text" data-testid="rules-changed-notice">
      {earlierRulesetWording.newQuestion(madeUnder)}
    </div>
  )
}
