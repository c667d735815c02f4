import { describe, expect, it } from 'vitest';
import { inboxCsvColumns, inboxDayMetrics } from '../../../../src/main/inbox/day-metrics';
import { reportCsv } from '../../../../src/main/timebox/report';
import { applyEvent, openConversation } from '../../../../src/shared/inbox/conversation-state';
import { DEFAULT_PRICES } from '../../../../src/shared/x/prices';

const MIN = 60_000;
const HOUR = 60 * MIN;
const at = (iso: string) => Date.parse(iso);

describe('inbox metrics per budget day', () => {
  const frame = { zone: 'Europe/London', resetHour: 4 };

  it('counts a conversation on the budget day it happened in, with the reset hour as the border', () => {
    // Opened at 03:30 local: still the day before, by the time box's 04:00 reset.
    const opened = openConversation(at('2026-11-30T03:30:00Z'), '1');
    const answered = applyEvent(opened, {
      type: 'replySent',
      at: at('2026-11-30T04:08:00Z'),
      postId: '2',
    });
    const now = at('2026-11-30T12:00:00Z');
    const { days, week } = inboxDayMetrics([answered], now, frame, 3);
    expect(days.map((d) => d.day)).toEqual(['2026-11-28', '2026-11-29', '2026-11-30']);
    expect(days[1]).toMatchObject({ opened: 1, answered: 0, oldestOpenWaitMs: 30 * MIN });
    expect(days[2]).toMatchObject({ opened: 0, answered: 1, medianFirstResponseMs: 38 * MIN });
    expect(days[2]!.start).toBe(at('2026-11-30T04:00:00Z'));
    expect(week).toMatchObject({ day: '2026-11-24', opened: 1, answered: 1 });
    expect(week.end).toBe(days[2]!.end);
  });

  it('names days across a change of clocks by the home zone (a 23-hour day in March)', () => {
    const now = at('2026-03-29T12:00:00Z'); // Sunday: Britain moved to summer time at 01:00 UTC
    const { days } = inboxDayMetrics([], now, frame, 2);
    expect(days[1]!.day).toBe('2026-03-29');
    expect(days[0]!.end - days[0]!.start).toBe(23 * HOUR);
    expect(days[1]).toMatchObject({
      opened: 0,
      medianFirstResponseMs: null,
      oldestOpenWaitMs: null,
    });
  });
});

describe('the inbox in the Time report CSV', () => {
  it('adds each day’s opened, answered, done and response minutes beside its time', () => {
    const opened = openConversation(at('2026-11-30T09:00:00Z'), '1');
    const answered = applyEvent(opened, {
      type: 'replySent',
      at: at('2026-11-30T09:38:00Z'),
      postId: '2',
    });
    const metrics = inboxDayMetrics(
      [answered],
      at('2026-11-30T12:00:00Z'),
      {
        zone: 'UTC',
        resetHour: 4,
      },
      2,
    );
    const day = (d: string) => ({
      day: d,
      budgetSeconds: 1800,
      usedSeconds: 600,
      decks: {},
      accounts: {},
      postsSent: 0,
      repliesSent: 1,
      postsRead: 3,
      dollars: 0.015,
      overrideMinutes: 0,
    });
    const csv = reportCsv(
      { days: [day('2026-11-29'), day('2026-11-30')], entries: [], sessions: [] },
      { decks: [{ id: 'd', name: 'Brand', columns: [] }], activeDeckId: 'd' },
      () => [],
      inboxCsvColumns(metrics),
    );
    const rows = csv
      .trim()
      .split(/\r?\n/)
      .map((r) => r.split(','));
    const col = (name: string) => rows[0]!.indexOf(name);
    expect(col('conversations_answered')).toBeGreaterThan(col('api_dollars'));
    expect(rows[1]![col('conversations_answered')]).toBe('0');
    expect(rows[1]![col('median_first_response_minutes')]).toBe('');
    expect(rows[2]![col('conversations_opened')]).toBe('1');
    expect(rows[2]![col('conversations_answered')]).toBe('1');
    expect(rows[2]![col('median_first_response_minutes')]).toBe('38');
  });

  it('adds what conversations cost each day, and the mean per conversation answered', () => {
    const opened = openConversation(at('2026-11-30T09:00:00Z'), '1');
    const answered = applyEvent(opened, {
      type: 'replySent',
      at: at('2026-11-30T09:38:00Z'),
      postId: '2',
    });
    const key = '1:7';
    const metrics = inboxDayMetrics(
      [answered],
      at('2026-11-30T12:00:00Z'),
      { zone: 'UTC', resetHour: 4 },
      2,
      {
        records: {
          reads: [
            { key, at: at('2026-11-30T09:00:00Z'), owned: false },
            { key, at: at('2026-11-30T09:30:00Z'), owned: true },
            // Before the day's 04:00 reset: the day before.
            { key, at: at('2026-11-30T03:00:00Z'), owned: false },
          ],
          writes: [{ key, at: at('2026-11-30T09:38:00Z'), kind: 'replySummoned' }],
          attention: [{ key, at: at('2026-11-30T09:30:00Z'), ms: 6 * MIN }],
        },
        prices: DEFAULT_PRICES,
      },
    );
    const { header, ofDay } = inboxCsvColumns(metrics);
    const row = (day: string) => Object.fromEntries(header.map((h, i) => [h, ofDay(day)[i]]));
    expect(row('2026-11-30')).toMatchObject({
      conversation_posts_read: 2,
      conversation_dollars: '0.016',
      conversation_minutes: 6,
      dollars_per_conversation_answered: '0.016',
      minutes_per_conversation_answered: 6,
    });
    // Nothing answered the day before: its cost stands, with no mean.
    expect(row('2026-11-29')).toMatchObject({
      conversation_posts_read: 1,
      conversation_dollars: '0.005',
      dollars_per_conversation_answered: '',
    });
    expect(metrics.week.cost.total.postsRead).toBe(3);
  });
});
