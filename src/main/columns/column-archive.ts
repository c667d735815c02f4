import fs from 'node:fs';
import { z } from 'zod';
import { ColumnPostsSchema, MAX_POSTS_PER_COLUMN } from '../../shared/columns/content';
import { parseArchiveQuery } from '../../shared/search/archive-query';
import type { Media, Post, XUser } from '../../shared/x/types';
import type { Logger } from '../platform/logger';
import type { Archive, ArchivePosts } from '../library/archive';

/** How many of its newest matches an Archive column shows (its status counts them all). */
export const ARCHIVE_COLUMN_POSTS = 200;

/** How many of each column's newest posts it shows at start, from the archive: all it holds. */
export const POSTS_SHOWN_AT_START = MAX_POSTS_PER_COLUMN;

/** What the poller keeps of its columns, and what Archive columns search: the library's archive. */
export interface ColumnArchive {
  /** The column's newest posts as the last run left them, with its markers. */
  load(
    columnId: string,
  ): ArchivePosts & { readMarker?: string; clearedUpTo?: string; readUpTo?: string };
  /**
   * Posts a column read, in one transaction: `shown` reached the column (its source is kept);
   * `others` (posts its filters hid, posts referenced, authors, media) are kept unlinked.
   */
  keep(
    source: { columnId: string; accountId: string; query?: string },
    shown: readonly Post[],
    others: { posts: readonly Post[]; users: readonly XUser[]; media: readonly Media[] },
  ): void;
  markRead(columnId: string, postId: string): void;
  /** The newest post X has given the column, shown or hidden by its filters. */
  readUpTo(columnId: string, postId: string): void;
  cleared(columnId: string, postId: string): void;
  /** The column asks something else now: what it showed no longer answers it. */
  forget(columnId: string): void;
  /** An Archive column's search: its posts and how many match, or why the query cannot run. */
  search(
    query: string,
    limit: number,
  ): (ArchivePosts & { total: number; more: boolean }) | { error: string };
}

export function columnArchive(archive: Archive, clock: { now(): number }): ColumnArchive {
  return {
    load(columnId) {
      return {
        ...archive.columnPosts(columnId, POSTS_SHOWN_AT_START),
        ...archive.columnState(columnId),
      };
    },
    keep(source, shown, others) {
      archive.add({ posts: shown, includes: others }, source, clock.now());
    },
    markRead: (columnId, postId) => archive.setReadMarker(columnId, postId),
    readUpTo: (columnId, postId) => archive.setReadUpTo(columnId, postId),
    cleared: (columnId, postId) => archive.setClearedUpTo(columnId, postId),
    forget: (columnId) => archive.forgetColumn(columnId),
    search(query, limit) {
      const parsed = parseArchiveQuery(query);
      return parsed.ok ? archive.search(parsed.query, limit) : { error: parsed.error };
    },
  };
}

/** columns-cache.json, the columns' cache before the library (read once, to import it). */
export const LegacyCacheSchema = z.object({
  version: z.literal(1),
  columns: z.record(
    z.string(),
    z.object({ batch: ColumnPostsSchema, clearedUpTo: z.string().optional() }),
  ),
  readMarkers: z.record(z.string(), z.string()),
});

/**
 * columns-cache.json (each column's last 200 posts, before the library) moves into the archive
 * once, then is renamed `columns-cache.json.imported`. A damaged cache is set aside the same way:
 * it was only a cache.
 */
export function importColumnsCache(file: string, archive: Archive, now: number, log: Logger) {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return;
  }
  let parsed: z.infer<typeof LegacyCacheSchema> | null = null;
  try {
    const r = LegacyCacheSchema.safeParse(JSON.parse(text));
    if (r.success) parsed = r.data;
  } catch {
    // a damaged cache: nothing to import
  }
  if (parsed) {
    for (const [columnId, entry] of Object.entries(parsed.columns)) {
      const b = entry.batch;
      archive.add(
        { posts: b.posts, includes: { users: b.users, posts: b.referenced, media: b.media } },
        { columnId, accountId: null },
        now,
      );
      if (entry.clearedUpTo) archive.setClearedUpTo(columnId, entry.clearedUpTo);
    }
    for (const [columnId, marker] of Object.entries(parsed.readMarkers))
      archive.setReadMarker(columnId, marker);
  } else {
    log.warn(`${file} could not be read; it is set aside, not imported`);
  }
  fs.renameSync(file, `${file}.imported`);
}
