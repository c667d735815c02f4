import { describe, expect, it } from 'vitest';
import {
  exactTime,
  relativeTime,
  relativeTimeWords,
  tickFor,
} from '../../../../src/renderer/src/lib/relative-time';

const now = Date.parse('2026-05-04T12:00:00Z');
const ago = (ms: number) => now - ms;
const S = 1000;
const M = 60 * S;
const H = 60 * M;
const utc = { timeZone: 'UTC' };

describe('relativeTime', () => {
  it.each([
    [ago(0), 'now'],
    [ago(4 * S), 'now'],
    [now + 30 * S, 'now'], // a clock a little ahead
    [ago(5 * S), '5s'],
    [ago(59 * S), '59s'],
    [ago(60 * S), '1m'],
    [ago(59 * M + 59 * S), '59m'],
    [ago(H), '1h'],
    [ago(23 * H + 59 * M), '23h'],
    [ago(24 * H), '3 May'],
    [Date.parse('2026-01-01T00:00:00Z'), '1 Jan'],
    [Date.parse('2025-12-31T23:00:00Z'), '31 Dec 2025'],
  ])('%s → %s', (then, expected) => {
    expect(relativeTime(then, now, utc)).toBe(expected);
  });

  it('reads the date in the given time zone', () => {
    const lateEvening = Date.parse('2026-05-02T23:30:00Z');
    expect(relativeTime(lateEvening, now, { timeZone: 'UTC' })).toBe('2 May');
    expect(relativeTime(lateEvening, now, { timeZone: 'Europe/Paris' })).toBe('3 May');
  });
});

describe('relativeTimeWords', () => {
  it.each([
    [ago(1 * S), 'just now'],
    [ago(1 * M), '1 minute ago'],
    [ago(5 * M), '5 minutes ago'],
    [ago(1 * H), '1 hour ago'],
    [ago(30 * S), '30 seconds ago'],
    [ago(48 * H), '2 May'],
  ])('%s → %s', (then, expected) => {
    expect(relativeTimeWords(then, now, utc)).toBe(expected);
  });
});

describe('exactTime', () => {
  it('reads as the date and time in full, in the zone and locale given', () => {
    const then = Date.parse('2026-05-03T22:30:15Z');
    expect(exactTime(then, { locale: 'en-GB', timeZone: 'UTC' })).toBe('03/05/2026, 22:30:15');
    expect(exactTime(then, { locale: 'en-GB', timeZone: 'Europe/Paris' })).toBe(
      '04/05/2026, 00:30:15',
    );
    expect(exactTime(then, { locale: 'en-US', timeZone: 'UTC' })).toBe('5/3/2026, 10:30:15 PM');
  });
});

describe('tickFor', () => {
  it.each([
    [ago(0), S],
    [ago(59 * S), S],
    [ago(M), M],
    [ago(5 * H), M],
  ])('a post from %s ticks every %s ms', (then, period) => {
    expect(tickFor(then, now)).toBe(period);
  });
});
