import { WRITE_KINDS, type WriteKind } from '../../shared/x/spend';
import { WHOLE_APP, utcDay, type CostLedger } from '../x/costs';
import type { LibraryCore } from './core';
import type { SqlRow } from './driver';

type DayCounts = CostLedger['days'][string][string];

/** One account's billed counts on one UTC day (what issue 18's forecast reads). */
export interface SpendDay {
  accountId: string;
  day: string;
  postsRead: number;
  usersRead: number;
  listsRead: number;
  owned: { posts: number; users: number; lists: number };
  writes: Record<WriteKind, number>;
}

export const OUTCOME_KINDS = ['postsSent', 'repliesSent', 'postsSeen'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** A row of the day report: one day and account, its spend, its columns' reads, its outcomes. */
export interface DayReportRow {
  day: string;
  accountId: string;
  postsRead: number;
  usersRead: number;
  columnReads: number;
  postsSent: number;
  repliesSent: number;
  postsSeen: number;
}

const writesOf = (json: string): Record<WriteKind, number> => {
  const parsed = JSON.parse(json) as Partial<Record<WriteKind, number>>;
  return Object.fromEntries(WRITE_KINDS.map((k) => [k, parsed[k] ?? 0])) as Record<
    WriteKind,
    number
  >;
};

/** One spend_days row as the cost ledger counts it. */
const dayCountsOf = (r: SqlRow): DayCounts => ({
  postsRead: Number(r.posts_read),
  usersRead: Number(r.users_read),
  listsRead: Number(r.lists_read),
  owned: {
    posts: Number(r.owned_posts),
    users: Number(r.owned_users),
    lists: Number(r.owned_lists),
  },
  writes: writesOf(r.writes as string),
});

/** Spend (X's billed reads and writes) and the time box's outcomes, in the library. */
export function createSpendStore(lib: LibraryCore) {
  const { q } = lib;

  function saveDay(accountId: string, day: string, c: DayCounts) {
    q(
      `INSERT INTO spend_days (account_id, day, posts_read, users_read, lists_read, owned_posts,
         owned_users, owned_lists, writes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET posts_read = excluded.posts_read, users_read = excluded.users_read,
         lists_read = excluded.lists_read, owned_posts = excluded.owned_posts,
         owned_users = excluded.owned_users, owned_lists = excluded.owned_lists,
         writes = excluded.writes`,
    ).run(
      accountId,
      day,
      c.postsRead,
      c.usersRead,
      c.listsRead,
      c.owned.posts,
      c.owned.users,
      c.owned.lists,
      JSON.stringify(c.writes),
    );
  }

  function saveLedgerNow(ledger: CostLedger, changedDays: ReadonlySet<string> | null) {
    for (const [accountId, days] of Object.entries(ledger.days))
      for (const [day, counts] of Object.entries(days))
        if (!changedDays || changedDays.has(day)) saveDay(accountId, day, counts);
    const billed = ledger.billed[WHOLE_APP] ?? {};
    // Only the days the ledger still remembers are kept.
    const kept = Object.keys(billed);
    q(`DELETE FROM spend_billed WHERE day NOT IN (${kept.map(() => '?').join(', ') || "''"})`).run(
      ...kept,
    );
    for (const [day, ids] of Object.entries(billed)) {
      if (changedDays && !changedDays.has(day)) continue;
      for (const id of ids)
        q('INSERT INTO spend_billed (day, resource) VALUES (?, ?) ON CONFLICT DO NOTHING').run(
          day,
          id,
        );
    }
  }

  /** The day before which reads of posts in no conversation were last pruned. */
  let prunedBefore = '';

  return {
    /**
     * The posts a read newly billed (`newlyBilled`: once per UTC day for the app), by id, with
     * the account that paid and the price class. A post already kept for its day stays as first
     * billed. Rows older than yesterday go unless their post is in a conversation.
     */
    addPostReads(e: { accountId: string; at: number; owned: boolean; postIds: readonly string[] }) {
      const day = utcDay(e.at);
      const yesterday = utcDay(e.at - 86_400_000);
      lib.write('post reads', () => {
        const insert = q(
          `INSERT INTO spend_post_reads (post_id, day, account_id, owned, at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT DO NOTHING`,
        );
        for (const id of e.postIds) insert.run(id, day, e.accountId, e.owned ? 1 : 0, e.at);
        if (prunedBefore < yesterday) {
          q(
            `DELETE FROM spend_post_reads WHERE day < ?
               AND post_id NOT IN (SELECT post_id FROM inbox_posts)`,
          ).run(yesterday);
          prunedBefore = yesterday;
        }
      });
    },
    /** A post an account created, with the write X billed for it. */
    addPostWrite(e: { accountId: string; at: number; kind: WriteKind; postId: string }) {
      lib.write('post write', () =>
        q(
          `INSERT INTO spend_post_writes (post_id, account_id, kind, at) VALUES (?, ?, ?, ?)
           ON CONFLICT DO NOTHING`,
        ).run(e.postId, e.accountId, e.kind, e.at),
      );
    },
    /** The billed reads kept for a post, oldest day first (tests, and a person's history). */
    postReads(postId: string): Array<{ day: string; accountId: string; owned: boolean }> {
      return q('SELECT day, account_id, owned FROM spend_post_reads WHERE post_id = ? ORDER BY day')
        .all(postId)
        .map((r) => ({
          day: String(r.day),
          accountId: String(r.account_id),
          owned: Number(r.owned) === 1,
        }));
    },
    /**
     * Keeps the cost ledger: every day, or only `changedDays` (today's counts as they grow).
     * One transaction; held in memory and retried if the disk refuses it.
     */
    saveLedger(ledger: CostLedger, changedDays: ReadonlySet<string> | null = null) {
      lib.write('spend', () => saveLedgerNow(ledger, changedDays));
    },
    /** The cost ledger as last kept (empty on a new library). */
    loadLedger(): CostLedger {
      const days: Record<string, Record<string, DayCounts>> = {};
      for (const r of q('SELECT * FROM spend_days').all()) {
        const a = (days[r.account_id as string] ??= {});
        a[r.day as string] = dayCountsOf(r);
      }
      const billed: Record<string, Set<string>> = {};
      for (const r of q('SELECT day, resource FROM spend_billed').all())
        (billed[r.day as string] ??= new Set()).add(r.resource as string);
      return { days, billed: Object.keys(billed).length ? { [WHOLE_APP]: billed } : {} };
    },
    /** Each account's billed counts per UTC day in [fromDay, toDay], oldest first. */
    dailySpend(fromDay: string, toDay: string, accountId?: string): SpendDay[] {
      const rows = accountId
        ? q(
            'SELECT * FROM spend_days WHERE day BETWEEN ? AND ? AND account_id = ? ORDER BY day, account_id',
          ).all(fromDay, toDay, accountId)
        : q('SELECT * FROM spend_days WHERE day BETWEEN ? AND ? ORDER BY day, account_id').all(
            fromDay,
            toDay,
          );
      return rows.map((r) => ({
        accountId: r.account_id as string,
        day: r.day as string,
        ...dayCountsOf(r),
      }));
    },
    /** Posts X billed for a column's request (its deck and account with it). */
    addColumnReads(
      day: string,
      column: { columnId: string; deckId: string; accountId: string },
      reads: number,
    ) {
      lib.write('column reads', () =>
        q(
          `INSERT INTO column_reads (day, column_id, deck_id, account_id, reads) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT DO UPDATE SET reads = reads + excluded.reads, deck_id = excluded.deck_id,
             account_id = excluded.account_id`,
        ).run(day, column.columnId, column.deckId, column.accountId, reads),
      );
    },
    /** A column's reads on a UTC day. */
    /** Every column's reads per day since `fromDay`: day → column → posts read. */
    recentColumnReads(fromDay: string): Record<string, Record<string, number>> {
      const out: Record<string, Record<string, number>> = {};
      for (const r of q('SELECT day, column_id, reads FROM column_reads WHERE day >= ?').all(
        fromDay,
      )) {
        (out[String(r.day)] ??= {})[String(r.column_id)] = Number(r.reads);
      }
      return out;
    },
    columnReads(day: string, columnId: string): number {
      const r = q('SELECT reads FROM column_reads WHERE day = ? AND column_id = ?').get(
        day,
        columnId,
      );
      return r ? Number(r.reads) : 0;
    },
    addOutcome(day: string, accountId: string, kind: OutcomeKind, n: number) {
      lib.write('outcome', () =>
        q(
          `INSERT INTO day_outcomes (day, account_id, kind, count) VALUES (?, ?, ?, ?)
           ON CONFLICT DO UPDATE SET count = count + excluded.count`,
        ).run(day, accountId, kind, n),
      );
    },
    /** The time box's outcomes of every day, summed over accounts (as outcomes.json had them). */
    outcomesByDay(): Record<string, Record<OutcomeKind, number>> {
      const out: Record<string, Record<OutcomeKind, number>> = {};
      for (const r of q(
        'SELECT day, kind, sum(count) AS n FROM day_outcomes GROUP BY day, kind',
      ).all()) {
        const d = (out[r.day as string] ??= { postsSent: 0, repliesSent: 0, postsSeen: 0 });
        if ((OUTCOME_KINDS as readonly string[]).includes(r.kind as string))
          d[r.kind as OutcomeKind] = Number(r.n);
      }
      return out;
    },
    /**
     * Spend, column reads and outcomes per day and account over [fromDay, toDay], in one query.
     * Spend and column reads are on UTC days (as X bills); outcomes on the time box's budget days.
     */
    dayReport(fromDay: string, toDay: string): DayReportRow[] {
      return q(
        `WITH keys AS (
           SELECT day, account_id FROM spend_days WHERE day BETWEEN ? AND ?
           UNION SELECT day, account_id FROM column_reads WHERE day BETWEEN ? AND ?
           UNION SELECT day, account_id FROM day_outcomes WHERE day BETWEEN ? AND ?
         )
         SELECT k.day, k.account_id,
           coalesce(s.posts_read, 0) AS posts_read, coalesce(s.users_read, 0) AS users_read,
           (SELECT coalesce(sum(reads), 0) FROM column_reads c
              WHERE c.day = k.day AND c.account_id = k.account_id) AS column_reads,
           (SELECT coalesce(sum(count), 0) FROM day_outcomes o
              WHERE o.day = k.day AND o.account_id = k.account_id AND o.kind = 'postsSent') AS posts_sent,
           (SELECT coalesce(sum(count), 0) FROM day_outcomes o
              WHERE o.day = k.day AND o.account_id = k.account_id AND o.kind = 'repliesSent') AS replies_sent,
           (SELECT coalesce(sum(count), 0) FROM day_outcomes o
              WHERE o.day = k.day AND o.account_id = k.account_id AND o.kind = 'postsSeen') AS posts_seen
         FROM keys k
         LEFT JOIN spend_days s ON s.day = k.day AND s.account_id = k.account_id
         ORDER BY k.day, k.account_id`,
      )
        .all(fromDay, toDay, fromDay, toDay, fromDay, toDay)
        .map((r) => ({
          day: r.day as string,
          accountId: r.account_id as string,
          postsRead: Number(r.posts_read),
          usersRead: Number(r.users_read),
          columnReads: Number(r.column_reads),
          postsSent: Number(r.posts_sent),
          repliesSent: Number(r.replies_sent),
          postsSeen: Number(r.posts_seen),
        }));
    },
  };
}

export type SpendStore = ReturnType<typeof createSpendStore>;
