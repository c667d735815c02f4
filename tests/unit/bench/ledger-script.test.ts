import { describe, expect, it } from 'vitest';
import { IDLE_POLL } from '../../../src/main/platform/idle-poll';
import {
  everyMs,
  hostPresence,
  idleIntervals,
  intersect,
  presenceAt,
  presenceChanges,
  scriptDay,
  subtract,
  totalMs,
  trueActiveSeconds,
  union,
  type DayScript,
  type Interval,
} from '../../../bench/ledger-script';

const iv = (start: number, end: number): Interval => ({ start, end });

describe('interval arithmetic', () => {
  it.each([
    [[], []],
    [[iv(0, 10)], [iv(0, 10)]],
    [
      [iv(5, 10), iv(0, 3)],
      [iv(0, 3), iv(5, 10)],
    ],
    [[iv(0, 5), iv(3, 8)], [iv(0, 8)]],
    [[iv(0, 5), iv(5, 8)], [iv(0, 8)]],
    [[iv(0, 10), iv(2, 3)], [iv(0, 10)]],
    [[iv(4, 4), iv(6, 5)], []],
  ])('union(%j) is %j', (input, expected) => {
    expect(union(input)).toEqual(expected);
  });

  it.each([
    [[iv(0, 10)], [], [iv(0, 10)]],
    [[iv(0, 10)], [iv(2, 4)], [iv(0, 2), iv(4, 10)]],
    [[iv(0, 10)], [iv(-5, 3), iv(8, 20)], [iv(3, 8)]],
    [[iv(0, 10)], [iv(0, 10)], []],
    [[iv(0, 4), iv(6, 10)], [iv(3, 7)], [iv(0, 3), iv(7, 10)]],
    [[iv(0, 10)], [iv(2, 4), iv(3, 6)], [iv(0, 2), iv(6, 10)]],
  ])('subtract(%j, %j) is %j', (a, b, expected) => {
    expect(subtract(a, b)).toEqual(expected);
  });

  it.each([
    [[iv(0, 10)], [iv(5, 20)], [iv(5, 10)]],
    [[iv(0, 10)], [iv(20, 30)], []],
    [[iv(0, 4), iv(6, 10)], [iv(2, 8)], [iv(2, 4), iv(6, 8)]],
  ])('intersect(%j, %j) is %j', (a, b, expected) => {
    expect(intersect(a, b)).toEqual(expected);
  });

  it('totalMs counts overlapping time once', () => {
    expect(totalMs([iv(0, 10), iv(5, 15), iv(20, 21)])).toBe(16);
  });
});

const script = (over: Partial<DayScript>): DayScript => ({
  start: 0,
  end: 3_600_000,
  focused: [],
  away: [],
  screenLocked: [],
  idleThresholdSeconds: 60,
  ...over,
});

describe('trueActiveSeconds: what the time box should count', () => {
  it.each([
    ['nothing focused', {}, 0],
    ['focused ten minutes', { focused: [iv(0, 600_000)] }, 600],
    [
      'focus past the end of the day counts to the end',
      { focused: [iv(3_000_000, 4_000_000)] },
      600,
    ],
    [
      'a pause shorter than the threshold still counts',
      { focused: [iv(0, 600_000)], away: [iv(100_000, 150_000)] },
      600,
    ],
    [
      'a long pause counts its first threshold only',
      { focused: [iv(0, 600_000)], away: [iv(100_000, 400_000)] },
      600 - 240,
    ],
    [
      'idle while blurred changes nothing',
      { focused: [iv(0, 600_000)], away: [iv(700_000, 900_000)] },
      600,
    ],
    [
      'a locked screen does not count',
      { focused: [iv(0, 600_000)], screenLocked: [iv(300_000, 900_000)] },
      300,
    ],
    ['fractions of a second count', { focused: [iv(1_000.5, 2_250.75)] }, 1.25025],
  ])('%s', (_, over, expected) => {
    expect(trueActiveSeconds(script(over))).toBeCloseTo(expected, 6);
  });
});

