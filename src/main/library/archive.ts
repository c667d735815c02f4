import { ftsMatch, type ArchiveQuery } from '../../shared/search/archive-query';
import { RETENTION_DAYS } from '../../shared/archive/limits';
import { compareIds } from '../../shared/posts/ids';
import type { Media, Post, XUser } from '../../shared/x/types';
import type { SqlRow } from './driver';
import type { LibraryCore } from './core';

/** Where a post came from: the column that read it, as which account, asking what. */
export interface PostSource {
  columnId: string;
  accountId: string | null;
  query?: string;
}

export interface ArchiveBatch {
  posts: readonly Post[];
  includes: { users: readonly XUser[]; posts: readonly Post[]; media: readonly Media[] };
}

/** Posts with all a card needs: their authors, the posts they reference, their media. */
export interface ArchivePosts {
  posts: Post[];
  referenced: Post[];
  users: XUser[];
  media: Media[];
}

const DAY_MS = 86_400_000;
/** Matches counted at most when from:, lang: or dates filter them ("more than 1,000 posts"). */
const FILTERED_COUNT_UP_TO = 1_000;

const postFromRow = (r: SqlRow): Post =>
  ({ ...(JSON.parse(r.json as string) as Omit<Post, 'text'>), text: r.text as string }) as Post;

/**
 * The post archive: every post that reached a column, kept once by X id with every source that
 * brought it, searchable with FTS5. Typed functions over the library; no SQL leaves this file.
 */
