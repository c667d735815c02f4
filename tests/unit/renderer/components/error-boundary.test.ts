import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  ErrorBoundary,
  ErrorFallback,
  errorMessageOf,
} from '../../../../src/renderer/src/components/ErrorBoundary';

// React's server renderer does not run error boundaries; the boundary's catching is tested in
// the browser (tests/e2e/hardening.spec.ts). Here: what it shows, and what it keeps of an error.
describe('the error boundary', () => {
  it('turns whatever was thrown into one short line', () => {
    expect(errorMessageOf(new Error('Cannot read properties of undefined\n    at X'))).toBe(
      'Cannot read properties of undefined',
    );
    expect(errorMessageOf('a string')).toBe('a string');
    expect(errorMessageOf(new Error(''))).toBe('an unknown error');
    expect(errorMessageOf(new Error('x'.repeat(1000)))).toHaveLength(300);
  });

  it('remembers the error it caught', () => {
    expect(ErrorBoundary.getDerivedStateFromError(new Error('boom')).error?.message).toBe('boom');
    expect(ErrorBoundary.getDerivedStateFromError('thrown text').error?.message).toBe(
      'thrown text',
    );
  });

  it('shows, in the column’s place, what failed and a Reload, as text', () => {
    const html = renderToStaticMarkup(
      createElement(ErrorFallback, {
        what: 'The column “Mentions”',
        place: 'column',
        label: 'Mentions',
        message: '<img src=x onerror=alert(1)>',
        onReload() {},
      }),
    );
    expect(html).toContain('role="region"');
    expect(html).toContain('aria-label="Mentions"');
    expect(html).toContain('role="alert"');
    expect(html).toContain('The column “Mentions” failed to show');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('>Reload</button>');
  });

  it('renders its children while nothing has failed', () => {
    const html = renderToStaticMarkup(
      createElement(ErrorBoundary, {
        what: 'x',
        place: 'app',
        children: createElement('p', null, 'fine'),
      }),
    );
    expect(html).toBe('<p>fine</p>');
  });
});
