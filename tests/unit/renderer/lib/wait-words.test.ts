import { describe, expect, it } from 'vitest';
import { formatWait } from '../../../../src/renderer/src/lib/wait-words';

describe('formatWait', () => {
  it.each([
    [0, '0 s'],
    [-5000, '0 s'],
    [1, '1 s'], // a wait that has not ended never reads 0
    [40_000, '40 s'],
    [59_001, '1 min'],
    [60_000, '1 min'],
    [90_000, '1 min 30 s'],
    [3_600_000, '1 h'],
    [3_600_000 + 5 * 60_000, '1 h 5 min'],
    [2 * 3_600_000 + 30_000, '2 h'],
  ])('%s ms → %s', (ms, expected) => {
    expect(formatWait(ms)).toBe(expected);
  });
});
