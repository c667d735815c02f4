import { describe, expect, it } from 'vitest';
import { countDay, countDayByMinute, minuteErrorSPerHour } from '../../../bench/ledger-day';
import { IDLE_POLL } from '../../../src/main/platform/idle-poll';
import {
  everyMs,
  hostPresence,
  presenceChanges,
  trueActiveSeconds,
  type DayScript,
} from '../../../bench/ledger-script';

const start = Date.UTC(2026, 2, 10, 9);
const min = 60_000;
const day: DayScript = {
  start,
  end: start + 40 * min,
  focused: [
    { start: start + 1 * min + 250, end: start + 12 * min + 700 },
    { start: start + 15 * min, end: start + 39 * min },
  ],
  away: [
    { start: start + 3 * min, end: start + 3 * min + 20_000 },
    { start: start + 20 * min + 333, end: start + 27 * min },
  ],
  screenLocked: [{ start: start + 30 * min, end: start + 32 * min }],
  idleThresholdSeconds: 60,
};

describe('countDay: the real time box service through a scripted day', () => {
  it('counts what the script says was real use, to the millisecond', async () => {
    // Focused 11 min 0.45 s + 24 min; idle from 21 min 0.333 s to 27 min; locked 2 min.
    const expected = (11 * min + 450 + 24 * min - (6 * min - 333) - 2 * min) / 1000;
    expect(trueActiveSeconds(day)).toBeCloseTo(expected, 3);
    expect(await countDay(day, presenceChanges(day))).toBeCloseTo(trueActiveSeconds(day), 3);
  });

  // Σ |counted − true| over the minutes of the day, in seconds: late starts and late ends of
  // idleness do not cancel out.
  const minuteErrorSeconds = async (changes: Parameters<typeof countDayByMinute>[1]) =>
    minuteErrorSPerHour(day, (await countDayByMinute(day, changes)).countedAtMinute) *
    ((day.end - day.start) / 3_600_000);

  it('with the idle time read as the host reads it, is off by at most 0.75 s in all', async () => {
    const error = await minuteErrorSeconds(hostPresence(day, { phaseMs: 1234 }).changes);
    expect(error).toBeLessThanOrEqual(
      IDLE_POLL.nearThresholdMs / 1000 + IDLE_POLL.whileIdleMs / 1000,
    );
  });

  it('with the idle time read every 5 s (the old host), up to a poll at each end of a long pause', async () => {
    const polled = hostPresence(day, { schedule: everyMs(5000), phaseMs: 1234 });
    const error = await minuteErrorSeconds(polled.changes);
    expect(error).toBeLessThanOrEqual(2 * 5);
    expect(error).toBeGreaterThan(IDLE_POLL.nearThresholdMs / 1000 + IDLE_POLL.whileIdleMs / 1000);
  });

  it('counts nothing when the window never has focus', async () => {
    const away = { ...day, focused: [] };
    expect(await countDay(away, presenceChanges(away))).toBe(0);
  });
});
