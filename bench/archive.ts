import fs from 'node:fs';
import path from 'node:path';
import { ARCHIVE_COLUMN_POSTS } from '../src/main/columns/column-archive';
import { openBetterSqlite } from '../src/main/library/better-sqlite3-driver';
import { openLibrary, type Library } from '../src/main/library/library';
import { LIBRARY_FILE } from '../src/main/library/open-library';
import { silentLogger } from '../src/main/platform/logger';
import { parseArchiveQuery } from '../src/shared/search/archive-query';
import { FakeClock } from '../src/shared/time/clock';
import type { Post, XUser } from '../src/shared/x/types';
import { scratchDir } from './scratch-dir';
import { snowflakeId } from './snowflake';
import { worse } from './worse';
import { percentile, round } from './stats';

/**
 * archive_insert_10k_ms, archive_search_p95_ms, db_mb_per_100k_posts: the library's post archive
 * (src/main/library/archive.ts) on a real timedeck.db, through the functions main calls.
 *
 * - insert: 10,000 posts as the poller delivers them: 100 pages of 100, each page one
 *   `archive.add` (one transaction, synchronous=FULL, with authors and a source), then
 *   `archive.index()` for the posts still waiting for the search index: all searchable.
 *   Median of 5 runs, each on a fresh library.
 * - search: an archive of 500,000 generated posts (made in one transaction), then 300 queries
 *   an Archive column sends (`archive.search`, the column's 200 newest matches and the count): one or two words,
 *   a phrase, a word with from:, a word with a date range; rare and common words. p95.
 * - size: the file (WAL checkpointed) per 100,000 posts, at 500,000.
 * Details carry the worse variant — the same queries as a LIKE scan of the posts' text, no FTS
 * index — so the search metric can be seen to fail when the index is gone.
 */

const WORDS = (
  'ink nib pen paper order refund parcel ship arrived broken thanks love stock launch sale ' +
  'café résumé naïve zéphyrine émeraude fountain bottle cartridge converter flex italic stub ' +
  'shipping tracking delivery late lost question help support email reply weekend discount ' +
  'code gift wrap colour blue black green red sepia violet amber teal sample swatch journal ' +
  'notebook dotted lined blank a5 b6 leather case clip cap barrel piston vacuum eyedropper'
)
  .split(' ')
  .concat(Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x`));

/** A seeded generator (mulberry32): every run archives and searches the same posts. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const START = Date.parse('2026-05-01T00:00:00Z');

export function generator(seed: number) {
  const r = rng(seed);
  // Zipf-like: a few words are common, most are rare.
  const word = () => WORDS[Math.floor(WORDS.length * r() ** 3)]!;
  const users: XUser[] = Array.from({ length: 5000 }, (_, i) => ({
    id: String(100_000 + i),
    username: `user_${i.toString(36)}`,
    name: `Writer ${word()} ${i}`,
    profileImageUrl: `https://pbs.twimg.com/profile_images/${i}/a_normal.jpg`,
  }));
  let seq = 0;
  const post = (at: number): Post => {
    const author = users[Math.floor(r() ** 2 * users.length)]!;
    const n = 8 + Math.floor(r() * 25);
    const text = Array.from({ length: n }, word).join(' ');
    seq += 1;
    return {
      id: snowflakeId(at, seq & 0x3ff, seq),
      text,
      createdAt: new Date(at).toISOString(),
      authorId: author.id,
      conversationId: snowflakeId(at, 1, seq),
      referenced: [],
      entities: {
        mentions: [{ start: 0, end: 9, username: 'quillory', id: '42' }],
        hashtags: [],
        cashtags: [],
        urls: [],
      },
      metrics: { replies: 0, reposts: Math.floor(r() * 5), likes: Math.floor(r() * 40), quotes: 0 },
      lang: r() < 0.8 ? 'en' : 'fr',
      mediaKeys: [],
    };
  };
  return { r, word, users, post };
}

/** `count` posts over 180 days, in one transaction (the core's tx: nested writes join it). */
export function generateArchive(library: Library, g: ReturnType<typeof generator>, count: number) {
  const span = 180 * 86_400_000;
  library.core.tx(() => {
    for (let i = 0; i < count; i += 500) {
      const posts = Array.from({ length: 500 }, (_, k) => g.post(START + ((i + k) / count) * span));
      library.archive.add(
        { posts, includes: { users: i === 0 ? g.users : [], posts: [], media: [] } },
        { columnId: `c${i % 7}`, accountId: 'a1' },
        START + span,
      );
    }
  });
}

export function freshLibrary(dir: string): Library {
  return openLibrary({
    dir,
    openDriver: openBetterSqlite,
    clock: new FakeClock(Date.parse('2026-11-30T12:00:00Z')),
    log: silentLogger,
    onTrouble: () => {},
  });
}

