import { isIsoDate } from '@machines/dates'
import { checkScenario } from '@machines/scenario'
import * as v from 'valibot'
import { MAX_RECORD_AMOUNT } from '@/lib/record-draft/record-amount'
import { isNoteKey, MAX_TEXT_LENGTH } from '@/lib/record-draft/record-draft'
import { type DecisionRecord, RECORD_FORMAT, RECORD_VERSION } from './decision-record'
import { planIssueMessage, recordPlanSchema, unknownPlanStep } from './record-plan'

/** Saved records are small; anything over this is not one of ours. */
export const MAX_RECORD_BYTES = 1_000_000

export type RecordFileParse = { ok: true; record: DecisionRecord } | { ok: false; message: string }

const text = v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH))
// A real day: 2026-02-31 would be printed as "31 February 2026".
const isoDate = v.pipe(
  v.string(),
  v.check((value: string) => isIsoDate(value), 'not a real date'),
)

/** A refusal names the first few problems and counts the rest, however many there are. */
const SHOWN_PROBLEMS = 3
export function listProblems(messages: string[]): string {
  const shown = messages.slice(0, SHOWN_PROBLEMS).join('; ')
  const more = messages.length - SHOWN_PROBLEMS
  return more > 0 ? `${shown}; and ${more.toLocaleString('en-GB')} more` : shown
}

/**
 * Keys the schema's records drop silently (`__proto__`, `constructor`, `prototype`): a file
 * holding one is refused, as any other unknown id is, instead of opening without it.
 */
function droppedKey(raw: unknown, kept: object | undefined): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined
  return Object.keys(raw).find((key) => !Object.hasOwn(kept ?? {}, key))
}

/** The record's envelope in version 1. Answers and dates are checked by the decision model itself. */
const recordV1Entries = {
  format: v.literal(RECORD_FORMAT),
  version: v.literal(1),
  answers: v.record(v.string(), v.union([v.string(), v.number()])),
  startDate: v.optional(v.string()),
  title: v.optional(text),
  organisation: v.optional(text),
  preparedBy: v.optional(text),
  approvedBy: v.optional(text),
  decisionDate: v.optional(isoDate),
  notes: v.optional(v.record(v.string(), text)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  ruleset: v.object({ version: v.string(), checked: v.string() }),
  result: v.looseObject({
    route: v.nullable(v.string()),
    variant: v.nullable(v.string()),
    regime: v.string(),
    title: v.string(),
  }),
}

/** Version 2: version 1 with the optional amount (whole pounds), recipient and plan. */
const RecordSchema = v.variant('version', [
  v.object(recordV1Entries),
  v.object({
    ...recordV1Entries,
    version: v.literal(RECORD_VERSION),
    amount: v.optional(
      v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(MAX_RECORD_AMOUNT)),
    ),
    recipient: v.optional(text),
    plan: v.optional(recordPlanSchema),
  }),
])

/**
 * Reads a saved decision record. The one place files are validated: every refusal says
 * what was wrong, and nothing here throws.
 */
export function parseRecordFile(content: string, size = content.length): RecordFileParse {
  if (size > MAX_RECORD_BYTES) {
    return {
      ok: false,
      message: 'The file is larger than 1 MB, so it is not a Route Finder record.',
    }
  }
  let data: unknown
  try {
    data = JSON.parse(content)
  } catch {
    return { ok: false, message: 'The file is not a Route Finder record: it is not valid JSON.' }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      ok: false,
      message: 'The file is not a Route Finder record: it does not hold a record object.',
    }
  }
  const envelope = data as { format?: unknown; version?: unknown }
  if (envelope.format !== RECORD_FORMAT) {
    return {
      ok: false,
      message: 'The file is in another format. Choose a JSON file downloaded from Route Finder.',
    }
  }
  if (typeof envelope.version === 'number' && envelope.version > RECORD_VERSION) {
    return {
      ok: false,
      message: `The file was made by a newer version of Route Finder (record version ${envelope.version}). This version reads version ${RECORD_VERSION}.`,
    }
  }
  const parsed = v.safeParse(RecordSchema, data)
  if (!parsed.success) {
    const issue = parsed.issues[0]
    const inPlan = issue && planIssueMessage(issue)
    if (inPlan) return { ok: false, message: inPlan }
    const where = issue ? v.getDotPath(issue) : null
    return {
      ok: false,
      message: `The record has a value that is not allowed${where ? ` in "${where}"` : ''}.`,
    }
  }
  const record = parsed.output
  const raw = data as { answers?: unknown; notes?: unknown; plan?: { pinned?: unknown } }
  const droppedAnswer = droppedKey(raw.answers, record.answers)
  if (droppedAnswer !== undefined) {
    return {
      ok: false,
      message: `The record’s answers cannot be used: "${droppedAnswer}" is not a question.`,
    }
  }
  const check = checkScenario({ answers: record.answers, startDate: record.startDate })
  if (!check.ok) {
    return {
      ok: false,
      message: `The record’s answers cannot be used: ${listProblems(check.problems.map((p) => p.message))}.`,
    }
  }
  const badNote =
    droppedKey(raw.notes, record.notes) ??
    Object.keys(record.notes ?? {}).find((k) => !isNoteKey(k))
  if (badNote)
    return {
      ok: false,
      message: `The record has a note for "${badNote}", which is not a question.`,
    }
  const badStep =
    'plan' in record && record.plan
      ? unknownPlanStep(record.plan, record.result.regime, raw.plan?.pinned)
      : undefined
  if (badStep) return { ok: false, message: badStep }
  return { ok: true, record: record as unknown as DecisionRecord }
}
