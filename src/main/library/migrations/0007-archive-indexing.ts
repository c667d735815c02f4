import type { Migration } from './types';

/**
 * The post archive indexes new posts for search in batches (src/main/library/archive.ts,
 * indexPending): a page's posts are kept at once and indexed with the next few thousand, or
 * before any search. `fts_indexed_up_to` is the seq up to which every post is in posts_fts;
 * before this version each post was indexed as it came, so it starts at the newest post.
 *
 * `posts_days`: for each UTC day of creation, the lowest and highest seq of the posts created that
 * day (a superset after prunes: ranges only widen). A search with since:/until: reads the seqs
 * of those days from it (a month is 31 rows) and lets FTS5 walk only that range of its rowids.
 * An index on posts (created_at) gave the same range by scanning the month's entries (~8 ms at
 * 500,000 posts) and cost every insert an index entry; this costs a page one or two upserts.
 */
export const m0007ArchiveIndexing: Migration = {
  version: 7,
  name: 'archive indexing in batches, seq ranges by day',
  up: (db) =>
    db.exec(`
      INSERT OR REPLACE INTO library_settings (key, value)
        SELECT 'fts_indexed_up_to', CAST(coalesce(max(seq), 0) AS TEXT) FROM posts;
      CREATE TABLE posts_days (
        day INTEGER PRIMARY KEY,
        lo INTEGER NOT NULL,
        hi INTEGER NOT NULL
      );
      INSERT INTO posts_days (day, lo, hi)
        SELECT created_at / 86400000, min(seq), max(seq) FROM posts GROUP BY 1;
    `),
};
