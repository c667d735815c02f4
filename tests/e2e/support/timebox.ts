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

async function xRequests(harness: HarnessProcess): Promise<SimRequest[]> {
  const { url } = await harness.control<{ url: string | null }>('simulator');
  if (!url) throw new Error('the harness runs no simulator');
  const res = await fetch(new URL('__sim/requests', url.endsWith('/') ? url : `${url}/`));
  const body = (await res.json()) as { requests: SimRequest[] };
  return body.requests.filter((r) => r.path.startsWith('/2/'));
}

/**
 * The requests the demo's X simulator has had for X's API (its /2/ paths), once they have
 * settled: a poll that a clock step set off is a real HTTP request that lands a moment after the
 * step returns, so the log is read until two readings agree.
 */
export async function settledXRequests(harness: HarnessProcess): Promise<SimRequest[]> {
  let last = await xRequests(harness);
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await xRequests(harness);
    if (now.length === last.length) return now;
    last = now;
  }
  throw new Error('requests to the simulator did not settle');
}

export const xRequestCount = async (harness: HarnessProcess) =>
  (await settledXRequests(harness)).length;

/** The harness's fake wall clock now. */
export const wallNow = async (harness: HarnessProcess) =>
  (await harness.control<{ now: number }>('clock')).now;

/** The desktop notifications main has shown so far (their bodies and titles). */
export const notifications = (harness: HarnessProcess) =>
  harness.control<Array<{ title: string; body: string }>>('notifications');
