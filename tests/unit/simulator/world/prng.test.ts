import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../src/simulator/world/prng';

describe('seededRandom', () => {
  it('repeats the same stream for the same seed and differs for another', () => {
    const a = seededRandom('timedeck', 1);
    const b = seededRandom('timedeck', 1);
    const c = seededRandom('timedeck', 2);
    const xs = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(xs);
  });

  it('keeps int() within its inclusive bounds and reaches both ends', () => {
    const r = seededRandom('bounds');
    const seen = new Set(Array.from({ length: 2000 }, () => r.int(3, 7)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('samples distinct items and never more than there are', () => {
    const r = seededRandom('sample');
    const s = r.sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(s).size).toBe(3);
    expect(r.sample(['a', 'b'], 5)).toHaveLength(2);
  });

  it('weighs choices by their weights', () => {
    const r = seededRandom('weights');
    const counts = { rare: 0, common: 0 };
    for (let i = 0; i < 5000; i++)
      counts[
        r.weighted([
          ['rare', 1],
          ['common', 9],
        ] as const)
      ]++;
    expect(counts.common / counts.rare).toBeGreaterThan(6);
    expect(counts.common / counts.rare).toBeLessThan(13);
  });

  it('makes alphanumeric codes of the asked length', () => {
    expect(seededRandom('code').alnum(10)).toMatch(/^[A-Za-z0-9]{10}$/);
  });
});
