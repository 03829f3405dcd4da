import { Page } from '@/components/page/page'

/** Placeholder until the decision map lands. */
export function MapPage() {
  return <Page title="Decision map" />
}
