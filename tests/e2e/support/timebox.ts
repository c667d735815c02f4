import type { Page } from '@playwright/test';
import type { HarnessProcess } from './harness';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

/** Moves the harness's fake clock (wall and monotonic) on, firing every timer in order. */
export const advance = (harness: HarnessProcess, ms: number) =>
  harness.control('clock/advance', { ms });

/** Main's own view of the time box, as the page's bridge gets it. */
export async function timeboxStatus(page: Page) {
  const result = await page.evaluate(() => window.timedeck.timebox.view());
  if (!result.ok) throw new Error(`timebox.view: ${result.error.message}`);
  return result.value.status;
}

/**
 * Starts a fresh budget day at a known point: the wall clock jumps to `afterReset` past the next
 * reset (forward only, so the day moves on), and one meter step adopts it.
 */
export async function freshDay(page: Page, harness: HarnessProcess, afterReset: number) {
  const { nextResetAt } = await timeboxStatus(page);
  await harness.control('clock/wall', { ms: nextResetAt + afterReset });
  await advance(harness, SECOND);
  return timeboxStatus(page);
}

interface SimRequest {
  at: number;
  method: string;
  path: string;
}

/**
 * The requests the demo's X simulator has had for X's API (its /2/ paths), once every call the
 * last clock step set off has landed: the harness answers `x/settled` only when no call to X is
 * under way, so no guess about how long a loaded machine takes is involved.
 */
export async function settledXRequests(harness: HarnessProcess): Promise<SimRequest[]> {
  const { requests } = await harness.control<{ requests: SimRequest[] }>('x/settled');
  return requests.filter((r) => r.path.startsWith('/2/'));
}

export const xRequestCount = async (harness: HarnessProcess) =>
  (await settledXRequests(harness)).length;

/** The harness's fake wall clock now. */
export const wallNow = async (harness: HarnessProcess) =>
  (await harness.control<{ now: number }>('clock')).now;

/** The desktop notifications main has shown so far (their bodies and titles). */
export const notifications = (harness: HarnessProcess) =>
  harness.control<Array<{ title: string; body: string }>>('notifications');
