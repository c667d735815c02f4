import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  openConversation,
  type ConversationEvent,
} from '../../../../src/shared/inbox/conversation-state';
import {
  firstResponseMs,
  median,
  periodMetrics,
  stateAt,
  timeToDoneMs,
} from '../../../../src/shared/inbox/response-metrics';

const M = 60_000;
const H = 60 * M;
const DAY = 24 * H;
const D0 = Date.UTC(2026, 10, 30);

const life = (openedAt: number, events: ConversationEvent[]) =>
  events.reduce(applyEvent, openConversation(openedAt, `p${openedAt}`));

describe('median', () => {
  it.each([
    [[], null],
    [[5], 5],
    [[9, 1, 5], 5],
    [[4, 1, 3, 2], 2.5],
  ])('%j → %s', (values, expected) => expect(median(values)).toBe(expected));
});

describe('per conversation', () => {
  it('first response and time to done', () => {
    const c = life(D0, [
      { type: 'replySent', at: D0 + 38 * M },
      { type: 'markDone', at: D0 + 2 * H },
    ]);
    expect(firstResponseMs(c)).toBe(38 * M);
    expect(timeToDoneMs(c)).toBe(2 * H);
    expect(firstResponseMs(life(D0, []))).toBeNull();
    expect(timeToDoneMs(life(D0, []))).toBeNull();
  });

  it('stateAt replays the history', () => {
    const c = life(D0 + H, [
      { type: 'replySent', at: D0 + 2 * H },
      { type: 'customerPost', at: D0 + 3 * H, postId: 'x' },
    ]);
    expect(stateAt(c, D0)).toBeNull();
    expect(stateAt(c, D0 + H)).toEqual({ state: 'open', since: D0 + H });
    expect(stateAt(c, D0 + 2 * H + 1)).toEqual({ state: 'waiting', since: D0 + 2 * H });
    expect(stateAt(c, D0 + 5 * H)).toEqual({ state: 'open', since: D0 + 3 * H });
  });
});

describe('periodMetrics', () => {
  const today = [
    // answered in 38 minutes, done in the afternoon
    life(D0 + 9 * H, [
      { type: 'replySent', at: D0 + 9 * H + 38 * M },
      { type: 'markDone', at: D0 + 15 * H },
    ]),
    // answered in 2 hours, waiting
    life(D0 + 10 * H, [{ type: 'replySent', at: D0 + 12 * H }]),
    // still open since 11:00
    life(D0 + 11 * H, []),
    // opened yesterday, answered today after 20 hours
    life(D0 - 4 * H, [{ type: 'replySent', at: D0 + 16 * H }]),
  ];

  it('counts what happened in the period, and the oldest wait at its end', () => {
    const m = periodMetrics(today, D0, D0 + DAY, D0 + 18 * H);
    expect(m).toMatchObject({ opened: 3, answered: 3, done: 1 });
    expect(m.medianFirstResponseMs).toBe(2 * H);
    // measured now (18:00), not at midnight: the open one has waited 7 hours
    expect(m.oldestOpenWaitMs).toBe(7 * H);
  });

  it('yesterday: one opened, none answered, and it had waited 4 hours at midnight', () => {
    const m = periodMetrics(today, D0 - DAY, D0, D0 + 18 * H);
    expect(m).toMatchObject({ opened: 1, answered: 0, done: 0, medianFirstResponseMs: null });
    expect(m.oldestOpenWaitMs).toBe(4 * H);
  });

  it('an empty inbox has no figures to show', () => {
    expect(periodMetrics([], D0, D0 + DAY, D0 + DAY)).toMatchObject({
      opened: 0,
      answered: 0,
      done: 0,
      medianFirstResponseMs: null,
      oldestOpenWaitMs: null,
    });
  });

  it('auto-done counts as done on the day it ran out', () => {
    const waiting = life(D0, [{ type: 'replySent', at: D0 + H }]);
    const closed = applyEvent(waiting, {
      type: 'tick',
      at: D0 + 10 * DAY,
      autoDoneAfterMs: 3 * DAY,
    });
    expect(periodMetrics([closed], D0 + 3 * DAY, D0 + 4 * DAY, D0 + 10 * DAY).done).toBe(1);
    expect(periodMetrics([closed], D0 + 4 * DAY, D0 + 5 * DAY, D0 + 10 * DAY).done).toBe(0);
  });
});
