import { afterEach, describe, expect, it } from 'vitest';
import { INDEX_AFTER, INDEXED_KEY } from '../../../../src/main/library/archive';
import type { Library } from '../../../../src/main/library/library';
import {
  libraryIn,
  post,
  tempDir,
  user,
  libraryAtVersion,
  archiveQuery as q,
} from '../../../support/library-fixture';

/**
 * The archive keeps a page's posts at once and indexes them for search in batches (every
 * INDEX_AFTER posts, or before a search or a prune). Whatever the order of pages, searches,
 * renames, prunes and restarts, a search finds every post kept, once, and SQLite's own check of
 * the index against the posts passes.
 */

const closers: Array<() => void> = [];
afterEach(() => closers.splice(0).forEach((c) => c()));
const DAY = 86_400_000;
const quill = user('7', 'quillorie', 'Quillorié Ltd');
const noIncludes = { users: [], posts: [], media: [] };

function open(dir = tempDir()) {
  const opened = libraryIn(dir);
  closers.push(() => opened.library.close());
  return { ...opened, dir };
}

/** FTS5's integrity check of posts_fts against the posts it indexes (throws when they differ). */
function indexMatchesPosts(library: Library) {
  library.core.db.exec(`INSERT INTO posts_fts (posts_fts, rank) VALUES ('integrity-check', 1)`);
  return true;
}

const indexedUpTo = (library: Library) =>
  Number(
    library.core.db
      .prepare(`SELECT value FROM library_settings WHERE key = '${INDEXED_KEY}'`)
      .get()!.value,
  );

describe('indexing the archive in batches', () => {
  it('finds a page just kept, and a page kept before a restart that never searched', () => {
    const { library, clock, dir } = open();
    const first = post('violet ink before the restart');
    library.archive.add({ posts: [first], includes: noIncludes }, null, clock.now());
    library.close();
    closers.pop();

    const again = open(dir);
    expect(again.library.archive.search(q('violet'), 10).posts).toEqual([first]);
    const second = post('violet ink after it');
    again.library.archive.add({ posts: [second], includes: noIncludes }, null, clock.now());
    expect(again.library.archive.search(q('violet'), 10).total).toBe(2);
    expect(indexMatchesPosts(again.library)).toBe(true);
  });

  it('indexes by itself once enough posts wait, without a search', () => {
    const { library, clock } = open();
    const pages = Math.ceil(INDEX_AFTER / 100) + 1;
    for (let p = 0; p < pages; p++)
      library.archive.add(
        {
          posts: Array.from({ length: 100 }, (_, i) => post(`teal ${p} ${i}`)),
          includes: noIncludes,
        },
        null,
        clock.now(),
      );
    // Nothing searched, yet at least INDEX_AFTER posts are in the index.
    expect(indexedUpTo(library)).toBeGreaterThanOrEqual(INDEX_AFTER);
    expect(library.archive.search(q('teal'), 10, 100_000).total).toBe(pages * 100);
    expect(indexMatchesPosts(library)).toBe(true);
  });

  it('re-indexes an indexed post whose author renamed, and leaves a waiting one to the next indexing', () => {
    const { library, clock } = open();
    const indexed = post('amber swatch', { authorId: '7' });
    library.archive.add(
      { posts: [indexed], includes: { ...noIncludes, users: [quill] } },
      null,
      clock.now(),
    );
    expect(library.archive.search(q('amber'), 10).total).toBe(1); // now indexed
    const waiting = post('amber bottle', { authorId: '7' });
    library.archive.add({ posts: [waiting], includes: noIncludes }, null, clock.now());

    const renamed = { ...quill, username: 'quill_studio', name: 'Quill Studio' };
    library.archive.add(
      { posts: [indexed, waiting], includes: { ...noIncludes, users: [renamed] } },
      null,
      clock.now(),
    );
    expect(library.archive.search(q('amber from:quill_studio'), 10).total).toBe(2);
    expect(library.archive.search(q('amber studio'), 10).total).toBe(2);
    expect(library.archive.search(q('quillorie'), 10).total).toBe(0);
    expect(indexMatchesPosts(library)).toBe(true);
  });

  it('prunes posts still waiting to be indexed, and a post kept after a prune took the newest is found', () => {
    const { library, clock } = open();
    const old = Array.from({ length: 5 }, (_, i) => post(`sepia old ${i}`));
    library.archive.add({ posts: old.slice(0, 2), includes: noIncludes }, null, clock.now());
    library.archive.search(q('sepia'), 10); // the first two indexed
    library.archive.add({ posts: old.slice(2), includes: noIncludes }, null, clock.now()); // waiting
    clock.advance(200 * DAY);
    expect(library.archive.prune(clock.now(), 180)).toBe(5);
    expect(library.archive.count()).toBe(0);
    // The newest seq went with them: a new post may take a seq the index had reached.
    const fresh = post('sepia fresh');
    library.archive.add({ posts: [fresh], includes: noIncludes }, null, clock.now());
    expect(library.archive.search(q('sepia'), 10).posts).toEqual([fresh]);
    expect(indexMatchesPosts(library)).toBe(true);
  });
});

