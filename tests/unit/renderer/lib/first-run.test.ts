import { describe, expect, it } from 'vitest';
import {
  PROPOSED_DAILY_MINUTES,
  parseDailyMinutes,
} from '../../../../src/renderer/src/lib/first-run';

describe('the first-run budget field', () => {
  it('proposes 30 minutes', () => {
    expect(PROPOSED_DAILY_MINUTES).toBe(30);
    expect(parseDailyMinutes(String(PROPOSED_DAILY_MINUTES))).toEqual({ minutes: 30 });
  });

  it.each([
    ['', 'Type a number of minutes, such as 30.'],
    ['half an hour', 'Whole minutes only, such as 30.'],
    ['4.5', 'Whole minutes only, such as 30.'],
    ['0', 'At least a minute.'],
    ['1441', 'At most a day (1440 minutes).'],
  ])('refuses %j in words', (typed, error) => {
    expect(parseDailyMinutes(typed)).toEqual({ error });
  });

  it('reads what is typed with spaces around it', () => {
    expect(parseDailyMinutes(' 45 ')).toEqual({ minutes: 45 });
  });
});
