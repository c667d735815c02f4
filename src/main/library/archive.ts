import { ftsMatch, type ArchiveQuery } from '../../shared/search/archive-query';
import { RETENTION_DAYS } from '../../shared/archive/limits';
import { compareIds } from '../../shared/posts/ids';
import type { Media, Post, XUser } from '../../shared/x/types';
import type { SqlRow, SqlValue } from './driver';
import type { LibraryCore } from './core';
import { multiRowInsert } from './multi-row';

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
/**
 * Posts kept before they are indexed for search together (see indexPending): bigger batches
 * make fewer, larger FTS5 segments (less work in all); a search after that many pay for them
 * once (tens of ms of CPU), and every search finds every post kept.
 */
export const INDEX_AFTER = 5_000;
/** library_settings: the seq up to which every post is in posts_fts (migration 7). */
export const INDEXED_KEY = 'fts_indexed_up_to';
/** Authors remembered as written, at most (a cache: beyond, it starts again). */
const WRITTEN_USERS_KEPT = 20_000;
/** Matches counted at most when from:, lang: or dates filter them ("more than 1,000 posts"). */
const FILTERED_COUNT_UP_TO = 1_000;

/** Whether two JSON values are equal (X's users: strings, flags, a few counts). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && sameJson(ra[k], rb[k]));
}

/** The columns a post is read back from (`postFromRow`), for `SELECT … FROM posts p`. */
const POST_COLUMNS = 'p.id, p.author_id, p.created_at, p.lang, p.text, p.json';

/** Post fields its row keeps in columns of its own (`createdAt` when the column gives it back). */
const IN_COLUMNS = new Set(['text', 'id', 'authorId', 'lang', 'createdAt']);

/** `createdAt` as Date#toISOString writes it (as X sends it), so the column gives it back exactly. */
const isCanonicalIso = (iso: string) =>
  iso.length === 24 && iso[10] === 'T' && iso[19] === '.' && iso[23] === 'Z';

/**
 * A post's JSON as kept: what its columns do not hold. Smaller rows: each page writes less, its
 * commit too. (A copy loop: a rest destructuring costs about a third more per post.)
 */
function postJson(p: Post): string {
  const rest: Record<string, unknown> = {};
  for (const key in p) if (!IN_COLUMNS.has(key)) rest[key] = p[key as keyof Post];
  if (!isCanonicalIso(p.createdAt)) rest.createdAt = p.createdAt;
  return JSON.stringify(rest);
}

/** A post from its row: its JSON, then its columns (rows kept before version 8 hold both). */
const postFromRow = (r: SqlRow): Post => {
  const kept = JSON.parse(r.json as string) as Partial<Post>;
  return {
    ...kept,
    id: r.id as string,
    authorId: r.author_id as string,
    createdAt: kept.createdAt ?? new Date(Number(r.created_at)).toISOString(),
    ...(r.lang !== null && r.lang !== undefined ? { lang: r.lang as string } : {}),
    text: r.text as string,
  } as Post;
};

/**
 * The post archive: every post that reached a column, kept once by X id with every source that
 * brought it, searchable with FTS5. Typed functions over the library; no SQL leaves this file.
 */
