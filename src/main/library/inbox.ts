import type {
  ChangeCause,
  ConversationLife,
  ConversationState,
  StateChange,
} from '../../shared/inbox/conversation-state';
import type { CostRecords } from '../../shared/inbox/cost';
import { WRITE_KINDS, type WriteKind } from '../../shared/x/prices';
import type { LibraryCore } from './core';
import type { SqlRow } from './driver';

/** A support conversation as the library keeps it: who, where it came from, and its life. */
export interface StoredConversation {
  /** conversationKeyId(key): "<X conversation id>:<customer's X id>". */
  key: string;
  conversationId: string;
  customerId: string;
  customerUsername: string | null;
  /** The brand account the customer talks to (an X user id). */
  brandId: string;
  via: 'mention' | 'search';
  /** The column that first showed it. */
  sourceColumnId: string;
  /** Whether the API may reply (the customer mentioned the brand). */
  summoned: boolean;
  lastPostId: string;
  lastPostText: string;
  life: ConversationLife;
}

const str = (v: unknown) => String(v);
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

function changeOf(row: SqlRow): StateChange {
  return {
    at: Number(row.at),
    from: str(row.from_state) as ConversationState,
    to: str(row.to_state) as ConversationState,
    cause: str(row.cause) as ChangeCause,
    ...(row.snoozed_until !== null ? { snoozedUntil: Number(row.snoozed_until) } : {}),
    ...(row.post_id !== null ? { postId: str(row.post_id) } : {}),
  };
}

