/**
 * Pages of newest-first results the way X cuts them: max_results per endpoint, since_id and
 * until_id, start_time and end_time, and opaque next/previous tokens that stay valid forever.
 */
export interface MaxResultsRange {
  min: number;
  max: number;
  default: number;
}

/** From X's API reference for each endpoint. */
export const MAX_RESULTS: Record<string, MaxResultsRange> = {
  'GET /2/tweets/search/recent': { min: 10, max: 100, default: 10 },
  'GET /2/users/:id/tweets': { min: 5, max: 100, default: 10 },
  'GET /2/users/:id/mentions': { min: 5, max: 100, default: 10 },
  'GET /2/users/:id/timelines/reverse_chronological': { min: 1, max: 100, default: 100 },
  'GET /2/lists/:id/tweets': { min: 1, max: 100, default: 100 },
  'GET /2/users/:id/owned_lists': { min: 1, max: 100, default: 100 },
};

/** How deep each timeline reaches (X: 3,200 own posts, 800 mentions, 800 home). */
export const DEPTH: Record<string, number> = {
  'GET /2/users/:id/tweets': 3200,
  'GET /2/users/:id/mentions': 800,
  'GET /2/users/:id/timelines/reverse_chronological': 800,
  'GET /2/lists/:id/tweets': 800,
};

export interface Cursor {
  direction: 'next' | 'previous';
  id: bigint;
}

export interface Pageable {
  idNum: bigint;
  createdAt: number;
}

export interface PageRequest {
  maxResults: number;
  sinceId?: bigint;
  untilId?: bigint;
  startTime?: number;
  endTime?: number;
  cursor?: Cursor;
}

export interface Page<T> {
  items: T[];
  next?: Cursor;
  previous?: Cursor;
}

const TOKEN_PAD = 16;

/** Timeline tokens: base36, lower case, like X's ("7140dibdnow9c7btw4..."). */
export function encodeToken(cursor: Cursor): string {
  const body = cursor.id.toString(36).padStart(TOKEN_PAD, '0');
  return (cursor.direction === 'next' ? '7' : '3') + body;
}

export function decodeToken(token: string): Cursor | undefined {
  const m = /^([73])([0-9a-z]{16,})$/.exec(token);
  if (!m) return undefined;
  let id = 0n;
  for (const ch of m[2]!) id = id * 36n + BigInt(parseInt(ch, 36));
  return { direction: m[1] === '7' ? 'next' : 'previous', id };
}

/** Owned-lists tokens are short numeric strings in X (at most 19 characters). */
export function encodeListToken(cursor: Cursor): string {
  return (cursor.direction === 'next' ? '1' : '2') + (cursor.id % 10n ** 18n).toString();
}

export function decodeListToken(token: string): Cursor | undefined {
  const m = /^([12])(\d{1,18})$/.exec(token);
  if (!m) return undefined;
  return { direction: m[1] === '1' ? 'next' : 'previous', id: BigInt(m[2]!) };
}

export function paginate<T extends Pageable>(newestFirst: readonly T[], req: PageRequest): Page<T> {
  const inRange = newestFirst.filter(
    (item) =>
      (req.sinceId === undefined || item.idNum > req.sinceId) &&
      (req.untilId === undefined || item.idNum < req.untilId) &&
      (req.startTime === undefined || item.createdAt >= req.startTime) &&
      (req.endTime === undefined || item.createdAt <= req.endTime),
  );
  const cursor = req.cursor;
  let items: T[];
  let hasOlder: boolean;
  if (cursor?.direction === 'previous') {
    // The page just newer than the cursor: the `max` items closest to it.
    const newer = inRange.filter((item) => item.idNum > cursor.id);
    items = newer.slice(Math.max(0, newer.length - req.maxResults));
    hasOlder = true;
  } else {
    const older = cursor ? inRange.filter((item) => item.idNum < cursor.id) : inRange;
    items = older.slice(0, req.maxResults);
    hasOlder = older.length > items.length;
  }
  const page: Page<T> = { items };
  const last = items[items.length - 1];
  const first = items[0];
  if (hasOlder && last) page.next = { direction: 'next', id: last.idNum };
  if (cursor && first && inRange.some((item) => item.idNum > first.idNum)) {
    page.previous = { direction: 'previous', id: first.idNum };
  }
  return page;
}
