import { describe, expect, it } from 'vitest';
import { describeRateLimitWait, formatWait } from '../../../../src/shared/time/wait-words';

describe('formatWait', () => {
  it.each([
    [0, '0 s'],
    [-5, '0 s'],
    [1, '1 s'],
    [999, '1 s'],
    [1000, '1 s'],
    [1001, '2 s'],
    [59_000, '59 s'],
    [59_001, '1 min'],
    [60_000, '1 min'],
    [61_000, '1 min 1 s'],
    [150_000, '2 min 30 s'],
    [3_599_000, '59 min 59 s'],
    [3_600_000, '1 h'],
    [3_660_000, '1 h 1 min'],
    [3_661_000, '1 h 1 min'],
    [26 * 3_600_000, '26 h'],
  ])('%i ms is "%s"', (ms, words) => {
    expect(formatWait(ms)).toBe(words);
  });
});

describe('describeRateLimitWait', () => {
  it('counts down to the reset', () => {
    expect(describeRateLimitWait(1_000_000 + 240_000, 1_000_000)).toBe(
      'rate limit reached, resuming in 4 min',
    );
    expect(describeRateLimitWait(1_000_000, 1_000_000)).toBe('rate limit reached, resuming now');
    expect(describeRateLimitWait(999_000, 1_000_000)).toBe('rate limit reached, resuming now');
  });
});