export function createArchive(lib: LibraryCore) {
  const { q } = lib;

  /** Users as last written, so that a page's unchanged authors cost no write. */
  const written = new Map<string, string>();

  function upsertUser(u: XUser, now: number) {
    const json = JSON.stringify(u);
    if (written.get(u.id) === json) return;
    if (written.size > 20_000) written.clear();
    written.set(u.id, json);
    q(
      `INSERT INTO people (id, username, name, json, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET username = excluded.username, name = excluded.name,
         json = excluded.json, updated_at = excluded.updated_at`,
    ).run(u.id, u.username, u.name, json, now);
  }

  /** The author as the batch gives it, or as last seen. */
  function authorOf(id: string, batch: ReadonlyMap<string, XUser>) {
    const u = batch.get(id);
    if (u) return { username: u.username, name: u.name };
    const r = q('SELECT username, name FROM people WHERE id = ?').get(id);
    return r ? { username: r.username as string, name: r.name as string } : undefined;
  }

  function upsertPost(
    p: Post,
    author: { username: string; name: string } | undefined,
    now: number,
  ): number {
    const { text, ...rest } = p;
    const handle = author?.username ?? '';
    const name = author?.name ?? '';
    const json = JSON.stringify(rest);
    // Most posts are new: one insert. A post seen again is updated (metrics, last seen).
    const inserted = q(
      `INSERT INTO posts (id, author_id, author_handle, author_name, created_at, lang, text, json,
         first_seen, last_seen)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    ).run(
      p.id,
      p.authorId,
      handle,
      name,
      Date.parse(p.createdAt),
      p.lang ?? null,
      text,
      json,
      now,
      now,
    );
    if (inserted.changes === 1) {
      const seq = inserted.lastInsertRowid;
      q('INSERT INTO posts_fts (rowid, text, author_name, author_handle) VALUES (?, ?, ?, ?)').run(
        seq,
        text,
        name,
        handle,
      );
      return seq;
    }
    const old = q('SELECT seq, text, author_name, author_handle FROM posts WHERE id = ?').get(
      p.id,
    )!;
    const seq = Number(old.seq);
    const newHandle = handle || (old.author_handle as string);
    const newName = name || (old.author_name as string);
    q(
      'UPDATE posts SET last_seen = ?, json = ?, author_handle = ?, author_name = ? WHERE seq = ?',
    ).run(now, json, newHandle, newName, seq);
    if (newHandle !== old.author_handle || newName !== old.author_name) {
      // The author renamed: the index forgets the old words and learns the new.
      q(
        `INSERT INTO posts_fts (posts_fts, rowid, text, author_name, author_handle)
         VALUES ('delete', ?, ?, ?, ?)`,
      ).run(seq, old.text as string, old.author_name as string, old.author_handle as string);
      q('INSERT INTO posts_fts (rowid, text, author_name, author_handle) VALUES (?, ?, ?, ?)').run(
        seq,
        old.text as string,
        newName,
        newHandle,
      );
    }
    return seq;
  }

  function add(batch: ArchiveBatch, source: PostSource | null, now: number) {
    const users = new Map<string, XUser>();
    for (const u of batch.includes.users) {
      users.set(u.id, u);
      upsertUser(u, now);
    }
    for (const m of batch.includes.media)
      q(
        'INSERT INTO media (media_key, json) VALUES (?, ?) ON CONFLICT DO UPDATE SET json = excluded.json',
      ).run(m.mediaKey, JSON.stringify(m));
    for (const p of batch.includes.posts) upsertPost(p, authorOf(p.authorId, users), now);
    for (const p of batch.posts) {
      const seq = upsertPost(p, authorOf(p.authorId, users), now);
      if (!source) continue;
      q(
        `INSERT INTO post_sources (column_id, post_seq, account_id, query, first_seen, last_seen)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT DO UPDATE SET last_seen = excluded.last_seen`,
      ).run(source.columnId, seq, source.accountId, source.query ?? null, now, now);
    }
  }

  /** Posts by X id (the order is not kept), with their authors, referenced posts and media. */
  function withIncludes(posts: Post[]): ArchivePosts {
    const referenced = new Map<string, Post>();
    for (const p of posts)
      for (const ref of p.referenced) {
        const r = q('SELECT text, json FROM posts WHERE id = ?').get(ref.id);
        if (r) referenced.set(ref.id, postFromRow(r));
      }
    const all = [...posts, ...referenced.values()];
    const users = [...new Set(all.map((p) => p.authorId))].flatMap((id) => {
      const r = q('SELECT json FROM people WHERE id = ?').get(id);
      return r ? [JSON.parse(r.json as string) as XUser] : [];
    });
    const media = [...new Set(all.flatMap((p) => p.mediaKeys))].flatMap((k) => {
      const r = q('SELECT json FROM media WHERE media_key = ?').get(k);
      return r ? [JSON.parse(r.json as string) as Media] : [];
    });
    return { posts, referenced: [...referenced.values()], users, media };
  }

  /**
   * The archive's posts matching the query, newest archived first (at most `limit`), and how many
   * match in all — counted up to `countUpTo`, beyond which `total` is that number and `more` set.
   */
  function search(
    query: ArchiveQuery,
    limit: number,
    countUpTo = 10_000,
  ): ArchivePosts & { total: number; more: boolean } {
    const where: string[] = [];
    const params: Array<string | number> = [];
    if (query.from.length > 0) {
      where.push(`p.author_handle COLLATE NOCASE IN (${query.from.map(() => '?').join(', ')})`);
      params.push(...query.from);
    }
    if (query.lang !== undefined) {
      where.push('p.lang = ?');
      params.push(query.lang);
    }
    if (query.pinned) where.push('p.pinned = 1');
    if (query.since !== undefined) {
      where.push('p.created_at >= ?');
      params.push(query.since);
    }
    if (query.until !== undefined) {
      where.push('p.created_at < ?');
      params.push(query.until);
    }
    const match = ftsMatch(query);
    const from = match
      ? 'posts_fts f JOIN posts p ON p.seq = f.rowid WHERE posts_fts MATCH ?'
      : 'posts p WHERE 1';
    const all = match ? [match, ...params] : params;
    const filter = where.map((w) => ` AND ${w}`).join('');
    // Words alone are counted in the index; filters need each match's row, so count fewer.
    const cap = where.length > 0 ? Math.min(countUpTo, FILTERED_COUNT_UP_TO) : countUpTo;
    const counting =
      match && where.length === 0
        ? 'SELECT 1 FROM posts_fts WHERE posts_fts MATCH ?'
        : `SELECT 1 FROM ${from}${filter}`;
    const counted = Number(
      q(`SELECT count(*) AS n FROM (${counting} LIMIT ?)`).get(...all, cap + 1)!.n,
    );
    // Newest archived first: FTS5 walks its rowids backwards and stops at the limit.
    const order = match ? 'f.rowid DESC' : 'p.seq DESC';
    const rows = q(`SELECT p.text, p.json FROM ${from}${filter} ORDER BY ${order} LIMIT ?`).all(
      ...all,
      limit,
    );
    const posts = rows.map(postFromRow).sort((a, b) => compareIds(b.id, a.id));
    return {
      ...withIncludes(posts),
      total: Math.min(counted, cap),
      more: counted > cap,
    };
  }

  return {
    /** Keeps a page's posts (and the posts, authors and media it includes), with their source. */
    add(batch: ArchiveBatch, source: PostSource | null, now: number) {
      return lib.write('archive posts', () => add(batch, source, now));
    },
    search,
    /** A column's newest `limit` posts, by X id, newest first. */
    columnPosts(columnId: string, limit: number): ArchivePosts {
      const rows = q(
        `SELECT p.text, p.json FROM post_sources s JOIN posts p ON p.seq = s.post_seq
         WHERE s.column_id = ? ORDER BY length(p.id) DESC, p.id DESC LIMIT ?`,
      ).all(columnId, limit);
      return withIncludes(rows.map(postFromRow));
    },
    count: () => Number(q('SELECT count(*) AS n FROM posts').get()!.n),
    /** Pinned posts outlive the retention period. False when the archive lacks the post. */
    setPinned(postId: string, pinned: boolean): boolean {
      if (!q('SELECT 1 AS found FROM posts WHERE id = ?').get(postId)) return false;
      lib.write('pin a post', () =>
        q('UPDATE posts SET pinned = ? WHERE id = ?').run(pinned ? 1 : 0, postId),
      );
      return true;
    },
    /** The pinned posts' ids, newest first (at most `limit`). */
    pinnedIds(limit: number): string[] {
      return q('SELECT id FROM posts WHERE pinned = 1 ORDER BY length(id) DESC, id DESC LIMIT ?')
        .all(limit)
        .map((r) => r.id as string);
    },
    /** How many posts a retention of `days` would forget now. */
    wouldForget(now: number, days: number): number {
      return Number(
        q('SELECT count(*) AS n FROM posts WHERE pinned = 0 AND last_seen < ?').get(
          now - days * DAY_MS,
        )!.n,
      );
    },
    /** Forgets unpinned posts not seen for `days` days. Returns how many went. */
    prune(now: number, days: number): number {
      let removed = 0;
      const before = now - days * DAY_MS;
      lib.write('prune the archive', () => {
        q(
          `INSERT INTO posts_fts (posts_fts, rowid, text, author_name, author_handle)
           SELECT 'delete', seq, text, author_name, author_handle FROM posts
           WHERE pinned = 0 AND last_seen < ?`,
        ).run(before);
        removed = q('DELETE FROM posts WHERE pinned = 0 AND last_seen < ?').run(before).changes;
      });
      return removed;
    },
    retentionDays(): number {
      const r = q("SELECT value FROM library_settings WHERE key = 'retention_days'").get();
      const days = Number(r?.value);
      // A value that is not a day count in range (edited by hand, damaged) keeps the default.
      return Number.isInteger(days) && days >= RETENTION_DAYS.min && days <= RETENTION_DAYS.max
        ? days
        : RETENTION_DAYS.default;
    },
    setRetentionDays(days: number) {
      lib.write('set the retention', () =>
        q(
          "INSERT INTO library_settings (key, value) VALUES ('retention_days', ?) ON CONFLICT DO UPDATE SET value = excluded.value",
        ).run(String(days)),
      );
    },
    columnState(columnId: string): { readMarker?: string; clearedUpTo?: string } {
      const r = q('SELECT read_marker, cleared_up_to FROM column_state WHERE column_id = ?').get(
        columnId,
      );
      return {
        ...(r?.read_marker ? { readMarker: r.read_marker as string } : {}),
        ...(r?.cleared_up_to ? { clearedUpTo: r.cleared_up_to as string } : {}),
      };
    },
    setReadMarker(columnId: string, postId: string) {
      lib.write('read marker', () =>
        q(
          `INSERT INTO column_state (column_id, read_marker) VALUES (?, ?)
           ON CONFLICT DO UPDATE SET read_marker = excluded.read_marker`,
        ).run(columnId, postId),
      );
    },
    setClearedUpTo(columnId: string, postId: string) {
      lib.write('clear a column', () =>
        q(
          `INSERT INTO column_state (column_id, cleared_up_to) VALUES (?, ?)
           ON CONFLICT DO UPDATE SET cleared_up_to = excluded.cleared_up_to`,
        ).run(columnId, postId),
      );
    },
    /** A column was removed or now asks something else: its sources go, its posts stay. */
    forgetColumn(columnId: string) {
      lib.write('forget a column', () => {
        q('DELETE FROM post_sources WHERE column_id = ?').run(columnId);
        q('DELETE FROM column_state WHERE column_id = ?').run(columnId);
      });
    },
  };
}

export type Archive = ReturnType<typeof createArchive>;
