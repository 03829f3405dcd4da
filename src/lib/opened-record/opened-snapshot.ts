/** What the opened file said, passed in navigation state by the "Open a saved file" page. */
export type OpenedSnapshot = {
  route: string | null
  variant: string | null
  regime: string
  title: string
}
