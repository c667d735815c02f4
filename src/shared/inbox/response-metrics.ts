import type { ConversationLife, ConversationState } from './conversation-state';

/**
 * What the owner can act on: how fast customers hear back, and what is still open. Periods are
 * given as [start, end) in milliseconds, so the caller names days and weeks in the home zone
 * (the time box's budget days) and this stays a function of its inputs.
 */
export interface PeriodMetrics {
  start: number;
  end: number;
  /** Conversations a customer started in the period. */
  opened: number;
  /** Conversations that got a reply in the period. */
  answered: number;
  /** Conversations that became done in the period (by the owner or by waiting out). */
  done: number;
  /** Median time from a customer's first post to the first reply, of first replies in the period. */
  medianFirstResponseMs: number | null;
  /** The longest an open conversation had waited at the period's end (or now, if sooner). */
  oldestOpenWaitMs: number | null;
}

/** Time from the customer's first post to the first reply; null while unanswered. */
export const firstResponseMs = (life: ConversationLife): number | null =>
  life.firstResponseAt === null ? null : life.firstResponseAt - life.openedAt;

/** Time from the customer's first post to done; null while not done. */
export const timeToDoneMs = (life: ConversationLife): number | null =>
  life.doneAt === null ? null : life.doneAt - life.openedAt;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The state a conversation was in at `at`, and since when; null before it existed. */
export function stateAt(
  life: ConversationLife,
  at: number,
): { state: ConversationState; since: number } | null {
  if (at < life.openedAt) return null;
  let found = { state: 'open' as ConversationState, since: life.openedAt };
  for (const change of life.history) {
    if (change.at > at) break;
    if (change.from !== change.to || change === life.history[0]) {
      found = { state: change.to, since: change.at };
    }
  }
  return found;
}

const within = (at: number, start: number, end: number) => at >= start && at < end;

export function periodMetrics(
  lives: readonly ConversationLife[],
  start: number,
  end: number,
  now: number,
): PeriodMetrics {
  let opened = 0;
  let answered = 0;
  let done = 0;
  const firstResponses: number[] = [];
  let oldestOpenWaitMs: number | null = null;
  const measuredAt = Math.min(end, now);

  for (const life of lives) {
    if (within(life.openedAt, start, end)) opened++;
    if (life.history.some((c) => c.cause === 'reply' && within(c.at, start, end))) answered++;
    if (life.history.some((c) => c.to === 'done' && c.from !== 'done' && within(c.at, start, end)))
      done++;
    if (life.firstResponseAt !== null && within(life.firstResponseAt, start, end)) {
      firstResponses.push(life.firstResponseAt - life.openedAt);
    }
    if (measuredAt > start) {
      const then = stateAt(life, measuredAt - 1);
      if (then?.state === 'open') {
        const wait = measuredAt - then.since;
        oldestOpenWaitMs = Math.max(oldestOpenWaitMs ?? 0, wait);
      }
    }
  }
  return {
    start,
    end,
    opened,
    answered,
    done,
    medianFirstResponseMs: median(firstResponses),
    oldestOpenWaitMs,
  };
}
