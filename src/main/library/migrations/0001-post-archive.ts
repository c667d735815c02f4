import type { Migration } from './types';

/**
 * The post archive: every post that reached a column, once, with its author, media and the
 * columns (account, query) that brought it; full-text search over text, author name and handle.
 * Posts keep X's id as their key; `seq` (insertion order) is the FTS rowid.
 */
export const m0001PostArchive: Migration = {
  version: 1,
  name: 'post archive',
  up: (db) =>
    db.exec(`
      CREATE TABLE library_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

      -- A person is an X user id: handles change, the id stays. The user as last seen.
      CREATE TABLE people (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL,
        name TEXT NOT NULL,
        json TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE media (media_key TEXT PRIMARY KEY, json TEXT NOT NULL) WITHOUT ROWID;

      CREATE TABLE posts (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        author_id TEXT NOT NULL,
        author_handle TEXT NOT NULL,
        author_name TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        lang TEXT,
        text TEXT NOT NULL,
        -- the rest of the Post (entities, references, metrics, media keys), without its text
        json TEXT NOT NULL,
        pinned INTEGER NOT NULL DEFAULT 0,
        first_seen INTEGER NOT NULL,
        last_seen INTEGER NOT NULL
      );
      -- No other index: each costs every insert, and search goes through posts_fts (from:
      -- included, as a column filter); retention scans the table once a day.

      CREATE VIRTUAL TABLE posts_fts USING fts5 (
        text, author_name, author_handle,
        content = 'posts', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      -- Kept by archive.ts in the same transaction as posts, not by triggers: an FTS5 insert
      -- from a trigger runs under a statement savepoint, which flushes FTS5's pending terms row
      -- by row (about 5 times the work of inserting the row itself).

      -- One post, many sources: each column (as an account, asking a query) that brought it.
      CREATE TABLE post_sources (
        column_id TEXT NOT NULL,
        post_seq INTEGER NOT NULL REFERENCES posts (seq) ON DELETE CASCADE,
        account_id TEXT,
        query TEXT,
        first_seen INTEGER NOT NULL,
        last_seen INTEGER NOT NULL,
        PRIMARY KEY (column_id, post_seq)
      ) WITHOUT ROWID;
      CREATE INDEX post_sources_post ON post_sources (post_seq);

      -- What the columns' old JSON cache kept beside posts: read markers, "cleared up to".
      CREATE TABLE column_state (
        column_id TEXT PRIMARY KEY,
        read_marker TEXT,
        cleared_up_to TEXT
      ) WITHOUT ROWID;
    `),
};
