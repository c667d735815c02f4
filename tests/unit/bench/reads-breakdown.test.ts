import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeBills, readsBreakdown } from '../../../bench/reads-breakdown';

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

describe('mergeBills', () => {
  it('bills each app, UTC day and post once across the runs, as one X would', () => {
    const beforeRestart = [
      { clientId: 'ours', day: 'd1', posts: ['a', 'b'] },
      { clientId: 'peer', day: 'd1', posts: ['a'] },
    ];
    const afterRestart = [
      { clientId: 'ours', day: 'd1', posts: ['b', 'c'] },
      { clientId: 'ours', day: 'd2', posts: ['a'] },
    ];
    const merged = mergeBills([beforeRestart, afterRestart]);
    const rows = merged.map((r) => [r.clientId, r.day, [...r.posts].sort()]);
    expect(rows).toEqual([
      ['ours', 'd1', ['a', 'b', 'c']],
      ['peer', 'd1', ['a']],
      ['ours', 'd2', ['a']],
    ]);
    // A post re-read on the same day after a restart costs nothing; on a later day it does.
    const ours = readsBreakdown(
      merged.filter((r) => r.clientId === 'ours'),
      new Set(['a', 'b', 'c']),
      new Set(),
    );
    expect(ours).toMatchObject({ billed: 4, newPostsShown: 3, billedAgainOnALaterDay: 1 });
  });

  it('bills what one run alone would, whatever the runs', () => {
    const id = fc.constantFrom('1', '2', '3', '4');
    const bill = fc.array(
      fc.record({
        clientId: fc.constantFrom('ours', 'peer'),
        day: fc.constantFrom('d1', 'd2'),
        posts: fc.uniqueArray(id),
      }),
    );
    fc.assert(
      fc.property(fc.array(bill), (runs) => {
        const expected = new Set(
          runs.flat().flatMap((r) => r.posts.map((p) => `${r.clientId} ${r.day} ${p}`)),
        );
        const merged = mergeBills(runs);
        const got = merged.flatMap((r) => r.posts.map((p) => `${r.clientId} ${r.day} ${p}`));
        expect(got.length).toBe(expected.size);
        expect(new Set(got)).toEqual(expected);
      }),
    );
  });
});
