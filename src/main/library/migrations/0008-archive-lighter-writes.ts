import type { Migration } from './types';

/**
 * Two changes that make keeping a page of posts cheaper (bench: archive_insert_10k_cpu_ms).
 *
 * `people` gets a rowid of its own, in the order people are first kept, and X's id becomes a
 * unique key beside it. Keyed by X's id, every new author landed on a page of the table chosen
 * by that id — scattered, so a page of 100 posts by 60 new authors rewrote ~60 pages of the table
 * (whole rows of ~250 bytes) at its commit; now their rows go to the table's end, and only the
 * small index entries scatter. Nothing references `people` by key (person links are plain
 * columns, migration 5), and every query asks by `id`, which the unique index answers.
 *
 * `posts_fts` is made again with `columnsize = 0`: FTS5 then keeps no row of token counts per
 * post (its `docsize` table), which only bm25() ranking reads; the archive orders matches by
 * seq (newest kept first), never by rank. The index is rebuilt from the posts here, so every
 * post kept is searchable when the migration ends.
 */
export const m0008ArchiveLighterWrites: Migration = {
  version: 8,
  name: 'people in the order kept; search index without token counts',
  up: (db) =>
    db.exec(`
      CREATE TABLE people_by_arrival (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        username TEXT NOT NULL,
        name TEXT NOT NULL,
        json TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      );
      INSERT INTO people_by_arrival (id, username, name, json, updated_at)
        SELECT id, username, name, json, updated_at FROM people ORDER BY updated_at, id;
      DROP TABLE people;
      ALTER TABLE people_by_arrival RENAME TO people;

      DROP TABLE posts_fts;
      CREATE VIRTUAL TABLE posts_fts USING fts5 (
        text, author_name, author_handle,
        content = 'posts', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2',
        columnsize = 0
      );
      INSERT INTO posts_fts (posts_fts) VALUES ('rebuild');
      INSERT OR REPLACE INTO library_settings (key, value)
        SELECT 'fts_indexed_up_to', CAST(coalesce(max(seq), 0) AS TEXT) FROM posts;
    `),
};
