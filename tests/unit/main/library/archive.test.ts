import { afterEach, describe, expect, it } from 'vitest';
import { parseArchiveQuery } from '../../../../src/shared/search/archive-query';
import {
  libraryIn,
  post,
  tempDir,
  user,
  archiveQuery as q,
} from '../../../support/library-fixture';

const closers: Array<() => void> = [];
afterEach(() => closers.splice(0).forEach((c) => c()));

const DAY = 86_400_000;
const quill = user('7', 'quillorie', 'Quillorié Ltd');
const ana = user('8', 'ana_b', 'Ana Bértolo');

function world() {
  const opened = libraryIn(tempDir());
  closers.push(() => opened.library.close());
  const { library, clock } = opened;
  const includes = { users: [quill, ana], posts: [], media: [] };
  const posts = {
    launch: post('Our spring launch is live: the café edition', {
      authorId: '7',
      createdAt: '2026-11-02T09:00:00.000Z',
    }),
    refund: post('How do I get a refund for my order?', {
      authorId: '8',
      createdAt: '2026-11-10T09:00:00.000Z',
    }),
    spanish: post('¿Dónde está mi pedido? Necesito ayuda', {
      authorId: '8',
      lang: 'es',
      createdAt: '2026-11-20T09:00:00.000Z',
    }),
    order: post('order of the day: launch, then coffee', {
      authorId: '8',
      createdAt: '2026-11-21T09:00:00.000Z',
    }),
  };
  library.archive.add(
    { posts: Object.values(posts), includes },
    { columnId: 'c1', accountId: 'a1', query: 'launch' },
    clock.now(),
  );
  return { library, clock, posts, includes };
}

describe('searching the archive', () => {
  it('matches without diacritics either way: "Quillorie" meets "quillorié", cafe meets café', () => {
    const { library, posts } = world();
    expect(library.archive.search(q('Quillorie'), 10).posts.map((p) => p.id)).toEqual([
      posts.launch.id,
    ]);
    expect(library.archive.search(q('quillorié'), 10).total).toBe(1);
    expect(library.archive.search(q('cafe'), 10).posts[0]?.id).toBe(posts.launch.id);
    expect(library.archive.search(q('DONDE'), 10).posts[0]?.id).toBe(posts.spanish.id);
    expect(library.archive.search(q('bertolo'), 10).total).toBe(3); // the author's name
  });

  it('requires every word, and a quoted phrase in its order', () => {
    const { library, posts } = world();
    expect(library.archive.search(q('launch coffee'), 10).posts.map((p) => p.id)).toEqual([
      posts.order.id,
    ]);
    expect(library.archive.search(q('"spring launch"'), 10).posts.map((p) => p.id)).toEqual([
      posts.launch.id,
    ]);
    expect(library.archive.search(q('"launch spring"'), 10).total).toBe(0);
  });

  it('filters by author with from:, by language with lang:, by dates with since: and until:', () => {
    const { library, posts } = world();
    const ids = (text: string) => library.archive.search(q(text), 10).posts.map((p) => p.id);
    expect(ids('launch from:quillorie')).toEqual([posts.launch.id]);
    expect(ids('launch from:@Ana_B')).toEqual([posts.order.id]);
    expect(ids('lang:es')).toEqual([posts.spanish.id]);
    expect(ids('since:2026-11-10 until:2026-11-21')).toEqual([posts.spanish.id, posts.refund.id]);
    expect(ids('from:nobody')).toEqual([]);
  });

  it('returns each post with its author, and counts all matches beyond the limit', () => {
    const { library } = world();
    const found = library.archive.search(q('from:ana_b'), 2);
    expect(found.total).toBe(3);
    expect(found.posts).toHaveLength(2);
    expect(found.users).toEqual([ana]);
  });

  it('treats what the user types as words, never as FTS syntax', () => {
    const { library } = world();
    expect(library.archive.search(q('order* OR NEAR(refund) -launch ^x'), 10).total).toBe(0);
    expect(library.archive.search(q('refund?'), 10).total).toBe(1);
  });

  it('keeps a post read by two columns once, with both sources', () => {
    const { library, clock, posts, includes } = world();
    library.archive.add(
      { posts: [posts.refund], includes },
      { columnId: 'c2', accountId: 'a2' },
      clock.now(),
    );
    expect(library.archive.count()).toBe(4);
    expect(library.archive.columnPosts('c1', 10).posts.map((p) => p.id)).toContain(posts.refund.id);
    expect(library.archive.columnPosts('c2', 10).posts.map((p) => p.id)).toEqual([posts.refund.id]);
  });
});

