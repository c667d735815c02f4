import { afterEach, expect, it } from 'vitest';
import { libraryIn, post, tempDir } from '../../../support/library-fixture';

const closers: Array<() => void> = [];
afterEach(() => closers.splice(0).forEach((c) => c()));
const noIncludes = { users: [], posts: [], media: [] };

it('a full disk: the write is held, the user told; when there is room it lands and the notice goes', () => {
  const opened = libraryIn(tempDir());
  closers.push(() => opened.library.close());
  const { library, clock, troubles } = opened;
  const db = library.core.db;
  // A real SQLITE_FULL: the file may not grow beyond the pages it has.
  const pages = Number(db.prepare('PRAGMA page_count').get()!.page_count);
  db.exec(`PRAGMA max_page_count = ${pages}`);
  const big = Array.from({ length: 50 }, (_, i) => post(`post ${i} ${'x'.repeat(2000)}`));
  expect(library.archive.add({ posts: big, includes: noIncludes }, null, clock.now())).toBe(false);
  expect(troubles).toEqual([expect.stringMatching(/disk is full.*keeps working from memory/)]);
  expect(library.core.pendingWrites()).toBe(1);
  // Later writes wait behind it, in order.
  library.archive.add({ posts: [post('later')], includes: noIncludes }, null, clock.now());
  expect(library.core.pendingWrites()).toBe(2);
  clock.advance(5_000); // a retry: still full
  expect(library.core.pendingWrites()).toBe(2);
  expect(troubles).toHaveLength(1);

  db.exec('PRAGMA max_page_count = 1000000'); // room again
  clock.advance(15_000);
  expect(library.core.pendingWrites()).toBe(0);
  expect(library.archive.count()).toBe(51);
  expect(troubles).toEqual([expect.any(String), null]);
});

it('a read-only database: the same, with words for it', () => {
  const opened = libraryIn(tempDir());
  closers.push(() => opened.library.close());
  const { library, clock, troubles } = opened;
  library.core.db.exec('PRAGMA query_only = ON');
  library.archive.add({ posts: [post('held')], includes: noIncludes }, null, clock.now());
  expect(troubles).toEqual([expect.stringMatching(/read-only/)]);
  library.core.db.exec('PRAGMA query_only = OFF');
  library.core.retryNow();
  expect(library.archive.count()).toBe(1);
  expect(troubles.at(-1)).toBeNull();
});
