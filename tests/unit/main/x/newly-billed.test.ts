import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_LEDGER,
  daySpend,
  newlyBilled,
  recordRead,
  utcDay,
  type CostLedger,
  type ReadEvent,
} from '../../../../src/main/x/costs';
import { createCostTracker, type BilledEvent } from '../../../../src/main/x/trackers';
import { costsByConversation } from '../../../../src/shared/inbox/cost';
import { DEFAULT_PRICES } from '../../../../src/shared/x/prices';

const HOUR = 3_600_000;
const NOV_30 = Date.UTC(2026, 10, 30, 9);

const read = (o: Partial<ReadEvent> & Pick<ReadEvent, 'resources'>): ReadEvent => ({
  accountId: 'brand',
  at: NOV_30,
  owned: false,
  ...o,
});
const posts = (...ids: string[]) => ids.map((id) => ({ type: 'post' as const, id }));

describe('newlyBilled: what a read makes X bill, by id (the once-per-day rule)', () => {
  it('bills a post once per UTC day for the whole app, whichever account or column reads it', () => {
    let l: CostLedger = EMPTY_LEDGER;
    const first = read({ resources: posts('1', '2') });
    expect(newlyBilled(l, first)).toEqual(posts('1', '2'));
    l = recordRead(l, first);
    // Another column of the other account, the same day: only the new post is billed.
    const second = read({
      accountId: 'personal',
      at: NOV_30 + 5 * HOUR,
      resources: posts('2', '3'),
    });
    expect(newlyBilled(l, second)).toEqual(posts('3'));
    l = recordRead(l, second);
    // The next UTC day X bills it again.
    const tomorrow = read({ at: NOV_30 + 24 * HOUR, resources: posts('1') });
    expect(newlyBilled(l, tomorrow)).toEqual(posts('1'));
  });

  it('bills a post an answer holds twice (data and includes) once', () => {
    expect(newlyBilled(EMPTY_LEDGER, read({ resources: posts('7', '7', '8') }))).toEqual(
      posts('7', '8'),
    );
  });

  it('splits at midnight UTC, not at the owner’s midnight', () => {
    const l = recordRead(
      EMPTY_LEDGER,
      read({ at: Date.UTC(2026, 10, 30, 23, 59), resources: posts('1') }),
    );
    expect(
      newlyBilled(l, read({ at: Date.UTC(2026, 11, 1, 0, 0), resources: posts('1') })),
    ).toEqual(posts('1'));
  });

  const events = fc.array(
    fc.record({
      accountId: fc.constantFrom('brand', 'personal'),
      at: fc.integer({ min: NOV_30, max: NOV_30 + 3 * 24 * HOUR }),
      owned: fc.boolean(),
      resources: fc.array(
        fc.record({
          type: fc.constantFrom('post' as const, 'user' as const),
          id: fc.constantFrom('1', '2', '3', '4', '5'),
        }),
        { maxLength: 6 },
      ),
    }),
    { maxLength: 25 },
  );

  it('agrees with the spend meter: what it bills, summed, is what the ledger counts', () => {
    fc.assert(
      fc.property(events, (es) => {
        // Reads come in time order, as the app records them.
        const sorted = [...es].sort((a, b) => a.at - b.at);
        let l: CostLedger = EMPTY_LEDGER;
        const billed = new Map<string, { posts: number; owned: number }>();
        for (const e of sorted) {
          for (const r of newlyBilled(l, e)) {
            if (r.type !== 'post') continue;
            const k = `${e.accountId}|${utcDay(e.at)}`;
            const b = billed.get(k) ?? { posts: 0, owned: 0 };
            b.posts += 1;
            if (e.owned) b.owned += 1;
            billed.set(k, b);
          }
          l = recordRead(l, e);
        }
        for (const [k, b] of billed) {
          const [accountId, day] = k.split('|') as [string, string];
          const d = daySpend(l, accountId, day, DEFAULT_PRICES);
          expect([d.postsRead, d.owned.posts]).toEqual([b.posts, b.owned]);
        }
        const total = [...billed.values()].reduce((n, b) => n + b.posts, 0);
        const ledgerTotal = Object.values(l.days)
          .flatMap((days) => Object.values(days))
          .reduce((n, d) => n + d.postsRead, 0);
        expect(total).toBe(ledgerTotal);
      }),
    );
  });

  it('the tracker reports each billed post once, and a conversation of all of them costs what the meter says', () => {
    fc.assert(
      fc.property(events, (es) => {
        const tracker = createCostTracker(() => DEFAULT_PRICES);
        const seen: BilledEvent[] = [];
        tracker.onBilled((e) => seen.push(e));
        for (const e of [...es].sort((a, b) => a.at - b.at)) tracker.recordRead(e);
        const reads = seen.flatMap((e) =>
          e.kind === 'read'
            ? e.read.resources
                .filter((r) => r.type === 'post')
                .map(() => ({ key: 'c', at: e.read.at, owned: e.read.owned }))
            : [],
        );
        const conversation = costsByConversation(
          { reads, writes: [], attention: [] },
          DEFAULT_PRICES,
        ).get('c');
        const meter = tracker.allDays();
        const postDollars = meter.reduce(
          (n, d) =>
            n +
            (d.postsRead - d.owned.posts) * DEFAULT_PRICES.postRead +
            d.owned.posts * DEFAULT_PRICES.ownedRead,
          0,
        );
        expect(conversation?.postsRead ?? 0).toBe(meter.reduce((n, d) => n + d.postsRead, 0));
        expect(conversation?.dollars ?? 0).toBeCloseTo(postDollars, 6);
      }),
    );
  });

  it('reports each write with the post it created', () => {
    const tracker = createCostTracker(() => DEFAULT_PRICES);
    const seen: BilledEvent[] = [];
    tracker.onBilled((e) => seen.push(e));
    tracker.recordWrite({ accountId: 'brand', at: NOV_30, write: 'replySummoned', postId: '99' });
    expect(seen).toEqual([
      {
        kind: 'write',
        write: { accountId: 'brand', at: NOV_30, write: 'replySummoned', postId: '99' },
      },
    ]);
    // A listener that throws never stops the ledger.
    tracker.onBilled(() => {
      throw new Error('disk full');
    });
    tracker.recordRead(read({ resources: posts('1') }));
    expect(tracker.daySpend('brand', '2026-11-30').postsRead).toBe(1);
  });
});
