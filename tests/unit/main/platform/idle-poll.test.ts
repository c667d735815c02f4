import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  IDLE_POLL,
  idleReadingMatters,
  nextIdleReadMs,
} from '../../../../src/main/platform/idle-poll';

const { minMs, maxMs, nearThresholdMs, whileIdleMs, retryMs } = IDLE_POLL;

/** The idle seconds powerMonitor reports at `t` (ms) for a user whose last input was at `lastInput`. */
const readAt = (t: number, lastInput: number) => Math.floor((t - lastInput) / 1000);

describe('nextIdleReadMs: every threshold the settings allow, every whole second read', () => {
  it('waits exactly until the threshold could first be crossed, in bounds, never past it', () => {
    const wrong: string[] = [];
    for (let threshold = 10; threshold <= 1800; threshold++) {
      for (let idle = 0; idle <= threshold + 3; idle++) {
        const delay = nextIdleReadMs(idle, threshold);
        const left = threshold - idle;
        // Read as `idle`, the user has been idle for less than idle + 1 s: waiting until
        // idle + 1 s reaches the threshold misses nothing; the last second is read finely.
        const expected =
          left <= 0
            ? whileIdleMs
            : left === 1
              ? nearThresholdMs
              : Math.min(maxMs, (left - 1) * 1000);
        const ok =
          delay === expected &&
          delay >= minMs &&
          delay <= maxMs &&
          (left <= 1 || idle + 1 + delay / 1000 <= threshold);
        if (!ok) wrong.push(`threshold ${threshold}, idle ${idle}: ${delay} ms`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['a failed read', null, 60],
    ['not a number', Number.NaN, 60],
    ['negative idle time', -3, 60],
    ['infinite idle time', Number.POSITIVE_INFINITY, 60],
    ['a threshold of zero', 5, 0],
    ['a negative threshold', 5, -60],
    ['no threshold', 5, Number.NaN],
  ])('%s: tries again in %s ms, within bounds', (_, idle, threshold) => {
    expect(nextIdleReadMs(idle, threshold)).toBe(retryMs);
  });

  it('a fractional reading or threshold is taken as whole seconds, as the rule compares them', () => {
    // Idle from 59.x s counts as 59 read; a threshold of 59.5 is crossed at the 60th second.
    expect(nextIdleReadMs(57.9, 60)).toBe(2000);
    expect(nextIdleReadMs(58, 59.5)).toBe(1000);
    expect(nextIdleReadMs(59, 59.5)).toBe(nearThresholdMs);
  });

  it('keeps to its bounds whatever the numbers (no hot loop, no stall)', () => {
    fc.assert(
      fc.property(fc.option(fc.double()), fc.double(), (idle, threshold) => {
        const delay = nextIdleReadMs(idle, threshold);
        return Number.isInteger(delay) && delay >= minMs && delay <= maxMs;
      }),
    );
  });
});

/**
 * A user who stops touching the machine at `lastInput` and comes back at `back`, read on the
 * schedule from `firstRead` on: when the reads see idleness start and end.
 */
function simulate(threshold: number, firstRead: number, lastInput: number, back: number) {
  let t = firstRead;
  let sawIdleAt: number | null = null;
  let sawBackAt: number | null = null;
  let reads = 0;
  while (sawBackAt === null) {
    reads++;
    const idle = readAt(t, t >= back ? back : Math.min(t, lastInput));
    if (sawIdleAt === null && idle >= threshold) sawIdleAt = t;
    if (sawIdleAt !== null && idle < threshold) sawBackAt = t;
    if (sawIdleAt === null && t >= back) break;
    t += nextIdleReadMs(idle, threshold);
  }
  return { sawIdleAt, sawBackAt, reads };
}

describe('nextIdleReadMs as a loop: a user going idle at any millisecond', () => {
  it('sees the threshold crossed within nearThresholdMs and the return within whileIdleMs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 1800 }),
        fc.integer({ min: 0, max: 3_600_000 }),
        fc.integer({ min: 0, max: 3_600_000 }),
        // An idle spell shorter than the fine reads' spacing may fall between two of them.
        fc.integer({ min: nearThresholdMs + 1, max: 3_600_000 }),
        (threshold, firstRead, inputAfter, awayMs) => {
          const lastInput = firstRead + inputAfter;
          const crossing = lastInput + threshold * 1000;
          const back = crossing + awayMs;
          const seen = simulate(threshold, firstRead, lastInput, back);
          expect(seen.sawIdleAt).not.toBeNull();
          expect(seen.sawIdleAt!).toBeGreaterThanOrEqual(crossing);
          expect(seen.sawIdleAt! - crossing).toBeLessThanOrEqual(nearThresholdMs);
          expect(seen.sawBackAt!).toBeGreaterThanOrEqual(back);
          expect(seen.sawBackAt! - back).toBeLessThanOrEqual(whileIdleMs);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('while the user is active, reads no more often than every few seconds', () => {
    // Input every 2 s for an hour with a 60 s threshold: each read sees 0 or 1 idle seconds.
    let t = 0;
    let reads = 0;
    while (t < 3_600_000) {
      reads++;
      t += nextIdleReadMs(readAt(t, t - (t % 2000)), 60);
    }
    // Capped at maxMs (10 s): 360 reads an hour, against 720 for the old 5-second poll.
    expect(reads).toBeLessThanOrEqual(3_600_000 / maxMs + 1);
  });
});

describe('idleReadingMatters: only a reading on the other side of the threshold', () => {
  it.each([
    [0, 5, 60, false],
    [5, 59, 60, false],
    [59, 60, 60, true],
    [60, 61, 60, false],
    [600, 0, 60, true],
    [60, 100, 300, false],
    [60, 400, 300, true],
    [0, 0, 60, false],
  ])('held %s, read %s, threshold %s: %s', (held, read, threshold, matters) => {
    expect(idleReadingMatters(held, read, threshold)).toBe(matters);
  });
});
