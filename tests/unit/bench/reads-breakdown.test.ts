import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readsBreakdown } from '../../../bench/reads-breakdown';

describe('readsBreakdown', () => {
  it('puts each billed post in one part, re-reads on a later day in their own', () => {
    const bill = [
      { day: '2026-03-11', posts: ['a', 'q', 'x'] },
      { day: '2026-03-10', posts: ['a', 'b', 'q'] },
    ];
    expect(readsBreakdown(bill, new Set(['a', 'b', 'c']), new Set(['q']))).toEqual({
      billed: 6,
      newPostsShown: 2,
      referencedOnly: 1,
      neverShown: 1,
      billedAgainOnALaterDay: 2,
      shownNeverBilled: 1,
    });
  });

  it('adds up to the bill exactly, whatever the bill', () => {
    const id = fc.constantFrom('1', '2', '3', '4', '5', '6');
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.constantFrom('d1', 'd2', 'd3'), posts: fc.uniqueArray(id) })),
        fc.uniqueArray(id),
        fc.uniqueArray(id),
        (bill, shown, referenced) => {
          const b = readsBreakdown(bill, new Set(shown), new Set(referenced));
          expect(b.billed).toBe(bill.reduce((n, d) => n + d.posts.length, 0));
          expect(b.newPostsShown + b.referencedOnly + b.neverShown + b.billedAgainOnALaterDay).toBe(
            b.billed,
          );
        },
      ),
    );
  });
});
