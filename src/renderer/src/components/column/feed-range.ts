import type { Range } from '@tanstack/react-virtual';

/**
 * Rows leave the top of a feed in groups of this many. A row taken from the top moves every row
 * below it within the rendered block, and Chromium paints again each row that moved, so a
 * scroll that drops one row per frame repaints the whole column each frame; dropped four at a
 * time, it repaints once per four rows (paint per frame ×0.7, bench/README.md). Rows added at
 * the bottom move nothing, so the end is not grouped.
 */
export const FEED_ROW_GROUP = 4;

/**
 * The rows a feed renders: those in view and `overscan` beyond each edge, as TanStack's
 * default, with the first row moved up to the start of its group of FEED_ROW_GROUP.
 */
export function feedRowRange({ startIndex, endIndex, overscan, count }: Range): number[] {
  if (count === 0) return [];
  const first = Math.max(0, startIndex - overscan);
  const start = first - (first % FEED_ROW_GROUP);
  const end = Math.min(count - 1, endIndex + overscan);
  const rows: number[] = [];
  for (let i = start; i <= end; i++) rows.push(i);
  return rows;
}
