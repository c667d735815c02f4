import { describe, expect, it } from 'vitest';
import { countDay } from '../../../bench/ledger-day';
import {
  polledPresenceChanges,
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

  it('with the idle time read every 5 s, is off by at most a poll at each end of a long pause', async () => {
    const counted = await countDay(day, polledPresenceChanges(day, 5000, 1234));
    expect(Math.abs(counted - trueActiveSeconds(day))).toBeLessThanOrEqual(2 * 5);
  });

  it('counts nothing when the window never has focus', async () => {
    const away = { ...day, focused: [] };
    expect(await countDay(away, presenceChanges(away))).toBe(0);
  });
});
