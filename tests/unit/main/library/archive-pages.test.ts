import { afterEach, describe, expect, it } from 'vitest';
import type { Media } from '../../../../src/shared/x/types';
import {
  libraryIn,
  post,
  tempDir,
  user,
  archiveQuery as q,
} from '../../../support/library-fixture';

/**
 * What one `archive.add` of a page keeps, whatever the page holds: posts met twice, posts it
 * includes as context, authors from an earlier page, media, and pages of any length. The archive
 * writes a page with a few statements for all its rows; these pin down that nothing of a page is
 * lost or doubled by that.
 */

const closers: Array<() => void> = [];
afterEach(() => closers.splice(0).forEach((c) => c()));
const noIncludes = { users: [], posts: [], media: [] };

function open() {
  const opened = libraryIn(tempDir());
  closers.push(() => opened.library.close());
  return opened;
}

const quill = user('7', 'quillorie', 'Quillorié Ltd');
const ana = user('8', 'ana_b', 'Ana Bértolo');
const photo: Media = { mediaKey: '3_1', type: 'photo', url: 'https://pbs.twimg.com/media/a.jpg' };

describe('a page into the archive', () => {
  it('keeps its posts with their authors, the posts they quote and their media', () => {
    const { library, clock } = open();
    const quoted = post('The original swatch of emerald ink', {
      authorId: '8',
      mediaKeys: ['3_1'],
    });
    const quoting = post('Look at this emerald', {
      authorId: '7',
      referenced: [{ type: 'quoted', id: quoted.id }],
    });
    library.archive.add(
      { posts: [quoting], includes: { users: [quill, ana], posts: [quoted], media: [photo] } },
      { columnId: 'c1', accountId: 'a1' },
      clock.now(),
    );
    const shown = library.archive.columnPosts('c1', 10);
    expect(shown.posts).toEqual([quoting]); // the quoted post is kept, not shown in the column
    expect(shown.referenced).toEqual([quoted]);
    expect(shown.users.map((u) => u.id).sort()).toEqual(['7', '8']);
    expect(shown.media).toEqual([photo]);
    // Both are searchable, the included one too, by text and by its author's name.
    expect(library.archive.search(q('emerald'), 10).total).toBe(2);
    expect(library.archive.search(q('swatch bertolo'), 10).posts).toEqual([quoted]);
  });

  it('keeps a post met twice in one page once, as its later copy has it', () => {
    const { library, clock } = open();
    const first = post('Refund question about parcel 12', {
      authorId: '8',
      metrics: { replies: 0, reposts: 0, likes: 1, quotes: 0 },
    });
    const later = { ...first, metrics: { replies: 2, reposts: 0, likes: 9, quotes: 0 } };
    library.archive.add(
      { posts: [later, later], includes: { users: [ana], posts: [first], media: [] } },
      { columnId: 'c1', accountId: 'a1' },
      clock.now(),
    );
    expect(library.archive.count()).toBe(1);
    const found = library.archive.search(q('parcel'), 10);
    expect(found.total).toBe(1);
    expect(found.posts).toEqual([later]);
    expect(library.archive.columnPosts('c1', 10).posts).toEqual([later]);
  });

  it('updates a post seen again (its metrics), indexed once, with every column that brought it', () => {
    const { library, clock } = open();
    const p = post('Where is my order of sepia ink?', { authorId: '8' });
    const again = { ...p, metrics: { replies: 1, reposts: 0, likes: 3, quotes: 0 } };
    library.archive.add(
      { posts: [p], includes: { ...noIncludes, users: [ana] } },
      { columnId: 'c1', accountId: 'a1' },
      clock.now(),
    );
    clock.advance(60_000);
    library.archive.add(
      { posts: [again, post('another sepia post', { authorId: '8' })], includes: noIncludes },
      { columnId: 'c2', accountId: 'a2', query: 'sepia' },
      clock.now(),
    );
    expect(library.archive.count()).toBe(2);
    expect(library.archive.search(q('order sepia'), 10).posts).toEqual([again]);
    expect(library.archive.columnPosts('c1', 10).posts).toEqual([again]);
    expect(library.archive.columnPosts('c2', 10).posts.map((x) => x.id)).toContain(p.id);
  });

  it("takes an author known from an earlier page when the page lacks them: search finds the post by the author's name", () => {
    const { library, clock } = open();
    library.archive.add(
      { posts: [post('hello', { authorId: '7' })], includes: { ...noIncludes, users: [quill] } },
      null,
      clock.now(),
    );
    const later = post('a second post, no author in its page', { authorId: '7' });
    library.archive.add({ posts: [later], includes: noIncludes }, null, clock.now());
    expect(library.archive.search(q('second from:quillorie'), 10).posts).toEqual([later]);
    expect(library.archive.search(q('second quillorie'), 10).posts).toEqual([later]);
  });

  it('keeps every post of a long page (more than a poll brings), each found once', () => {
    const { library, clock } = open();
    const page = Array.from({ length: 237 }, (_, i) => post(`bulk post number n${i} of amber`));
    library.archive.add(
      { posts: page, includes: noIncludes },
      { columnId: 'c9', accountId: null },
      clock.now(),
    );
    expect(library.archive.count()).toBe(237);
    expect(library.archive.search(q('amber'), 500).total).toBe(237);
    for (const i of [0, 63, 64, 100, 127, 128, 200, 236])
      expect(library.archive.search(q(`n${i}`), 10).posts).toEqual([page[i]]);
    expect(library.archive.columnPosts('c9', 500).posts).toHaveLength(237);
  });

  it('a page the disk refused half-way lands whole when there is room, its authors too', () => {
    const { library, clock } = open();
    const db = library.core.db;
    // A real SQLITE_FULL part-way through the page: the file may not grow beyond its pages, and
    // the page's posts need more. Its author was written (and rolled back) before that.
    const pages = Number(db.prepare('PRAGMA page_count').get()!.page_count);
    db.exec(`PRAGMA max_page_count = ${pages}`);
    const big = Array.from({ length: 40 }, (_, i) =>
      post(`held back ${i} ${'x'.repeat(2000)}`, { authorId: '7', mediaKeys: ['3_1'] }),
    );
    const page = { posts: big, includes: { users: [quill], posts: [], media: [photo] } };
    expect(library.archive.add(page, { columnId: 'c1', accountId: 'a1' }, clock.now())).toBe(false);
    db.exec('PRAGMA max_page_count = 1000000');
    library.core.retryNow();
    expect(library.core.pendingWrites()).toBe(0);
    // The same author in the next page: already written, and still there.
    library.archive.add(
      {
        posts: [post('second', { authorId: '7' })],
        includes: { users: [quill], posts: [], media: [] },
      },
      null,
      clock.now(),
    );
    expect(library.archive.count()).toBe(41);
    expect(library.archive.search(q('held from:quillorie'), 100).total).toBe(40);
    const shown = library.archive.columnPosts('c1', 100);
    expect(shown.users).toEqual([quill]);
    expect(shown.media).toEqual([photo]);
  });

  it('keeps the newest copy of an author, and a media item changed since', () => {
    const { library, clock } = open();
    const p = post('photo post', { authorId: '7', mediaKeys: ['3_1'] });
    library.archive.add(
      { posts: [p], includes: { users: [quill], posts: [], media: [photo] } },
      { columnId: 'c1', accountId: 'a1' },
      clock.now(),
    );
    const described = { ...quill, description: 'Inks and papers' };
    const withAlt = { ...photo, altText: 'a swatch' };
    library.archive.add(
      { posts: [p], includes: { users: [described], posts: [], media: [withAlt] } },
      { columnId: 'c1', accountId: 'a1' },
      clock.now(),
    );
    const shown = library.archive.columnPosts('c1', 10);
    expect(shown.users).toEqual([described]);
    expect(shown.media).toEqual([withAlt]);
  });
});
