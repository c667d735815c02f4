import { describe, expect, it } from 'vitest';
import {
  MAX_POST_WEIGHT,
  composeLength,
  remainingWeight,
  weightedLength,
} from '../../../../src/shared/posts/weighted-length';

describe('weighted length', () => {
  it.each([
    ['plain ASCII counts 1 a character', 'hello', 5],
    [
      'a link counts 23 whatever its length',
      'see https://example.com/a/very/long/path/indeed',
      4 + 23,
    ],
    ['a short link counts 23 too', 'x.co', 23],
    ['CJK counts 2', '日本', 4],
    ['an emoji counts 2', '😀', 2],
    ['a joined emoji counts as one emoji', '👩‍👩‍👧', 2],
    ['accented Latin counts 1', 'café', 4],
  ])('%s', (_, text, expected) => {
    expect(weightedLength(text)).toBe(expected);
    expect(remainingWeight(text)).toBe(MAX_POST_WEIGHT - expected);
  });

  it('accepts 280 and refuses 281', () => {
    expect(MAX_POST_WEIGHT).toBe(280);
    expect(composeLength('a'.repeat(280))).toEqual({
      weightedLength: 280,
      remaining: 0,
      valid: true,
    });
    expect(composeLength('a'.repeat(281))).toEqual({
      weightedLength: 281,
      remaining: -1,
      valid: false,
    });
    expect(composeLength('日'.repeat(140)).valid).toBe(true);
    expect(composeLength('日'.repeat(141)).valid).toBe(false);
  });

  it('refuses an empty post', () => {
    expect(composeLength('').valid).toBe(false);
  });
});
