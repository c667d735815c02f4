import { describe, expect, it } from 'vitest';
import { median, percentile, round, timeRuns } from '../../../bench/stats';

describe('percentile', () => {
  it.each([
    [[5], 0, 5],
    [[5], 100, 5],
    [[1, 2, 3, 4], 50, 2.5],
    [[4, 1, 3, 2], 50, 2.5],
    [[1, 2, 3, 4, 5], 50, 3],
    [[1, 2, 3, 4, 5], 0, 1],
    [[1, 2, 3, 4, 5], 100, 5],
    [[1, 2, 3, 4, 5], 25, 2],
    [[0, 10], 95, 9.5],
    [[10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 95, 95.5],
  ])('percentile(%j, %d) is %d, interpolating between ranks', (values, p, expected) => {
    expect(percentile(values, p)).toBeCloseTo(expected, 10);
  });

  it('is NaN for no values, and refuses a percentile outside 0..100', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
    expect(() => percentile([1], NaN)).toThrow(RangeError);
  });

  it('leaves its input in its order', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it('median is the 50th percentile', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([9, 1, 5, 7])).toBe(6);
  });
});

describe('round', () => {
  it.each([
    [1.004, 2, 1],
    [1.006, 2, 1.01],
    [2.5, 0, 3],
    [-1.234, 1, -1.2],
    [0.33333, 3, 0.333],
  ])('round(%d, %d) is %d', (value, digits, expected) => {
    expect(round(value, digits)).toBe(expected);
  });
});

describe('timeRuns', () => {
  it('runs the warm-up unmeasured, then times each measured run', async () => {
    let calls = 0;
    let clock = 0;
    const durations = await timeRuns(
      () => {
        calls++;
        clock += calls; // the n-th call takes n ms
      },
      { warmup: 2, runs: 3, now: () => clock },
    );
    expect(calls).toBe(5);
    expect(durations).toEqual([3, 4, 5]);
  });
});
