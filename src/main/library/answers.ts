import type { SupportQuestion } from '../../shared/answers/questions';
import type { LibraryCore } from './core';
import type { SqlRow } from './driver';

/** What the owner writes for an answer. `accountId` null: shared by every account. */
export interface AnswerInput {
  title: string;
  body: string;
  tags: readonly string[];
  accountId: string | null;
  accountUsername: string | null;
  link: string | null;
  archived?: boolean;
}

/** An answer as kept, with how often and when it was last used. */
export interface StoredAnswer {
  id: string;
  title: string;
  body: string;
  tags: string[];
  accountId: string | null;
  accountUsername: string | null;
  link: string | null;
  archived: boolean;
  createdAt: number;
  updatedAt: number;
  useCount: number;
  lastUsedAt: number | null;
}

const SELECT = `SELECT a.*, (SELECT COUNT(*) FROM answer_uses u WHERE u.answer_id = a.id) AS use_count,
  (SELECT MAX(at) FROM answer_uses u WHERE u.answer_id = a.id) AS last_used_at FROM answers a`;

function answerOf(row: SqlRow): StoredAnswer {
  let tags: string[] = [];
  try {
    const parsed: unknown = JSON.parse(String(row.tags));
    if (Array.isArray(parsed)) tags = parsed.map(String);
  } catch {
    // a damaged tag list reads as none; the answer itself stays usable
  }
  return {
    id: String(row.id),
    title: String(row.title),
    body: String(row.body),
    tags,
    accountId: row.account_id === null ? null : String(row.account_id),
    accountUsername: row.account_username === null ? null : String(row.account_username),
    link: row.link === null ? null : String(row.link),
    archived: Number(row.archived) === 1,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    useCount: Number(row.use_count ?? 0),
    lastUsedAt:
      row.last_used_at === null || row.last_used_at === undefined ? null : Number(row.last_used_at),
  };
}

/**
 * The FTS5 expression for what the owner typed: every word must match, each as a quoted prefix
 * (so nothing typed is read as FTS5 syntax). Null when nothing searchable was typed.
 */
export function answersMatch(typed: string): string | null {
  const words = typed.match(/[\p{L}\p{N}_]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' ');
}

const tagText = (tags: readonly string[]) => tags.join(' ');

