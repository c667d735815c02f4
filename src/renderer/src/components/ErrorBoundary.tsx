import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';

/**
 * Catches what a part of the page throws while rendering, so that one broken column does not
 * blank the whole window: the part says what failed, and offers a Reload. A column's Reload
 * renders it again; the app's reloads the page (main, and the time box, are unaffected).
 */
export interface ErrorBoundaryProps {
  /** What the part is, for the user: "The column “Mentions”", "Timedeck’s window". */
  what: string;
  /** How the fallback is laid out: in a column's place, or in place of the app. */
  place: 'column' | 'app';
  /** Column title, so the fallback keeps the column's region name. */
  label?: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** Bumped by Reload: a new key renders the children from scratch. */
  attempt: number;
}

export function errorMessageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n')[0]?.trim() ?? '';
  return line === '' ? 'an unknown error' : line.slice(0, 300);
}

export function ErrorFallback(props: {
  what: string;
  place: 'column' | 'app';
  label?: string;
  message: string;
  onReload(): void;
}) {
  const body = (
    <div className="error-fallback" role="alert">
      <h2>{props.what} failed to show</h2>
      <p>
        It stopped on: <code>{props.message}</code>
      </p>
      <p className="muted">
        Your time box keeps counting and your draft is kept.
        {props.place === 'column' ? ' The other columns are not affected.' : ''}
      </p>
      <button type="button" className="button primary" onClick={props.onReload}>
        Reload
      </button>
    </div>
  );
  return props.place === 'column' ? (
    <section role="region" aria-label={props.label} className="column column-failed">
      {body}
    </section>
  ) : (
    <main className="app-failed">{body}</main>
  );
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.what} failed to render`, error, info.componentStack);
  }

  private reload = () => {
    if (this.props.place === 'app') window.location.reload();
    else this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));
  };

  override render() {
    if (this.state.error)
      return (
        <ErrorFallback
          what={this.props.what}
          place={this.props.place}
          {...(this.props.label !== undefined ? { label: this.props.label } : {})}
          message={errorMessageOf(this.state.error)}
          onReload={this.reload}
        />
      );
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}
