import { describe, expect, it } from 'vitest';
import { stepPost } from '../../../../src/renderer/src/lib/post-nav';

describe('stepPost', () => {
  const ids = ['30', '20', '10'];
  it.each([
    [null, 1, '30'],
    [null, -1, '30'],
    ['30', 1, '20'],
    ['20', 1, '10'],
    ['10', 1, '10'],
    ['20', -1, '30'],
    ['30', -1, '30'],
    ['gone', 1, '30'],
  ] as const)('from %s by %s → %s', (from, step, expected) => {
    expect(stepPost(ids, from, step)).toBe(expected);
  });

  it('has nowhere to go in an empty column', () => {
    expect(stepPost([], null, 1)).toBeNull();
  });
});
