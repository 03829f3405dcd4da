import type { DecisionRecord } from './decision-record'
import { recordView } from './decision-record'
import { PLAN_COLUMNS, planView } from './plan-view'

/**
 * The decision record as a Word document: heading styles, a table of answers, lists and
 * page numbers. The docx library is loaded only when someone asks for a Word file.
 */
export async function recordToDocx(record: DecisionRecord): Promise<Blob> {
  const d = await import('docx')
  const v = xmlSafe(recordView(record))
  const para = (text: string) =>
    new d.Paragraph({ children: [new d.TextRun(text)], spacing: { after: 120 } })
  const heading = (text: string, level: (typeof d.HeadingLevel)[keyof typeof d.HeadingLevel]) =>
    new d.Paragraph({ text, heading: level, spacing: { before: 240, after: 120 } })
  const bullets = (items: string[]) =>
    items.map((text) => new d.Paragraph({ text, bullet: { level: 0 } }))
  const numbered = (items: string[], reference: string) =>
    items.map((text) => new d.Paragraph({ text, numbering: { reference, level: 0 } }))
  const section = (title: string, body: InstanceType<typeof d.Paragraph>[]) =>
    body.length ? [heading(title, d.HeadingLevel.HEADING_2), ...body] : []

  const cellOf = (text: string, bold = false) =>
    new d.TableCell({
      children: [new d.Paragraph({ children: [new d.TextRun({ text, bold })] })],
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
    })
  const answersTable = new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    rows: [
      new d.TableRow({
        tableHeader: true,
        children: ['Question', 'Answer', 'Notes'].map((h) => cellOf(h, true)),
      }),
      ...v.answers.map(
        (a) =>
          new d.TableRow({ children: [cellOf(a.title), cellOf(a.answer), cellOf(a.note ?? '')] }),
      ),
    ],
  })
  const planText = planView(record)
  const plan = planText && xmlSafe(planText)
  // The plan as a real table: Word keeps the header row on every page the table runs onto.
  const planTable =
    plan && plan.rows.length > 0
      ? new d.Table({
          width: { size: 100, type: d.WidthType.PERCENTAGE },
          rows: [
            new d.TableRow({
              tableHeader: true,
              children: PLAN_COLUMNS.map((h) => cellOf(h, true)),
            }),
            ...plan.rows.map(
              (r) =>
                new d.TableRow({
                  cantSplit: true,
                  children: [cellOf(r.step), cellOf(r.date), cellOf(r.rule)],
                }),
            ),
          ],
        })
      : undefined
  const planBody = plan
    ? [
        heading(plan.heading, d.HeadingLevel.HEADING_2),
        ...(plan.none ? [para(plan.none)] : [para(plan.intro)]),
        // A route with no procurement notice: its steps with no statutory date.
        ...bullets(plan.undated),
        ...(plan.target ? [para(plan.target)] : []),
        ...(planTable ? [planTable] : []),
        ...bullets(plan.messages),
        new d.Paragraph({
          children: [new d.TextRun({ text: plan.holidays, size: 18 })],
          spacing: { before: 120 },
        }),
      ]
    : []
  const detailsTable = new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    rows: v.details.map(
      (row) => new d.TableRow({ children: [cellOf(row.label, true), cellOf(row.value)] }),
    ),
  })

  const doc = new d.Document({
    creator: 'Route Finder',
    title: v.heading,
    description: 'Decision record',
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    numbering: {
      config: ['reasons', 'steps'].map((reference) => ({
        reference,
        levels: [
          {
            level: 0,
            format: d.LevelFormat.DECIMAL,
            text: '%1.',
            alignment: d.AlignmentType.START,
          },
        ],
      })),
    },
    sections: [
      {
        footers: {
          default: new d.Footer({
            children: [
              new d.Paragraph({
                alignment: d.AlignmentType.CENTER,
                children: [
                  new d.TextRun('Page '),
                  new d.TextRun({ children: [d.PageNumber.CURRENT] }),
                  new d.TextRun(' of '),
                  new d.TextRun({ children: [d.PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: [
          new d.Paragraph({ text: v.heading, heading: d.HeadingLevel.TITLE }),
          ...(v.details.length ? [detailsTable] : []),
          heading('Recommended route', d.HeadingLevel.HEADING_1),
          new d.Paragraph({
            children: [new d.TextRun({ text: v.routeTitle, bold: true })],
            spacing: { after: 120 },
          }),
          para(v.summary),
          heading('Your answers', d.HeadingLevel.HEADING_2),
          answersTable,
          ...section('Why this route', numbered(v.reasons, 'reasons')),
          ...section('Assumptions for "not sure" answers', bullets(v.assumptions)),
          ...section(
            'Alternatives considered',
            v.alternatives.map(
              (a) =>
                new d.Paragraph({
                  bullet: { level: 0 },
                  children: [
                    new d.TextRun({ text: `${a.name}. `, bold: true }),
                    new d.TextRun(`${a.whyNot} ${a.wouldApplyIf}`),
                  ],
                }),
            ),
          ),
          ...section(
            'Legal references',
            v.references.map(
              (r) =>
                new d.Paragraph({
                  bullet: { level: 0 },
                  children: [
                    new d.ExternalHyperlink({
                      link: r.url,
                      children: [new d.TextRun({ text: r.label, style: 'Hyperlink' })],
                    }),
                    new d.TextRun(`: ${r.citation}`),
                  ],
                }),
            ),
          ),
          ...section('Risks', bullets(v.risks)),
          ...section('Next steps', numbered(v.nextSteps, 'steps')),
          ...planBody,
          ...section('Threshold applied', v.threshold ? [para(v.threshold)] : []),
          ...section('Social value', v.socialValue ? [para(v.socialValue)] : []),
          ...section(
            'Examples from practice',
            v.caseStudies.map(
              (c) =>
                new d.Paragraph({
                  bullet: { level: 0 },
                  children: [
                    new d.TextRun({ text: `${c.title}. `, bold: true }),
                    new d.TextRun(c.summary),
                  ],
                }),
            ),
          ),
          ...section('What this result takes for granted', bullets(v.notes)),
          ...section('Notes', v.resultNote ? [para(v.resultNote)] : []),
          new d.Paragraph({
            children: [new d.TextRun({ text: v.about, italics: true, size: 18 })],
            spacing: { before: 360 },
          }),
        ],
      },
    ],
  })
  return d.Packer.toBlob(doc)
}

/**
 * The non-characters U+FFFE and U+FFFF are not allowed in XML, and the docx library passes
 * them through (it strips C0 controls itself): one would make Word refuse the file.
 */
const NOT_XML = /[\uFFFE\uFFFF]/g

/** The view with every string made safe for XML, whatever its nesting. */
export function xmlSafe<T>(value: T): T {
  if (typeof value === 'string') return value.replace(NOT_XML, '') as T
  if (Array.isArray(value)) return value.map(xmlSafe) as T
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlSafe(v)])) as T
  }
  return value
}