export function createArchive(lib: LibraryCore) {
  const { q } = lib;

  /**
   * Users as last written, so that a page's unchanged authors cost no write (nor a JSON string).
   * Only what committed: a page's authors join it after its transaction, so a page rolled back
   * (a full disk) writes them again when it is retried.
   */
  const written = new Map<string, XUser>();

  const insertPeople = multiRowInsert(
    q,
    'INSERT INTO people (id, username, name, json, updated_at)',
    5,
    `ON CONFLICT (id) DO UPDATE SET username = excluded.username, name = excluded.name,
       json = excluded.json, updated_at = excluded.updated_at`,
  );
  const insertMedia = multiRowInsert(
    q,
    'INSERT INTO media (media_key, json)',
    2,
    'ON CONFLICT DO UPDATE SET json = excluded.json',
  );
  // Each new post's seq is given (the page looked up which posts are new first): no RETURNING,
  // whose row objects cost more than the lookup.
  const insertPosts = multiRowInsert(
    q,
    `INSERT INTO posts (seq, id, author_id, author_handle, author_name, created_at, lang, text,
       json, first_seen, last_seen)`,
    11,
    '',
  );

  /** Each day's seqs only widen: a superset stays right after prunes (search filters by date). */
  const insertDays = multiRowInsert(
    q,
    'INSERT INTO posts_days (day, lo, hi)',
    3,
    'ON CONFLICT (day) DO UPDATE SET lo = min(lo, excluded.lo), hi = max(hi, excluded.hi)',
  );

  /** Users that differ from what was last written, upserted in a few statements. */
  function upsertUsers(users: ReadonlyMap<string, XUser>, now: number): XUser[] {
    const changed: XUser[] = [];
    const values: SqlValue[] = [];
    for (const u of users.values()) {
      const before = written.get(u.id);
      if (before && sameJson(before, u)) continue;
      // A copy of what was written, not the caller's object (which it may change later).
      changed.push({ ...u, ...(u.metrics ? { metrics: { ...u.metrics } } : {}) });
      values.push(u.id, u.username, u.name, JSON.stringify(u), now);
    }
    if (changed.length > 0) insertPeople(values);
    return changed;
  }

  /** Authors of `ids` the page lacks, as last seen: one query for all of them. */
  function knownAuthors(ids: string[]): Map<string, { username: string; name: string }> {
    const found = new Map<string, { username: string; name: string }>();
    if (ids.length === 0) return found;
    const rows = q(
      'SELECT id, username, name FROM people WHERE id IN (SELECT value FROM json_each(?))',
    ).all(JSON.stringify(ids));
    for (const r of rows)
      found.set(r.id as string, { username: r.username as string, name: r.name as string });
    return found;
  }

  /**
   * A post the archive had already: the newer copy's metrics and last sighting; an author who
   * renamed is re-indexed (the index forgets the old words and learns the new).
   */
  function updatePost(
    old: SqlRow,
    json: string,
    author: { username: string; name: string } | undefined,
    now: number,
  ) {
    const seq = Number(old.seq);
    const newHandle = author?.username || (old.author_handle as string);
    const newName = author?.name || (old.author_name as string);
    q(
      'UPDATE posts SET last_seen = ?, json = ?, author_handle = ?, author_name = ? WHERE seq = ?',
    ).run(now, json, newHandle, newName, seq);
    if (newHandle === old.author_handle && newName === old.author_name) return;
    // Not indexed yet: the next indexing reads the new names from the row.
    if (seq > indexedUpTo()) return;
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

  /**
   * Every post up to this seq is in posts_fts; those after it are not yet. Kept in the file with
   * the posts (library_settings), so a crash between the two loses nothing: the next indexing
   * picks up where the last committed one stopped. Null when the mark is missing or damaged
   * (edited by hand): the next indexing rebuilds the index from the posts.
   */
  function indexMark(): number | null {
    const value = Number(
      q(`SELECT value FROM library_settings WHERE key = '${INDEXED_KEY}'`).get()?.value ?? NaN,
    );
    return Number.isInteger(value) && value >= 0 ? value : null;
  }

  const newestSeq = () => Number(q('SELECT max(seq) AS n FROM posts').get()?.n ?? 0);

  /**
   * The mark, never above the newest post (so that a new post's seq, the newest + 1, is above
   * it); 0 when unknown, so that everything waits for the rebuild.
   */
  function indexedUpTo(): number {
    return Math.min(indexMark() ?? 0, newestSeq());
  }

  function setIndexedUpTo(seq: number) {
    q(
      `INSERT INTO library_settings (key, value) VALUES ('${INDEXED_KEY}', ?)
       ON CONFLICT DO UPDATE SET value = excluded.value`,
    ).run(String(seq));
  }

  /**
   * Puts the posts kept since the last indexing into posts_fts, in one statement. FTS5 writes a
   * new segment of its index at every commit that touched it; a segment per page of 100 posts
   * (and merging them) cost about as much as keeping the posts, one per INDEX_AFTER posts little.
   * Called inside a write; search calls it first, so what it finds is never behind.
   */
  function indexPending() {
    const newest = newestSeq();
    if (indexMark() === null) {
      q(`INSERT INTO posts_fts (posts_fts) VALUES ('rebuild')`).run();
      return setIndexedUpTo(newest);
    }
    const from = indexedUpTo();
    if (newest <= from) return;
    q(
      `INSERT INTO posts_fts (rowid, text, author_name, author_handle)
       SELECT seq, text, author_name, author_handle FROM posts WHERE seq > ?`,
    ).run(from);
    setIndexedUpTo(newest);
  }

  /** Indexes what waits (its own write), unless nothing does: a search finds every post kept. */
  function indexNow() {
    if (indexMark() === null || newestSeq() > indexedUpTo())
      lib.write('index the archive', indexPending);
  }

  /**
   * A page in a few statements whatever its length: authors and media upserted once each, new
   * posts in multi-row inserts that return their seq (no SELECT first), their days' seq ranges,
   * the sources in one INSERT … SELECT. Posts already kept (one query finds them all) are
   * updated one by one: they are few, and each may need re-indexing. The new posts wait for the
   * search index (indexPending).
   */
  function add(batch: ArchiveBatch, source: PostSource | null, now: number): XUser[] {
    const users = new Map<string, XUser>();
    for (const u of batch.includes.users) users.set(u.id, u);
    const changedUsers = upsertUsers(users, now);

    const media = new Map<string, Media>();
    for (const m of batch.includes.media) media.set(m.mediaKey, m);
    const mediaValues: SqlValue[] = [];
    for (const m of media.values()) mediaValues.push(m.mediaKey, JSON.stringify(m));
    if (media.size > 0) insertMedia(mediaValues);

    // A post met twice in the page (shown and quoted, say) is kept as its later copy has it.
    const posts = new Map<string, Post>();
    for (const p of batch.includes.posts) posts.set(p.id, p);
    for (const p of batch.posts) {
      posts.delete(p.id);
      posts.set(p.id, p);
    }
    const known = knownAuthors([
      ...new Set([...posts.values()].map((p) => p.authorId).filter((id) => !users.has(id))),
    ]);
    const authorOf = (p: Post) => users.get(p.authorId) ?? known.get(p.authorId);

    // Posts the archive has already (one query for the page) are updated; the others get the
    // next seqs, as SQLite would give them (the newest + 1), and their days' seq ranges.
    const olds = new Map<string, SqlRow>();
    for (const old of q(
      `SELECT seq, id, text, author_name, author_handle FROM posts
       WHERE id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify([...posts.keys()])))
      olds.set(old.id as string, old);
    const seqOf = new Map<string, number>();
    const values: SqlValue[] = [];
    const days = new Map<number, { lo: number; hi: number }>();
    let seq = olds.size < posts.size ? newestSeq() : 0;
    for (const p of posts.values()) {
      const created = Date.parse(p.createdAt);
      const json = postJson(p);
      const old = olds.get(p.id);
      if (old) {
        seqOf.set(p.id, Number(old.seq));
        updatePost(old, json, authorOf(p), now);
        continue;
      }
      seq += 1;
      seqOf.set(p.id, seq);
      const author = authorOf(p);
      values.push(
        seq,
        p.id,
        p.authorId,
        author?.username ?? '',
        author?.name ?? '',
        created,
        p.lang ?? null,
        p.text,
        json,
        now,
        now,
      );
      const day = Math.floor(created / DAY_MS);
      const range = days.get(day);
      if (!range) days.set(day, { lo: seq, hi: seq });
      else range.hi = seq;
    }
    if (values.length > 0) insertPosts(values);
    if (days.size > 0) insertDays([...days].flatMap(([day, { lo, hi }]) => [day, lo, hi]));

    if (source && batch.posts.length > 0)
      q(
        `INSERT INTO post_sources (column_id, post_seq, account_id, query, first_seen, last_seen)
         SELECT ?, value, ?, ?, ?, ? FROM json_each(?) WHERE true
         ON CONFLICT DO UPDATE SET last_seen = excluded.last_seen`,
      ).run(
        source.columnId,
        source.accountId,
        source.query ?? null,
        now,
        now,
        JSON.stringify([...new Set(batch.posts.map((p) => seqOf.get(p.id)!))]),
      );
    // Last, so that no later statement of the page flushes FTS5's pending terms early.
    if (seq - indexedUpTo() >= INDEX_AFTER) indexPending();
    return changedUsers;
  }

  /** Posts by X id (the order is not kept), with their authors, referenced posts and media. */
  function withIncludes(posts: Post[]): ArchivePosts {
    const referenced = new Map<string, Post>();
    for (const p of posts)
      for (const ref of p.referenced) {
        const r = q(`SELECT ${POST_COLUMNS} FROM posts p WHERE p.id = ?`).get(ref.id);
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
    indexNow();
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
    if (query.since !== undefined || query.until !== undefined) {
      // The posts of those dates lie between two seqs (posts_days, migration 7; a day wider on
      // each side, whatever the rounding). Given that range, FTS5 walks only its rowids within
      // it, not every match newer than the dates (a common word over a month four months back:
      // ~100,000 rows joined to posts).
      const range = q(
        'SELECT min(lo) AS lo, max(hi) AS hi FROM posts_days WHERE day >= ? AND day <= ?',
      ).get(
        query.since === undefined ? Number.MIN_SAFE_INTEGER : Math.floor(query.since / DAY_MS) - 1,
        query.until === undefined ? Number.MAX_SAFE_INTEGER : Math.floor(query.until / DAY_MS) + 1,
      );
      if (range?.lo === null || range?.lo === undefined)
        return { posts: [], referenced: [], users: [], media: [], total: 0, more: false };
      where.push(`${match ? 'f.rowid' : 'p.seq'} BETWEEN ? AND ?`);
      params.push(Number(range.lo), Number(range.hi));
    }
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
    const rows = q(`SELECT ${POST_COLUMNS} FROM ${from}${filter} ORDER BY ${order} LIMIT ?`).all(
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
      let changedUsers: XUser[] = [];
      const landed = lib.write('archive posts', () => {
        changedUsers = add(batch, source, now);
      });
      if (landed)
        for (const u of changedUsers) {
          if (written.size >= WRITTEN_USERS_KEPT) written.clear();
          written.set(u.id, u);
        }
      return landed;
    },
    search,
    /**
     * Indexes for search the posts kept since it last did (a page's posts wait for it until
     * INDEX_AFTER of them do; `search` does it first). The bench's insert measure includes it.
     */
    index: indexNow,
    /** A column's newest `limit` posts, by X id, newest first. */
    columnPosts(columnId: string, limit: number): ArchivePosts {
      const rows = q(
        `SELECT ${POST_COLUMNS} FROM post_sources s JOIN posts p ON p.seq = s.post_seq
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
        // The index forgets only what it holds: everything, once what waits is in it.
        indexPending();
        q(
          `INSERT INTO posts_fts (posts_fts, rowid, text, author_name, author_handle)
           SELECT 'delete', seq, text, author_name, author_handle FROM posts
           WHERE pinned = 0 AND last_seen < ?`,
        ).run(before);
        removed = q('DELETE FROM posts WHERE pinned = 0 AND last_seen < ?').run(before).changes;
        // The newest may have gone: a new post's seq could then be at or below the mark.
        setIndexedUpTo(newestSeq());
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
    columnState(columnId: string): {
      readMarker?: string;
      clearedUpTo?: string;
      readUpTo?: string;
    } {
      const r = q(
        'SELECT read_marker, cleared_up_to, read_up_to FROM column_state WHERE column_id = ?',
      ).get(columnId);
      return {
        ...(r?.read_marker ? { readMarker: r.read_marker as string } : {}),
        ...(r?.cleared_up_to ? { clearedUpTo: r.cleared_up_to as string } : {}),
        ...(r?.read_up_to ? { readUpTo: r.read_up_to as string } : {}),
      };
    },
    /** The newest post X has given the column, shown or hidden: its next since_id. */
    setReadUpTo(columnId: string, postId: string) {
      lib.write('keep what a column has read', () =>
        q(
          `INSERT INTO column_state (column_id, read_up_to) VALUES (?, ?)
           ON CONFLICT DO UPDATE SET read_up_to = excluded.read_up_to`,
        ).run(columnId, postId),
      );
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
