import type { Migration } from './types';

/**
 * The post archive indexes new posts for search in batches (src/main/library/archive.ts,
 * indexPending): a page's posts are kept at once and indexed with the next few thousand, or
 * before any search. `fts_indexed_up_to` is the seq up to which every post is in posts_fts;
 * before this version each post was indexed as it came, so it starts at the newest post.
 */
export const m0007ArchiveIndexing: Migration = {
  version: 7,
  name: 'archive indexing in batches',
  up: (db) =>
    db.exec(`
      INSERT OR REPLACE INTO library_settings (key, value)
        SELECT 'fts_indexed_up_to', CAST(coalesce(max(seq), 0) AS TEXT) FROM posts;
    `),
};