describe('presence as the script reports it', () => {
  const day = script({
    focused: [iv(10_000, 500_000)],
    away: [iv(100_000, 300_000)],
    screenLocked: [iv(600_000, 700_000)],
  });

  it('idles from the threshold after the last input to the next input', () => {
    expect(idleIntervals(day)).toEqual([iv(160_000, 300_000)]);
  });

  it('changes presence at each edge, in time order', () => {
    expect(presenceChanges(day)).toEqual([
      { at: 10_000, patch: { focused: true } },
      { at: 160_000, patch: { idleSeconds: 60 } },
      { at: 300_000, patch: { idleSeconds: 0 } },
      { at: 500_000, patch: { focused: false } },
      { at: 600_000, patch: { screenLocked: true } },
      { at: 700_000, patch: { screenLocked: false } },
    ]);
  });

  it('starts from the presence at the start', () => {
    expect(presenceAt(day, 0)).toMatchObject({ focused: false, idleSeconds: 0 });
    expect(presenceAt(day, 200_000)).toMatchObject({ focused: true, idleSeconds: 60 });
    expect(presenceAt(day, 650_000)).toMatchObject({ screenLocked: true });
  });

  const idleChanges = (polled: ReturnType<typeof hostPresence>) => {
    const idle = polled.changes.filter((c) => 'idleSeconds' in c.patch);
    const crossed = idle.find((c) => (c.patch.idleSeconds ?? 0) >= 60)!;
    const back = idle.find((c) => c.at > 160_000 && c.patch.idleSeconds === 0)!;
    return { crossed: crossed.at, back: back.at, polled };
  };

  it('as the host reads it now: idleness seen within 0.25 s of its start and 0.5 s of its end', () => {
    const { crossed, back, polled } = idleChanges(hostPresence(day, { phaseMs: 1000 }));
    expect(crossed).toBeGreaterThanOrEqual(160_000);
    expect(crossed).toBeLessThanOrEqual(160_000 + IDLE_POLL.nearThresholdMs);
    expect(back).toBeGreaterThanOrEqual(300_000);
    expect(back).toBeLessThanOrEqual(300_000 + IDLE_POLL.whileIdleMs);
    // Focus and lock changes are not delayed.
    expect(polled.changes).toContainEqual({ at: 10_000, patch: { focused: true } });
  });

  it('read every 5 s (the old host), idleness shows up to a poll late at both ends', () => {
    const { crossed, back } = idleChanges(
      hostPresence(day, { schedule: everyMs(5000), phaseMs: 1000 }),
    );
    expect(crossed).toBeGreaterThanOrEqual(160_000);
    expect(crossed).toBeLessThan(165_000);
    expect(crossed).toBe(161_000);
    expect(back).toBeGreaterThanOrEqual(300_000);
    expect(back).toBeLessThan(305_000);
  });

  it('counts the reads: the old host read every 5 s, whatever happened', () => {
    expect(hostPresence(day, { schedule: everyMs(5000), phaseMs: 1000 }).reads).toBe(720);
  });
});

describe('scriptDay', () => {
  const options = { seed: 'a', start: 1_000_000, hours: 8, idleThresholdSeconds: 60 };

  it('is the same day for the same seed, another for another seed', () => {
    expect(scriptDay(options)).toEqual(scriptDay(options));
    expect(scriptDay({ ...options, seed: 'b' })).not.toEqual(scriptDay(options));
  });

  it('keeps every change within the day, and puts some focus, idleness and a lock in it', () => {
    const day = scriptDay(options);
    for (const list of [day.focused, day.away, day.screenLocked]) {
      expect(list.length).toBeGreaterThan(0);
      for (const i of list) {
        expect(i.start).toBeGreaterThanOrEqual(day.start);
        expect(i.end).toBeLessThanOrEqual(day.end);
        expect(i.end).toBeGreaterThan(i.start);
      }
    }
    expect(idleIntervals(day).length).toBeGreaterThan(0);
    const active = trueActiveSeconds(day);
    expect(active).toBeGreaterThan(0);
    expect(active).toBeLessThan(8 * 3600);
  });
});
