import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BACKOFF,
  backoffDelayMs,
  describeRetry,
  isRetryable,
} from '../../../../src/main/columns/backoff';
import { seededRandom } from '../../../../src/simulator/world/prng';
import { X_ERROR_KINDS } from '../../../../src/shared/x/errors';

const opts = { baseMs: 5_000, capMs: 300_000, minMs: 1_000 };
const ceilingOf = (attempt: number) => Math.min(opts.capMs, opts.baseMs * 2 ** attempt);

describe('backoffDelayMs', () => {
  it('stays between the minimum and base·2^attempt (capped) for every draw', () => {
    const rnd = seededRandom('backoff');
    for (let attempt = 0; attempt <= 20; attempt++) {
      for (let draw = 0; draw < 200; draw++) {
        const delay = backoffDelayMs(attempt, () => rnd.next(), opts);
        expect(delay).toBeGreaterThanOrEqual(opts.minMs);
        expect(delay).toBeLessThanOrEqual(ceilingOf(attempt));
      }
    }
  });

  it('spreads retries over the whole range (full jitter)', () => {
    const rnd = seededRandom('spread');
    const delays = Array.from({ length: 1000 }, () => backoffDelayMs(4, () => rnd.next(), opts));
    const ceiling = ceilingOf(4); // 80 s
    expect(Math.min(...delays)).toBeLessThan(ceiling * 0.1);
    expect(Math.max(...delays)).toBeGreaterThan(ceiling * 0.9);
  });

  it.each([
    [0, 0.5, 2_500],
    [1, 0.5, 5_000],
    [3, 0.5, 20_000],
    [10, 0.5, 150_000], // capped at 300 s
    [0, 0, 1_000], // never below the minimum
    [5, 0.999999, 159_999],
  ])('attempt %i with draw %f waits %i ms', (attempt, draw, expected) => {
    expect(backoffDelayMs(attempt, () => draw, opts)).toBe(expected);
  });

  it('grows with the attempt until the cap', () => {
    const high = () => 0.999;
    const delays = Array.from({ length: 12 }, (_, i) => backoffDelayMs(i, high, opts));
    for (let i = 1; i < delays.length; i++)
      expect(delays[i]!).toBeGreaterThanOrEqual(delays[i - 1]!);
    expect(delays.at(-1)).toBe(Math.floor(0.999 * opts.capMs));
  });

  it.each([
    ['a negative attempt', -3, 0],
    ['NaN', Number.NaN, 0],
    ['a fraction', 2.7, 2],
    ['Infinity', Infinity, 60],
  ])('reads %s as attempt %i', (_, attempt, as) => {
    expect(backoffDelayMs(attempt, () => 0.5, opts)).toBe(backoffDelayMs(as, () => 0.5, opts));
  });

  it.each([Number.NaN, -1, 7])('keeps within bounds when the random source returns %f', (r) => {
    const delay = backoffDelayMs(3, () => r, opts);
    expect(delay).toBeGreaterThanOrEqual(opts.minMs);
    expect(delay).toBeLessThanOrEqual(ceilingOf(3));
  });

  it('keeps under the attempt’s ceiling when the minimum is above it', () => {
    expect(backoffDelayMs(0, () => 0, { baseMs: 100, capMs: 1000, minMs: 1000 })).toBe(100);
    expect(backoffDelayMs(5, () => 0, { baseMs: 100, capMs: 10_000, minMs: 1000 })).toBe(1000);
  });

  it('defaults to a 5 s base and a 5 min cap', () => {
    expect(DEFAULT_BACKOFF).toEqual(opts);
    expect(backoffDelayMs(20, () => 0.999)).toBe(Math.floor(0.999 * 300_000));
  });
});

describe('retry words', () => {
  it.each([
    ['network', 40_000, 'offline, retrying in 40 s'],
    ['network', 39_200, 'offline, retrying in 40 s'],
    ['network', 400, 'offline, retrying in 1 s'],
    ['unavailable', 90_000, 'X is not answering, retrying in 1 min 30 s'],
    ['unavailable', 300_000, 'X is not answering, retrying in 5 min'],
  ] as const)('%s for %i ms: %s', (kind, ms, words) => {
    expect(describeRetry(kind, ms)).toBe(words);
  });

  it('retries only what waiting can cure', () => {
    const retryable = X_ERROR_KINDS.filter(isRetryable);
    expect(retryable.sort()).toEqual(['network', 'unavailable']);
  });
});
