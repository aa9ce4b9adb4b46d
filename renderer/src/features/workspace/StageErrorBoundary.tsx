import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  readonly error: Error | null;
}

/**
 * If the 3D view cannot be shown (its code failed to load after an update on disk, or WebGL failed), the
 * rest of the window keeps working and says what happened; nothing in the production is affected.
 */
export class StageErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('The 3D view failed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="workspace__stage-loading workspace__stage-failed" role="alert">
        <div>
          <p>
            <strong>The 3D view could not be shown.</strong> Your production is safe: every change is already saved.
          </p>
          <p>Reload the window. If it happens again, reinstall Closed Set.</p>
          <p className="workspace__stage-error">{error.message}</p>
          <button type="button" className="btn btn--primary" onClick={() => window.location.reload()}>
            Reload the window
          </button>
        </div>
      </div>
    );
  }
}
