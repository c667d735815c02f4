import { app, shell } from 'electron';
import type { PresenceSource } from '../platform/presence';

/**
 * Seams for the Electron e2e tests (tests/e2e/electron/), read and driven there through
 * Playwright's electronApp.evaluate. On only in a development build started with TIMEDECK_E2E=1:
 * a packaged app never reads the variable, so no environment can turn them on for a user.
 */
export interface TestHooks {
  /** Every URL the app handed to the system browser, in order, instead of opening it. */
  opened: string[];
  /** The presence the time box reads (window, powerMonitor). */
  presence?: PresenceSource;
}

const hooks: TestHooks | null =
  !app.isPackaged && process.env.TIMEDECK_E2E === '1' ? { opened: [] } : null;
if (hooks) (globalThis as { __timedeckTest?: TestHooks }).__timedeckTest = hooks;

/** The system browser, for http(s) URLs already checked by the caller; recorded under test. */
export function openExternal(url: string): Promise<void> {
  if (!hooks) return shell.openExternal(url);
  hooks.opened.push(url);
  return Promise.resolve();
}

export function exposeForTests(parts: Omit<TestHooks, 'opened'>): void {
  if (hooks) Object.assign(hooks, parts);
}
