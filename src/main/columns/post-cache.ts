import { z } from 'zod';
import { ColumnPostsSchema } from '../../shared/columns/content';
import type { Clock } from '../../shared/time/clock';
import type { Logger } from '../platform/logger';
import { createJsonFile } from '../store/json-file';

/** How many of each column's newest posts are kept on disk for the next start. */
export const CACHED_POSTS_PER_COLUMN = 200;

export const PostCacheSchema = z.object({
  version: z.literal(1),
  columns: z.record(
    z.string(),
    z.object({ batch: ColumnPostsSchema, clearedUpTo: z.string().optional() }),
  ),
  readMarkers: z.record(z.string(), z.string()),
});
export type PostCacheData = z.infer<typeof PostCacheSchema>;

/**
 * The columns' last posts on disk, so that Timedeck starts with content even offline. A cache:
 * a damaged file is ignored (the posts come back from X).
 */
export const createPostCache = (options: { file: string; clock: Clock; log: Logger }) =>
  createJsonFile({ ...options, schema: PostCacheSchema });

export type PostCache = ReturnType<typeof createPostCache>;
