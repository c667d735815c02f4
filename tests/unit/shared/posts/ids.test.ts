import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../src/simulator/world/prng';
import {
  compareIds,
  isNewer,
  isPostId,
  maxId,
  minId,
  newestFirst,
} from '../../../../src/shared/posts/ids';

const sign = (n: number | bigint) => (n > 0 ? 1 : n < 0 ? -1 : 0);

describe('snowflake ids', () => {
  it.each([
    ['1', '2', -1],
    ['2', '1', 1],
    ['7', '7', 0],
    ['999', '1000', -1],
    ['1000', '999', 1],
    // Equal as JS numbers (beyond 2^53), different as ids.
    ['9007199254740993', '9007199254740992', 1],
    ['1790000000000000001', '1790000000000000000', 1],
    ['1790000000000000000', '999999999999999999', 1],
    ['9223372036854775807', '9223372036854775806', 1],
  ])('compareIds(%s, %s) has the sign %i', (a, b, expected) => {
    expect(sign(compareIds(a, b))).toBe(expected);
    expect(isNewer(a, b)).toBe(expected > 0);
  });

  it('orders random ids exactly as their BigInt values do', () => {
    const rnd = seededRandom('ids');
    const randomId = () => {
      const length = rnd.int(1, 19);
      let s = String(rnd.int(1, 9));
      while (s.length < length) s += String(rnd.int(0, 9));
      return s;
    };
    for (let i = 0; i < 2000; i++) {
      const a = randomId();
      const b = rnd.chance(0.1) ? a : randomId();
      expect(sign(compareIds(a, b))).toBe(sign(BigInt(a) - BigInt(b)));
    }
  });

  it('sorts newest first', () => {
    const ids = ['5', '1790000000000000001', '40', '1790000000000000000', '999'];
    expect([...ids].sort(newestFirst)).toEqual([
      '1790000000000000001',
      '1790000000000000000',
      '999',
      '40',
      '5',
    ]);
  });

  it('finds the newest and the oldest id, and nothing in nothing', () => {
    const ids = ['40', '1790000000000000000', '999', '9007199254740993', '9007199254740992'];
    expect(maxId(ids)).toBe('1790000000000000000');
    expect(minId(ids)).toBe('40');
    expect(maxId(['9007199254740992', '9007199254740993'])).toBe('9007199254740993');
    expect(maxId([])).toBeUndefined();
    expect(minId([])).toBeUndefined();
  });

  it.each([
    ['0', true],
    ['1', true],
    ['1790000000000000000', true],
    ['9223372036854775807', true],
    ['12345678901234567890', false], // 20 digits: more than 64 bits
    ['0123', false],
    ['-1', false],
    ['1e3', false],
    ['', false],
    [' 12', false],
  ])('isPostId(%j) is %s', (id, expected) => {
    expect(isPostId(id)).toBe(expected);
  });
});