/** The inbox's conversations, their history and their posts (`library.inbox`). */
export function createInboxStore(lib: LibraryCore) {
  const historyOf = (key: string) =>
    lib.q('SELECT * FROM inbox_changes WHERE key = ? ORDER BY seq').all(key).map(changeOf);

  function conversationOf(row: SqlRow): StoredConversation {
    const key = str(row.key);
    return {
      key,
      conversationId: str(row.conversation_id),
      customerId: str(row.customer_id),
      customerUsername: row.customer_username === null ? null : str(row.customer_username),
      brandId: str(row.brand_id),
      via: str(row.via) === 'search' ? 'search' : 'mention',
      sourceColumnId: str(row.source_column_id),
      summoned: Number(row.summoned) === 1,
      lastPostId: str(row.last_post_id),
      lastPostText: str(row.last_post_text),
      life: {
        state: str(row.state) as ConversationState,
        snoozedUntil: numOrNull(row.snoozed_until),
        stateSince: Number(row.state_since),
        openedAt: Number(row.opened_at),
        firstResponseAt: numOrNull(row.first_response_at),
        doneAt: numOrNull(row.done_at),
        lastCustomerPostAt: Number(row.last_customer_post_at),
        history: historyOf(key),
      },
    };
  }

  function get(key: string): StoredConversation | null {
    const row = lib.q('SELECT * FROM inbox_conversations WHERE key = ?').get(key);
    return row ? conversationOf(row) : null;
  }

  return {
    get,

    /**
     * Keeps a conversation as it is now, in one transaction: its row, and the changes of its
     * history not yet kept (history only grows, so rows past the kept count are the new ones).
     * Throws if the disk refuses: the caller tells the user, nothing is half-kept.
     */
    save(c: StoredConversation, now: number): void {
      lib.tx(() => {
        const l = c.life;
        lib
          .q(
            `INSERT INTO inbox_conversations (key, conversation_id, customer_id, customer_username,
               brand_id, via, source_column_id, summoned, state, snoozed_until, state_since,
               opened_at, first_response_at, done_at, last_customer_post_at, last_post_id,
               last_post_text, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (key) DO UPDATE SET customer_username = excluded.customer_username,
               summoned = excluded.summoned, state = excluded.state,
               snoozed_until = excluded.snoozed_until, state_since = excluded.state_since,
               first_response_at = excluded.first_response_at, done_at = excluded.done_at,
               last_customer_post_at = excluded.last_customer_post_at,
               last_post_id = excluded.last_post_id, last_post_text = excluded.last_post_text,
               updated_at = excluded.updated_at`,
          )
          .run(
            c.key,
            c.conversationId,
            c.customerId,
            c.customerUsername,
            c.brandId,
            c.via,
            c.sourceColumnId,
            c.summoned ? 1 : 0,
            l.state,
            l.snoozedUntil,
            l.stateSince,
            l.openedAt,
            l.firstResponseAt,
            l.doneAt,
            l.lastCustomerPostAt,
            c.lastPostId,
            c.lastPostText,
            now,
            now,
          );
        const kept = Number(
          lib.q('SELECT COUNT(*) AS n FROM inbox_changes WHERE key = ?').get(c.key)?.n ?? 0,
        );
        const insert = lib.q(
          `INSERT INTO inbox_changes (key, seq, at, from_state, to_state, cause, snoozed_until, post_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        );
        l.history
          .slice(kept)
          .forEach((ch, i) =>
            insert.run(
              c.key,
              kept + i,
              ch.at,
              ch.from,
              ch.to,
              ch.cause,
              ch.snoozedUntil ?? null,
              ch.postId ?? null,
            ),
          );
      });
    },

    /** Records a post as part of a conversation (once; a post belongs to one). */
    addPost(key: string, postId: string, at: number, fromCustomer: boolean): void {
      lib
        .q(
          'INSERT OR IGNORE INTO inbox_posts (post_id, key, at, from_customer) VALUES (?, ?, ?, ?)',
        )
        .run(postId, key, at, fromCustomer ? 1 : 0);
    },

    /** The conversation a post is part of, if any: where a reply to it belongs. */
    keyOfPost(postId: string): string | null {
      const row = lib.q('SELECT key FROM inbox_posts WHERE post_id = ?').get(postId);
      return row ? str(row.key) : null;
    },

    /** The post ids of a conversation, oldest first. */
    postsOf(key: string): Array<{ postId: string; at: number; fromCustomer: boolean }> {
      return lib
        .q('SELECT post_id, at, from_customer FROM inbox_posts WHERE key = ? ORDER BY at, post_id')
        .all(key)
        .map((r) => ({
          postId: str(r.post_id),
          at: Number(r.at),
          fromCustomer: Number(r.from_customer) === 1,
        }));
    },

    /** Adds the owner's time on a conversation to a slot (a quarter hour's start, wall ms). */
    addAttention(key: string, slot: number, ms: number): void {
      lib.write('inbox attention', () =>
        lib
          .q(
            `INSERT INTO inbox_attention (key, slot, ms)
             SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM inbox_conversations WHERE key = ?)
             ON CONFLICT DO UPDATE SET ms = ms + excluded.ms`,
          )
          .run(key, slot, Math.round(ms), key),
      );
    },

    /**
     * What every conversation cost, as records: its posts X billed (spend_post_reads), the
     * replies its brand sent (spend_post_writes), the owner's time on it.
     */
    costRecords(): CostRecords {
      const writeKinds = new Set<string>(WRITE_KINDS);
      return {
        reads: lib
          .q(
            `SELECT p.key, r.at, r.owned FROM inbox_posts p
             JOIN spend_post_reads r ON r.post_id = p.post_id`,
          )
          .all()
          .map((r) => ({ key: str(r.key), at: Number(r.at), owned: Number(r.owned) === 1 })),
        writes: lib
          .q(
            `SELECT p.key, w.at, w.kind FROM inbox_posts p
             JOIN spend_post_writes w ON w.post_id = p.post_id`,
          )
          .all()
          .filter((r) => writeKinds.has(str(r.kind)))
          .map((r) => ({ key: str(r.key), at: Number(r.at), kind: str(r.kind) as WriteKind })),
        attention: lib
          .q('SELECT key, slot, ms FROM inbox_attention')
          .all()
          .map((r) => ({ key: str(r.key), at: Number(r.slot), ms: Number(r.ms) })),
      };
    },

    /** Conversations in a state (all if none), longest in it first: the oldest wait on top. */
    list(state?: ConversationState): StoredConversation[] {
      const rows = state
        ? lib
            .q('SELECT * FROM inbox_conversations WHERE state = ? ORDER BY state_since, key')
            .all(state)
        : lib.q('SELECT * FROM inbox_conversations ORDER BY state_since, key').all();
      return rows.map(conversationOf);
    },

    counts(): Record<ConversationState, number> {
      const out = { open: 0, waiting: 0, snoozed: 0, done: 0 };
      for (const r of lib
        .q('SELECT state, COUNT(*) AS n FROM inbox_conversations GROUP BY state')
        .all())
        if (str(r.state) in out) out[str(r.state) as ConversationState] = Number(r.n);
      return out;
    },

    /** The soonest time a conversation changes by time alone (a snooze ends, auto-done). */
    nextTimedChange(autoDoneAfterMs: number): number | null {
      const row = lib
        .q(
          `SELECT MIN(CASE WHEN state = 'snoozed' THEN snoozed_until ELSE state_since + ? END) AS t
           FROM inbox_conversations WHERE state IN ('snoozed', 'waiting')`,
        )
        .get(autoDoneAfterMs);
      return row?.t === null || row?.t === undefined ? null : Number(row.t);
    },

    /** Conversations whose timed change is due at `now`. */
    due(now: number, autoDoneAfterMs: number): StoredConversation[] {
      return lib
        .q(
          `SELECT * FROM inbox_conversations
           WHERE (state = 'snoozed' AND snoozed_until <= ?) OR (state = 'waiting' AND state_since + ? <= ?)`,
        )
        .all(now, autoDoneAfterMs, now)
        .map(conversationOf);
    },
  };
}

export type InboxStore = ReturnType<typeof createInboxStore>;
