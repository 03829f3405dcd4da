import { Component, type ReactNode } from 'react'
import { RecoveryPage } from './recovery-page'

/** The last line of defence: whatever throws while rendering, the person sees a way on. */
export class ErrorBoundary extends Component<
  { children: ReactNode },
  { failed: boolean; error: unknown }
> {
  override state = { failed: false, error: undefined as unknown }

  static getDerivedStateFromError(error: unknown) {
    return { failed: true, error }
  }

  override render() {
    return this.state.failed ? <RecoveryPage error={this.state.error} /> : this.props.children
  }
}
