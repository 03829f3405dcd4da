import type { DecisionRecord } from './decision-record'
import { recordView } from './decision-record'
import { PLAN_COLUMNS, planView } from './plan-view'

/** Escapes text so Markdown shows it as written: no accidental headings, links or tables. */
export function escapeMarkdown(text: string): string {
  return (
    text
      // Every CommonMark line ending (a lone CR too), and the Unicode line and paragraph
      // separators some renderers also break on: one line, so no heading can start.
      .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
      .replace(/([\\`*_[\]<>|~])/g, '\\$1')
      .replace(/^(\s*)([#+\-=>])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
  )
}

const cell = (text: string) => escapeMarkdown(text)

/** The decision record as Markdown, for pasting into reports and wikis. */
export function recordToMarkdown(record: DecisionRecord): string {
  const v = recordView(record)
  const lines: string[] = [`# ${escapeMarkdown(v.heading)}`, '']
  for (const d of v.details)
    lines.push(`- **${escapeMarkdown(d.label)}:** ${escapeMarkdown(d.value)}`)
  lines.push(
    '',
    '## Recommended route',
    '',
    `**${escapeMarkdown(v.routeTitle)}**`,
    '',
    escapeMarkdown(v.summary),
    '',
  )
  lines.push('## Your answers', '', '| Question | Answer | Notes |', '| --- | --- | --- |')
  for (const a of v.answers)
    lines.push(`| ${cell(a.title)} | ${cell(a.answer)} | ${cell(a.note ?? '')} |`)
  const list = (title: string, items: string[], numbered = false) => {
    if (items.length === 0) return
    lines.push('', `## ${title}`, '')
    for (const [i, item] of items.entries()) {
      lines.push(`${numbered ? `${i + 1}.` : '-'} ${escapeMarkdown(item)}`)
    }
  }
  list('Why this route', v.reasons, true)
  list('Assumptions for "not sure" answers', v.assumptions)
  if (v.alternatives.length > 0) {
    lines.push('', '## Alternatives considered', '')
    for (const a of v.alternatives)
      lines.push(
        `- **${escapeMarkdown(a.name)}.** ${escapeMarkdown(a.whyNot)} ${escapeMarkdown(a.wouldApplyIf)}`,
      )
  }
  if (v.references.length > 0) {
    lines.push('', '## Legal references', '')
    for (const r of v.references)
      lines.push(`- [${escapeMarkdown(r.label)}](${r.url}): ${escapeMarkdown(r.citation)}`)
  }
  list('Risks', v.risks)
  list('Next steps', v.nextSteps, true)
  const plan = planView(record)
  if (plan) {
    lines.push('', `## ${escapeMarkdown(plan.heading)}`, '')
    const undated = plan.undated.map((u) => `- ${escapeMarkdown(u)}`)
    if (plan.none)
      lines.push(escapeMarkdown(plan.none), ...(undated.length ? ['', ...undated] : []))
    else {
      lines.push(escapeMarkdown(plan.intro), '', ...(undated.length ? [...undated, ''] : []))
      if (plan.target) lines.push(escapeMarkdown(plan.target), '')
      lines.push(`| ${PLAN_COLUMNS.join(' | ')} |`, '| --- | --- | --- |')
      for (const r of plan.rows)
        lines.push(`| ${cell(r.step)} | ${cell(r.date)} | ${cell(r.rule)} |`)
      if (plan.messages.length > 0) lines.push('')
      for (const m of plan.messages) lines.push(`- ${escapeMarkdown(m)}`)
    }
    lines.push('', escapeMarkdown(plan.holidays))
  }
  if (v.threshold) lines.push('', '## Threshold applied', '', escapeMarkdown(v.threshold))
  if (v.socialValue) lines.push('', '## Social value', '', escapeMarkdown(v.socialValue))
  if (v.caseStudies.length > 0) {
    lines.push('', '## Examples from practice', '')
    for (const c of v.caseStudies)
      lines.push(`- **${escapeMarkdown(c.title)}.** ${escapeMarkdown(c.summary)}`)
  }
  list('What this result takes for granted', v.notes)
  if (v.resultNote) lines.push('', '## Notes', '', escapeMarkdown(v.resultNote))
  lines.push('', '---', '', escapeMarkdown(v.about), '')
  return lines.join('\n')
}