/** The answers library's tables (`library.answers`). */
export function createAnswersStore(lib: LibraryCore) {
  const { q } = lib;

  function get(id: string): StoredAnswer | null {
    const row = q(`${SELECT} WHERE a.id = ?`).get(Number(id));
    return row ? answerOf(row) : null;
  }

  const unindex = (a: StoredAnswer) =>
    q(
      `INSERT INTO answers_fts (answers_fts, rowid, title, body, tags) VALUES ('delete', ?, ?, ?, ?)`,
    ).run(Number(a.id), a.title, a.body, tagText(a.tags));
  const index = (id: number, input: { title: string; body: string; tags: readonly string[] }) =>
    q('INSERT INTO answers_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)').run(
      id,
      input.title,
      input.body,
      tagText(input.tags),
    );

  function insert(input: AnswerInput, now: number): number {
    const { lastInsertRowid } = q(
      `INSERT INTO answers (title, body, tags, account_id, account_username, link, archived,
         created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      input.title,
      input.body,
      JSON.stringify(input.tags),
      input.accountId,
      input.accountUsername,
      input.link,
      input.archived ? 1 : 0,
      now,
      now,
    );
    index(Number(lastInsertRowid), input);
    return Number(lastInsertRowid);
  }

  return {
    get,

    /** Keeps a new answer; throws if the disk refuses (the form keeps what was typed). */
    create(input: AnswerInput, now: number): StoredAnswer {
      return get(String(lib.tx(() => insert(input, now))))!;
    },

    /** Keeps many answers in one transaction: all of them or, if anything fails, none. */
    createAll(inputs: readonly AnswerInput[], now: number): number {
      return lib.tx(() => {
        for (const input of inputs) insert(input, now);
        return inputs.length;
      });
    },

    update(id: string, input: AnswerInput, now: number): StoredAnswer | null {
      return lib.tx(() => {
        const old = get(id);
        if (!old) return null;
        unindex(old);
        q(
          `UPDATE answers SET title = ?, body = ?, tags = ?, account_id = ?, account_username = ?,
             link = ?, archived = ?, updated_at = ? WHERE id = ?`,
        ).run(
          input.title,
          input.body,
          JSON.stringify(input.tags),
          input.accountId,
          input.accountUsername,
          input.link,
          (input.archived ?? old.archived) ? 1 : 0,
          now,
          Number(id),
        );
        index(Number(id), input);
        return get(id);
      });
    },

    setArchived(id: string, archived: boolean, now: number): StoredAnswer | null {
      lib.tx(() =>
        q('UPDATE answers SET archived = ?, updated_at = ? WHERE id = ?').run(
          archived ? 1 : 0,
          now,
          Number(id),
        ),
      );
      return get(id);
    },

    /**
     * Two answers become one: `keep` takes the other's uses (its history of posts answered) and
     * tags; the other is deleted. One transaction.
     */
    merge(keepId: string, dropId: string, now: number): StoredAnswer | null {
      return lib.tx(() => {
        const keep = get(keepId);
        const drop = get(dropId);
        if (!keep || !drop || keepId === dropId) return null;
        q(
          `INSERT OR IGNORE INTO answer_uses (answer_id, post_id, account_id, reply_id, at)
           SELECT ?, post_id, account_id, reply_id, at FROM answer_uses WHERE answer_id = ?`,
        ).run(Number(keepId), Number(dropId));
        const tags = [...new Set([...keep.tags, ...drop.tags])];
        unindex(keep);
        unindex(drop);
        q('DELETE FROM answers WHERE id = ?').run(Number(dropId));
        q('UPDATE answers SET tags = ?, updated_at = ? WHERE id = ?').run(
          JSON.stringify(tags),
          now,
          Number(keepId),
        );
        index(Number(keepId), { ...keep, tags });
        return get(keepId);
      });
    },

    /** Every answer, oldest first (the order export writes and import reads back). */
    all(): StoredAnswer[] {
      return q(`${SELECT} ORDER BY a.id`).all().map(answerOf);
    },

    /**
     * Answers matching what was typed, best first (FTS5's bm25: titles weigh most); with nothing
     * typed, the most used first. `accountId` limits to that account's and the shared ones.
     */
    search(
      typed: string,
      options: { accountId?: string | null; includeArchived?: boolean; limit?: number } = {},
    ): StoredAnswer[] {
      const where: string[] = [];
      const params: Array<string | number> = [];
      if (!options.includeArchived) where.push('a.archived = 0');
      if (options.accountId) {
        where.push('(a.account_id IS NULL OR a.account_id = ?)');
        params.push(options.accountId);
      }
      const filter = where.map((w) => ` AND ${w}`).join('');
      const limit = options.limit ?? 50;
      const match = answersMatch(typed);
      if (!match) {
        return q(
          `SELECT * FROM (${SELECT} WHERE 1${filter}) ORDER BY use_count DESC, last_used_at DESC, id LIMIT ?`,
        )
          .all(...params, limit)
          .map(answerOf);
      }
      return q(
        `SELECT a.*, (SELECT COUNT(*) FROM answer_uses u WHERE u.answer_id = a.id) AS use_count,
           (SELECT MAX(at) FROM answer_uses u WHERE u.answer_id = a.id) AS last_used_at
         FROM answers_fts f JOIN answers a ON a.id = f.rowid
         WHERE answers_fts MATCH ?${filter}
         ORDER BY bm25(answers_fts, 4.0, 1.0, 2.0), a.id LIMIT ?`,
      )
        .all(match, ...params, limit)
        .map(answerOf);
    },

    /** The archived texts of the customer posts each answer was used for, by answer id. */
    usedFor(answerIds: readonly string[]): Map<string, string[]> {
      const out = new Map<string, string[]>(answerIds.map((id) => [id, []]));
      for (const row of q(
        `SELECT u.answer_id, p.text FROM answer_uses u JOIN posts p ON p.id = u.post_id
         ORDER BY u.at DESC`,
      ).all()) {
        out.get(String(row.answer_id))?.push(String(row.text));
      }
      return out;
    },

    /** A reply made from an answer went out (or was drafted for X): the answer was used. */
    recordUse(
      use: { answerId: string; postId: string; accountId: string | null; replyId: string | null },
      at: number,
    ): void {
      lib.write('answer use', () => {
        if (!q('SELECT 1 AS x FROM answers WHERE id = ?').get(Number(use.answerId))) return;
        q(
          `INSERT INTO answer_uses (answer_id, post_id, account_id, reply_id, at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (answer_id, post_id) DO UPDATE SET reply_id = COALESCE(excluded.reply_id, reply_id), at = excluded.at`,
        ).run(Number(use.answerId), use.postId, use.accountId, use.replyId, at);
      });
    },

    /** The archived post and its author, as a reply to it needs them (save-as-answer). */
    postAndAuthor(postId: string): { text: string; username: string; name: string } | null {
      const row = q('SELECT text, author_handle, author_name FROM posts WHERE id = ?').get(postId);
      return row
        ? {
            text: String(row.text),
            username: String(row.author_handle),
            name: String(row.author_name),
          }
        : null;
    },

    /**
     * Customers' questions since `since` (each inbox conversation's first customer post, and
     * any post an answer was used for), each with the answer used for it, if any: what the
     * Questions view groups.
     */
    supportQuestions(since: number): SupportQuestion[] {
      return q(
        `WITH asked (post_id, at) AS (
           -- a conversation's first customer post is its question; the rest ("thanks!") are not
           SELECT post_id, MIN(at) FROM inbox_posts WHERE from_customer = 1 GROUP BY key
           HAVING MIN(at) >= ?
           UNION SELECT post_id, MIN(at) FROM answer_uses WHERE at >= ? GROUP BY post_id
         )
         SELECT asked.post_id, MIN(asked.at) AS at, p.text,
           (SELECT u.answer_id FROM answer_uses u WHERE u.post_id = asked.post_id
            ORDER BY u.at DESC LIMIT 1) AS answer_id
         FROM asked JOIN posts p ON p.id = asked.post_id
         GROUP BY asked.post_id ORDER BY at`,
      )
        .all(since, since)
        .map((r) => ({
          postId: String(r.post_id),
          text: String(r.text),
          at: Number(r.at),
          answerId: r.answer_id === null ? null : String(r.answer_id),
        }));
    },
  };
}

export type AnswersStore = ReturnType<typeof createAnswersStore>;