function measureInsert(runs: number) {
  const all: number[] = [];
  const cpuMs: number[] = [];
  for (let run = 0; run < runs + 1; run++) {
    const dir = scratchDir('archive-insert');
    const library = freshLibrary(dir);
    const g = generator(run + 1);
    const pages = Array.from({ length: 100 }, (_, p) => {
      const posts = Array.from({ length: 100 }, (_, i) => g.post(START + (p * 100 + i) * 60_000));
      const authors = new Set(posts.map((x) => x.authorId));
      return { posts, users: g.users.filter((u) => authors.has(u.id)) };
    });
    const started = performance.now();
    const cpu = process.cpuUsage();
    for (const page of pages) {
      library.archive.add(
        { posts: page.posts, includes: { users: page.users, posts: [], media: [] } },
        { columnId: 'c1', accountId: 'a1', query: 'quillory' },
        Date.now(),
      );
      // --worse archive: each page indexed for search at once, as before batches (an FTS5
      // segment per page, and their merges).
      if (worse('archive')) library.archive.index();
    }
    // Searchable, as after the old per-page indexing: the posts still waiting for the index
    // (src/main/library/archive.ts indexes in batches) are indexed inside the measure.
    library.archive.index();
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    library.close();
    if (run > 0) cpuMs.push((used.user + used.system) / 1000);
    fs.rmSync(dir, { recursive: true, force: true });
    if (run > 0) all.push(ms); // the first run warms up
  }
  return {
    median: percentile(all, 50),
    all: all.map((x) => round(x, 1)),
    cpuMedian: percentile(cpuMs, 50),
    cpuAll: cpuMs.map((x) => round(x, 1)),
  };
}

export function measureArchive(options = { posts: 500_000, queries: 300 }) {
  const insert = measureInsert(5);

  const dir = scratchDir('archive-search');
  const library = freshLibrary(dir);
  const g = generator(7);
  const genStarted = performance.now();
  generateArchive(library, g, options.posts);
  const generateMs = performance.now() - genStarted;
  library.core.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  const bytes = fs.statSync(path.join(dir, LIBRARY_FILE)).size;

  const q = () => {
    const kind = g.r();
    const w = g.word();
    if (kind < 0.4) return w;
    if (kind < 0.6) return `${w} ${g.word()}`;
    if (kind < 0.75) return `"${w} ${g.word()}"`;
    if (kind < 0.9) return `${w} from:${g.users[Math.floor(g.r() * 200)]!.username}`;
    return `${w} since:2026-07-01 until:2026-08-01`;
  };
  const queries = Array.from({ length: options.queries }, q);
  for (const text of queries.slice(0, 20)) search(library, text); // warm-up
  // Each query's wall time and its CPU time (the process's, all threads: better-sqlite3 runs
  // the query synchronously on this thread), by kind of query.
  const cpuTimes: number[] = [];
  const byKind: Record<string, number[]> = {};
  const times = queries.map((text) => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    search(library, text);
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    cpuTimes.push(cpuMs);
    (byKind[kindOf(text)] ??= []).push(cpuMs);
    return performance.now() - started;
  });

  // The worse variant: no index, a LIKE scan of every post's text (20 queries: it is slow).
  const likeCpu: number[] = [];
  const likeTimes = queries.slice(0, 20).map((text) => {
    const words = text
      .replace(/"|from:\S+|since:\S+|until:\S+/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
    const started = performance.now();
    const cpu = process.cpuUsage();
    library.core.db
      .prepare(
        `SELECT id, text FROM posts WHERE ${words.map(() => 'text LIKE ?').join(' AND ')} ORDER BY seq DESC LIMIT ?`,
      )
      .all(...words.map((w) => `%${w}%`), ARCHIVE_COLUMN_POSTS);
    const used = process.cpuUsage(cpu);
    likeCpu.push((used.user + used.system) / 1000);
    return performance.now() - started;
  });
  library.close();
  fs.rmSync(dir, { recursive: true, force: true });

  const p95 = percentile(times, 95);
  const cpuP95 = percentile(cpuTimes, 95);
  const likeP95 = percentile(likeTimes, 95);
  return {
    values: {
      archive_insert_10k_cpu_ms: round(insert.cpuMedian, 1),
      archive_insert_10k_wall_ms: round(insert.median, 1),
      // --worse archive: the headline is the LIKE scan's, the search without its index.
      archive_search_p95_cpu_ms: round(worse('archive') ? percentile(likeCpu, 95) : cpuP95, 2),
      archive_search_p95_wall_ms: round(p95, 2),
      db_mb_per_100k_posts: round((bytes / 1024 / 1024) * (100_000 / options.posts), 1),
    },
    details: {
      insertRunsMs: insert.all,
      insertCpuRunsMs: insert.cpuAll,
      /** CPU ms per query by kind: p50, p95, max. */
      searchCpuMsByKind: Object.fromEntries(
        Object.entries(byKind).map(([k, xs]) => [
          k,
          {
            queries: xs.length,
            p50: round(percentile(xs, 50), 2),
            p95: round(percentile(xs, 95), 2),
            max: round(Math.max(...xs), 2),
          },
        ]),
      ),
      posts: options.posts,
      generateSeconds: round(generateMs / 1000, 1),
      fileMb: round(bytes / 1024 / 1024, 1),
      searchP50Ms: round(percentile(times, 50), 2),
      searchMaxMs: round(Math.max(...times), 2),
      likeScanP95Ms: round(likeP95, 1),
      /** How much slower the same searches are without the FTS index. */
      likeScanSlowerBy: round(likeP95 / p95, 1),
      /** The same in CPU time. */
      likeScanCpuP95Ms: round(percentile(likeCpu, 95), 1),
      likeScanCpuSlowerBy: round(percentile(likeCpu, 95) / cpuP95, 1),
    },
  };
}

/** The query's kind, as the generator makes them: what the details group CPU times by. */
function kindOf(text: string): string {
  if (text.includes('since:')) return 'word + date range';
  if (text.includes('from:')) return 'word + from:';
  if (text.startsWith('"')) return 'phrase';
  return text.includes(' ') ? 'two words' : 'one word';
}

function search(library: Library, text: string) {
  const parsed = parseArchiveQuery(text);
  if (!parsed.ok) throw new Error(`bench query "${text}": ${parsed.error}`);
  return library.archive.search(parsed.query, ARCHIVE_COLUMN_POSTS);
}