describe('the query words', () => {
  it('explains what it cannot read', () => {
    expect(parseArchiveQuery('"open phrase')).toEqual({
      ok: false,
      error: expect.stringMatching(/closing "/),
    });
    expect(parseArchiveQuery('since:2026-13-01')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/YYYY-MM-DD/),
    });
    expect(parseArchiveQuery('from:')).toMatchObject({ ok: false });
    expect(parseArchiveQuery('   ')).toMatchObject({ ok: false });
    expect(parseArchiveQuery('since:2026-11-10 until:2026-11-01')).toMatchObject({ ok: false });
    expect(parseArchiveQuery('is:starred')).toEqual({
      ok: false,
      error: expect.stringMatching(/is:pinned/),
    });
  });

  it('reads is:pinned in any case, alone or beside words', () => {
    expect(parseArchiveQuery('IS:Pinned')).toEqual({
      ok: true,
      query: { words: [], phrases: [], from: [], pinned: true },
    });
    expect(parseArchiveQuery('refund is:pinned')).toMatchObject({
      ok: true,
      query: { words: ['refund'], pinned: true },
    });
  });
});

describe('pinning', () => {
  it('finds pinned posts with is:pinned, with or without words, and unpinning takes them out', () => {
    const { library, posts } = world();
    expect(library.archive.setPinned(posts.refund.id, true)).toBe(true);
    expect(library.archive.setPinned(posts.order.id, true)).toBe(true);
    expect(library.archive.search(q('is:pinned'), 10).posts.map((p) => p.id)).toEqual([
      posts.order.id,
      posts.refund.id,
    ]);
    expect(library.archive.search(q('coffee is:pinned'), 10).posts.map((p) => p.id)).toEqual([
      posts.order.id,
    ]);
    expect(library.archive.pinnedIds(10)).toEqual([posts.order.id, posts.refund.id]);
    library.archive.setPinned(posts.order.id, false);
    expect(library.archive.pinnedIds(10)).toEqual([posts.refund.id]);
    expect(library.archive.search(q('is:pinned'), 10).total).toBe(1);
  });

  it('says so when the archive lacks the post, and pins nothing', () => {
    const { library } = world();
    expect(library.archive.setPinned('999', true)).toBe(false);
    expect(library.archive.pinnedIds(10)).toEqual([]);
  });
});

describe('retention', () => {
  it('forgets unpinned posts not seen for the retention period, keeps pinned ones', () => {
    const { library, clock, posts } = world();
    expect(library.archive.retentionDays()).toBe(180);
    library.archive.setPinned(posts.launch.id, true);
    clock.advance(179 * DAY);
    expect(library.archive.prune(clock.now(), 180)).toBe(0);
    clock.advance(2 * DAY);
    expect(library.archive.prune(clock.now(), 180)).toBe(3);
    expect(library.archive.count()).toBe(1);
    expect(library.archive.search(q('refund'), 10).total).toBe(0);
    expect(library.archive.search(q('launch'), 10).posts.map((p) => p.id)).toEqual([
      posts.launch.id,
    ]);
  });

  it('tells how many posts a shorter retention would forget, pinned ones apart', () => {
    const { library, clock, posts } = world();
    library.archive.setPinned(posts.launch.id, true);
    clock.advance(40 * DAY);
    expect(library.archive.wouldForget(clock.now(), 30)).toBe(3);
    expect(library.archive.wouldForget(clock.now(), 60)).toBe(0);
    expect(library.archive.count()).toBe(4);
  });

  it('counts a post seen again from its last sighting', () => {
    const { library, clock, posts, includes } = world();
    clock.advance(100 * DAY);
    library.archive.add(
      { posts: [posts.refund], includes },
      { columnId: 'c1', accountId: 'a1' },
      clock.now(),
    );
    clock.advance(100 * DAY);
    library.archive.prune(clock.now(), 180);
    expect(library.archive.count()).toBe(1);
  });
});

describe('authors', () => {
  it("finds a post by its author's new handle after a rename, not the old one", () => {
    const { library, clock, posts } = world();
    const renamed = { ...quill, username: 'quill_studio' };
    library.archive.add(
      { posts: [posts.launch], includes: { users: [renamed], posts: [], media: [] } },
      { columnId: 'c1', accountId: 'a1' },
      clock.now(),
    );
    expect(library.archive.search(q('from:quill_studio'), 10).posts.map((p) => p.id)).toEqual([
      posts.launch.id,
    ]);
    expect(library.archive.search(q('quill studio'), 10).total).toBe(1);
    expect(library.archive.search(q('from:quillorie'), 10).total).toBe(0);
  });
});
