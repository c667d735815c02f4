import { describe, expect, it } from 'vitest';
import { intervalInput, intervalMs } from '../../../../src/renderer/src/lib/interval';

describe('intervalInput', () => {
  it.each([
    [120_000, { value: '2', unit: 'minutes' }],
    [60 * 60_000, { value: '60', unit: 'minutes' }],
    [15_000, { value: '15', unit: 'seconds' }],
    [90_000, { value: '90', unit: 'seconds' }],
  ])('%s ms → %o', (ms, expected) => {
    expect(intervalInput(ms)).toEqual(expected);
  });

  it('gives back the same milliseconds', () => {
    for (const ms of [15_000, 45_000, 60_000, 90_000, 120_000, 3_600_000]) {
      expect(intervalMs(intervalInput(ms))).toBe(ms);
    }
  });
});

describe('intervalMs', () => {
  it.each([
    [{ value: '2', unit: 'minutes' as const }, 120_000],
    [{ value: ' 1.5 ', unit: 'minutes' as const }, 90_000],
    [{ value: '1,5', unit: 'minutes' as const }, 90_000],
    [{ value: '30', unit: 'seconds' as const }, 30_000],
  ])('%o → %s', (input, expected) => {
    expect(intervalMs(input)).toBe(expected);
  });

  it.each(['', 'soon', '2 min'])('"%s" is not a number, for main to refuse', (value) => {
    expect(intervalMs({ value, unit: 'minutes' })).toBeNaN();
  });
});
