import { describe, expect, it } from 'vitest';
import {
  observeDay,
  resumeDay,
  type DayRule,
  type DayTrackerState,
} from '../../../../src/main/timebox/day-tracker';

const at = (iso: string) => Date.parse(iso);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const berlin: DayRule = { timeZone: 'Europe/Berlin', resetHour: 4 };

// Wednesday 2026-06-10, 12:00 CEST, a monotonic clock at 1,000 s into the run.
const noon = at('2026-06-10T10:00:00Z');
const start: DayTrackerState = { day: '2026-06-10', wall: noon, mono: 1_000_000 };

describe('observeDay: readings within one run', () => {
  it.each([
    // what happened, wall moved, monotonic moved, the day then, anomaly
    ['a second passes', 1000, 1000, '2026-06-10', null],
    ['NTP nudges the clock 30 s', 30_000 + 5000, 5000, '2026-06-10', null],
    ['the reset hour passes', 16 * HOUR, 16 * HOUR, '2026-06-11', null],
    ['the clock is set forward 3 hours', 3 * HOUR + 1000, 1000, '2026-06-10', 'clock-forward'],
    ['the clock is set forward 1 day', DAY + 1000, 1000, '2026-06-11', 'clock-forward'],
    ['the clock is set back 3 hours', -3 * HOUR + 1000, 1000, '2026-06-10', 'clock-back'],
    ['the clock is set back 2 days', -2 * DAY + 1000, 1000, '2026-06-10', 'clock-back'],
    ['the clock is set back past the reset', -9 * HOUR, 1000, '2026-06-10', 'clock-back'],
  ] as const)('%s', (_what, wallMoved, monoMoved, day, anomaly) => {
    const reading = { wall: start.wall + wallMoved, mono: start.mono + monoMoved };
    const { state, anomaly: found } = observeDay(start, reading, berlin);
    expect(state.day).toBe(day);
    expect(found?.kind ?? null).toBe(anomaly);
    if (found) {
      expect(found.fromWall).toBe(start.wall + monoMoved);
      expect(found.toWall).toBe(reading.wall);
      expect(found.day).toBe(day);
    }
  });

  it('after a clock set back 2 days, keeps the latest day until the wall clock passes its end', () => {
    let state = observeDay(start, { wall: noon - 2 * DAY, mono: start.mono + 1000 }, berlin).state;
    const anomalies: string[] = [];
    // Live through the next 3 days of wall time, an hour at a time.
    const days = new Set<string>();
    for (let h = 1; h <= 72; h++) {
      const next = observeDay(state, { wall: state.wall + HOUR, mono: state.mono + HOUR }, berlin);
      if (next.anomaly) anomalies.push(next.anomaly.kind);
      days.add(next.state.day);
      state = next.state;
    }
    expect(anomalies).toEqual([]);
    // The wall clock reaches 2026-06-11 04:00 after 2 days and 16 hours.
    expect([...days]).toEqual(['2026-06-10', '2026-06-11']);
    expect(state.day).toBe('2026-06-11');
  });

  it('after a clock set forward 1 day and back again, stays on the day it landed on', () => {
    const forward = observeDay(start, { wall: noon + DAY, mono: start.mono + 1000 }, berlin);
    const back = observeDay(forward.state, { wall: noon + 2000, mono: start.mono + 2000 }, berlin);
    expect(forward.state.day).toBe('2026-06-11');
    expect(back.state.day).toBe('2026-06-11');
    expect([forward.anomaly?.kind, back.anomaly?.kind]).toEqual(['clock-forward', 'clock-back']);
  });

  it('a sleep moves the wall clock on without an anomaly; moving it back is still one', () => {
    const woke = observeDay(start, { wall: noon + 20 * HOUR, mono: start.mono + 10 }, berlin, {
      afterSuspend: true,
    });
    expect(woke.state.day).toBe('2026-06-11');
    expect(woke.anomaly).toBeNull();
    const wokeBack = observeDay(start, { wall: noon - DAY, mono: start.mono + 10 }, berlin, {
      afterSuspend: true,
    });
    expect(wokeBack.state.day).toBe('2026-06-10');
    expect(wokeBack.anomaly?.kind).toBe('clock-back');
  });

  it('takes the tolerance it is given', () => {
    const reading = { wall: noon + 20_000, mono: start.mono };
    expect(observeDay(start, reading, berlin, { toleranceMs: 10_000 }).anomaly?.kind).toBe(
      'clock-forward',
    );
    expect(observeDay(start, reading, berlin).anomaly).toBeNull();
  });
});

describe('resumeDay: the first reading after a start or a kill', () => {
  const seenAtNoon = { day: '2026-06-10', wall: noon };
  // A run that borrowed tomorrow (clock forward, then back) before it was killed.
  const seenAhead = { day: '2026-06-11', wall: noon - HOUR };
  it.each([
    // what happened, what the ledger remembers, the wall clock now, the day, anomaly
    ['a first start ever', null, noon, '2026-06-10', null],
    ['a restart a minute later', seenAtNoon, noon + MIN, '2026-06-10', null],
    ['a restart the next morning', seenAtNoon, noon + 18 * HOUR, '2026-06-11', null],
    [
      'a restart with the clock set back 2 days',
      seenAtNoon,
      noon - 2 * DAY,
      '2026-06-10',
      'clock-back',
    ],
    [
      'a restart with the clock set back an hour',
      seenAtNoon,
      noon - HOUR,
      '2026-06-10',
      'clock-back',
    ],
    ['a restart after borrowing tomorrow', seenAhead, noon, '2026-06-11', null],
  ] as const)('%s', (_what, seen, wall, day, anomaly) => {
    const { state, anomaly: found } = resumeDay(seen, { wall, mono: 5 }, berlin);
    expect(state).toEqual({ day, wall, mono: 5 });
    expect(found?.kind ?? null).toBe(anomaly);
  });

  it('names the day by the home zone it is given, not by where the machine is', () => {
    // 20:00Z on the 10th: already the 11th in Tokyo.
    const reading = { wall: at('2026-06-10T20:00:00Z'), mono: 0 };
    expect(resumeDay(null, reading, { timeZone: 'Asia/Tokyo', resetHour: 4 }).state.day).toBe(
      '2026-06-11',
    );
    expect(resumeDay(null, reading, berlin).state.day).toBe('2026-06-10');
  });
});
