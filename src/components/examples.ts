/**
 * A component's documentation and examples, in the spirit of govuk-frontend's
 * `<name>.yaml`: every prop described, and named examples that the component's tests
 * render as they are (a test asserts what each example promises instead of inventing
 * props). Callbacks and refs are the test's to supply, so examples hold data only.
 */

/** One line per prop; keyed by the props type, so an undocumented prop fails to compile. */
export type PropDocs<Props> = {
  [Name in keyof Required<Props>]: { required: boolean; description: string }
}

export type Example<Props> = {
  description: string
  props: Props
  /** Only for tests: shows an edge rather than a way the app uses the component. */
  testOnly?: true
}

export type Examples<Props> = Record<string, Example<Props>>

/**
 * Every example as `[name, example]`, for `it.each`. Name the props type: otherwise the
 * first example's own would be inferred.
 */
export function examplesOf<Props>(examples: NoInfer<Examples<Props>>): [string, Example<Props>][] {
  return Object.entries(examples)
}
