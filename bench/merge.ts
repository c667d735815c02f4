import { seededRandom } from '../src/simulator/world/prng';
import {
  applyColumnPosts,
  emptyPostCache,
  type PostCache,
} from '../src/renderer/src/lib/post-cache';
import { MAX_POSTS_PER_COLUMN } from '../src/shared/columns/content';
import type { Post } from '../src/shared/x/types';
import { snowflakeId } from './snowflake';
import { median, round, timeRuns } from './stats';

/**
 * merge_10k_ms: the renderer's post store (src/renderer/src/lib/post-cache.ts, over
 * src/shared/posts/merge.ts) taking in 10,000 posts
 * for 10 columns the way polling delivers them: a page of up to 100 newer posts per column per
 * round, with the posts they quote or reply to (X's includes.tweets) beside them, and some
 * posts found by two columns at once.
 */

export interface PollPage {
  columnId: string;
  /** Newest first, as X answers. */
  posts: Post[];
  /** The posts these quote or reply to: stored, not listed. */
  related: Post[];
}

export interface PageOptions {
  columns: number;
  perColumn: number;
  pageSize: number;
  /** Share of a column's posts that the previous column also shows (overlapping searches). */
  shared: number;
  /** Share of posts that quote or reply to another post. */
  referencing: number;
  seed: string;
  startMs: number;
}

export const MERGE_PAGES: PageOptions = {
  columns: 10,
  perColumn: 1000,
  pageSize: 100,
  shared: 0.1,
  referencing: 0.15,
  seed: 'timedeck-bench',
  startMs: Date.UTC(2026, 2, 10, 9),
};

const WORDS = (
  'ink nib fountain pen order shipping bristol refill converter sheen shimmer paper notebook ' +
  'thanks question price trade wholesale restock leak cartridge blue black green sepia ' +
  'calligraphy journal gift parcel delivery broken cap clip barrel piston vacuum'
).split(' ');

function post(id: string, atMs: number, text: string, authorId: string, refs: Post['referenced']) {
  const p: Post = {
    id,
    text,
    createdAt: new Date(atMs).toISOString(),
    authorId,
    conversationId: id,
    referenced: refs,
    entities: { mentions: [], hashtags: [], cashtags: [], urls: [] },
    metrics: { replies: 0, reposts: 0, likes: 0, quotes: 0 },
    lang: 'en',
    mediaKeys: [],
  };
  return p;
}

/**
 * The pages of `options.rounds` polls of every column, in the order they arrive: round by
 * round, column by column, each page newer than the last. Seeded: the same every run.
 */
export function pollingPages(options: PageOptions = MERGE_PAGES): PollPage[] {
  const r = seededRandom(options.seed, 'merge-pages');
  const rounds = Math.ceil(options.perColumn / options.pageSize);
  const pages: PollPage[] = [];
  let clock = options.startMs;
  let sequence = 0;
  const text = () =>
    Array.from({ length: r.int(6, 40) }, () => r.pick(WORDS))
      .join(' ')
      .slice(0, 280);
  const author = () => String(1000 + r.int(0, 400));

  for (let round = 0; round < rounds; round++) {
    const size = Math.min(options.pageSize, options.perColumn - round * options.pageSize);
    let previous: Post[] = [];
    for (let c = 0; c < options.columns; c++) {
      const posts: Post[] = [];
      const related: Post[] = [];
      const sharedCount = c === 0 ? 0 : Math.round(size * options.shared);
      posts.push(...r.sample(previous, sharedCount));
      while (posts.length < size) {
        clock += r.int(200, 4000);
        const id = snowflakeId(clock, 1, sequence++ & 0xfff);
        let refs: Post['referenced'] = [];
        if (r.chance(options.referencing)) {
          const old = clock - r.int(3_600_000, 86_400_000);
          const refId = snowflakeId(old, 2, sequence++ & 0xfff);
          related.push(post(refId, old, text(), author(), []));
          refs = [{ type: r.chance(0.5) ? 'quoted' : 'replied_to', id: refId }];
        }
        posts.push(post(id, clock, text(), author(), refs));
      }
      posts.sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
      pages.push({ columnId: `column-${c}`, posts, related });
      previous = posts;
    }
  }
  return pages;
}

/** One polling page as main sends it to the renderer (authors and media left out). */
const batchOf = (page: PollPage) => ({
  columnId: page.columnId,
  mode: 'prepend' as const,
  posts: page.posts,
  referenced: page.related,
  users: [],
  media: [],
});

/** Every page through applyColumnPosts, as the renderer's post store applies polling batches. */
export function mergeAll(pages: readonly PollPage[]): PostCache {
  let cache = emptyPostCache();
  for (const page of pages) cache = applyColumnPosts(cache, batchOf(page)).cache;
  return cache;
}

/** This process's CPU time (all its threads, the GC's included), in ms. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export async function measureMerge(options = { warmup: 5, runs: 15 }) {
  const pages = pollingPages();
  // A run that merged wrongly would time the wrong work: check the result once, untimed.
  const check = mergeAll(pages);
  const listed = Object.values(check.columnIds).reduce((n, ids) => n + ids.length, 0);
  const expected = MERGE_PAGES.columns * MERGE_PAGES.perColumn;
  if (listed !== expected) throw new Error(`merge listed ${listed} posts, not ${expected}`);

  // CPU time, not wall time: on a shared machine the wall clock counts the waits for a core
  // (load 18 on 2 cores spread runs of the same build from 36 to 440 ms); CPU time does not.
  const durations = await timeRuns(() => void mergeAll(pages), { ...options, now: cpuMs });
  const wall = await timeRuns(() => void mergeAll(pages), { warmup: 0, runs: 5 });

  // For the interpretation: the same pages without the posts they quote or reply to, and one
  // more page into a full deck (10 columns at their 2,000-post cap), the renderer's cost of a
  // poll's batch once the deck is full.
  const bare = pages.map((p) => ({ ...p, related: [] }));
  const withoutRelated = await timeRuns(() => void mergeAll(bare), {
    warmup: 1,
    runs: 3,
    now: cpuMs,
  });
  const full = pollingPages({ ...MERGE_PAGES, perColumn: MAX_POSTS_PER_COLUMN });
  const last = full.pop()!;
  const deck = mergeAll(full);
  const onePage = await timeRuns(() => void applyColumnPosts(deck, batchOf(last)), {
    warmup: 3,
    runs: 15,
    now: cpuMs,
  });
  return {
    values: { merge_10k_ms: round(median(durations)) },
    details: {
      runs: durations.map((d) => round(d)),
      /** The same merge by the wall clock, for comparison with the CPU time (load inflates it). */
      wallMs: round(median(wall)),
      pages: pages.length,
      postsStored: check.postsById.size,
      withoutRelatedMs: round(median(withoutRelated)),
      pageIntoFullDeckMs: round(median(onePage)),
      fullDeckPostsStored: deck.postsById.size,
    },
  };
}