describe('a damaged indexing mark', () => {
  it.each([
    ['missing', null],
    ['not a number', 'twelve'],
    ['negative', '-3'],
  ])('%s: the next search rebuilds the index, every post found once', (_, value) => {
    const { library, clock } = open();
    const add = (text: string) =>
      library.archive.add({ posts: [post(text)], includes: noIncludes }, null, clock.now());
    add('cobalt one');
    library.archive.search(q('cobalt'), 10); // indexed
    add('cobalt two'); // waiting
    const db = library.core.db;
    if (value === null) db.prepare('DELETE FROM library_settings WHERE key = ?').run(INDEXED_KEY);
    else db.prepare('UPDATE library_settings SET value = ? WHERE key = ?').run(value, INDEXED_KEY);
    add('cobalt three');
    expect(library.archive.search(q('cobalt'), 10).total).toBe(3);
    expect(indexedUpTo(library)).toBe(3);
    expect(indexMatchesPosts(library)).toBe(true);
  });
});

describe('searching by dates (seq ranges by day)', () => {
  const at = (iso: string, text: string) => post(text, { createdAt: iso });
  const ids = (library: Library, text: string) =>
    library.archive.search(q(text), 50).posts.map((p) => p.text);

  it('finds posts of the dates whatever order they were archived in, since inclusive, until exclusive', () => {
    const { library, clock } = open();
    const add = (...posts: ReturnType<typeof at>[]) =>
      library.archive.add({ posts, includes: noIncludes }, null, clock.now());
    add(at('2026-11-20T10:00:00.000Z', 'ink november'));
    add(
      at('2026-07-31T23:59:59.999Z', 'ink july last'),
      at('2026-08-01T00:00:00.000Z', 'ink august first'),
    );
    library.archive.search(q('ink'), 10); // indexed so far
    // Archived later, created earlier (a column paging back, a quoted old post).
    add(at('2026-07-01T00:00:00.000Z', 'ink july first'));
    add(at('2026-06-30T23:59:59.999Z', 'ink june last'));
    add(at('2026-11-21T08:00:00.000Z', 'ink november later'));

    expect(ids(library, 'ink since:2026-07-01 until:2026-08-01').sort()).toEqual([
      'ink july first',
      'ink july last',
    ]);
    expect(ids(library, 'since:2026-07-01 until:2026-08-01').sort()).toEqual([
      'ink july first',
      'ink july last',
    ]);
    expect(ids(library, 'ink since:2026-11-01').sort()).toEqual([
      'ink november',
      'ink november later',
    ]);
    expect(ids(library, 'ink until:2026-07-01')).toEqual(['ink june last']);
    expect(library.archive.search(q('ink since:2026-09-01 until:2026-10-01'), 50)).toMatchObject({
      posts: [],
      total: 0,
    });
  });

  it('after a prune, posts of the pruned days that stayed are still found by date', () => {
    const { library, clock } = open();
    const kept = at('2026-05-02T10:00:00.000Z', 'amber kept');
    library.archive.add(
      { posts: [at('2026-05-02T09:00:00.000Z', 'amber gone'), kept], includes: noIncludes },
      null,
      clock.now(),
    );
    library.archive.setPinned(kept.id, true);
    clock.advance(200 * DAY);
    expect(library.archive.prune(clock.now(), 180)).toBe(1);
    library.archive.add(
      { posts: [at('2026-05-02T11:00:00.000Z', 'amber new')], includes: noIncludes },
      null,
      clock.now(),
    );
    expect(ids(library, 'amber since:2026-05-02 until:2026-05-03').sort()).toEqual([
      'amber kept',
      'amber new',
    ]);
  });
});

describe('migration 7 (archive indexing in batches)', () => {
  it('from version 6 with posts in it: each old post found once, new ones too', () => {
    const dir = tempDir();
    const old = libraryAtVersion(dir, 6, Date.parse('2026-11-30T12:00:00Z'));
    // Two posts as version 6 wrote them: the row, and its FTS row at once.
    for (const [seq, text, createdAt] of [
      [1, 'emerald refill question', Date.parse('2026-09-03T10:00:00Z')],
      [2, 'emerald nib arrived', Date.parse('2026-10-05T10:00:00Z')],
    ] as const) {
      old.db
        .prepare(
          `INSERT INTO posts (seq, id, author_id, author_handle, author_name, created_at, lang, text,
             json, first_seen, last_seen) VALUES (?, ?, '7', 'quillorie', 'Quillorié Ltd', ?, 'en', ?, ?, 0, 0)`,
        )
        .run(
          seq,
          `18600000000000000${seq}`,
          createdAt,
          text,
          JSON.stringify({
            ...post(text),
            text: undefined,
            id: `18600000000000000${seq}`,
            authorId: '7',
          }),
        );
      old.db
        .prepare(
          'INSERT INTO posts_fts (rowid, text, author_name, author_handle) VALUES (?, ?, ?, ?)',
        )
        .run(seq, text, 'Quillorié Ltd', 'quillorie');
    }
    old.db.close();

    const { library, clock } = open(dir);
    expect(indexedUpTo(library)).toBe(2);
    library.archive.add(
      { posts: [post('emerald third', { authorId: '7' })], includes: noIncludes },
      null,
      clock.now(),
    );
    expect(library.archive.search(q('emerald'), 10).total).toBe(3);
    expect(library.archive.search(q('emerald from:quillorie'), 10).total).toBe(2);
    expect(
      library.archive.search(q('emerald since:2026-10-01 until:2026-11-01'), 10).posts[0]?.text,
    ).toBe('emerald nib arrived');
    expect(library.archive.search(q('since:2026-09-01 until:2026-09-30'), 10).total).toBe(1);
    expect(indexMatchesPosts(library)).toBe(true);
  });
});
