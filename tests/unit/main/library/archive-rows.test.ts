import { describe, expect, it } from 'vitest';
import type { Library } from '../../../../src/main/library/library';
import type { Post } from '../../../../src/shared/x/types';
import {
  archiveQuery as q,
  libraryAtVersion,
  libraryOpener,
  post,
  tempDir,
  user,
} from '../../../support/library-fixture';

/**
 * How a post is kept (migration 8): its row's columns hold its id, author, time and language, its
 * JSON only the rest — and whatever way it was kept, it comes back as it came. People are kept
 * in the order they arrive, found by X id.
 */

const libraries = libraryOpener();
const NOW = Date.parse('2026-11-30T12:00:00Z');
const noIncludes = { users: [], posts: [], media: [] };

const found = (library: Library, words: string) => library.archive.search(q(words), 10).posts;

/** FTS5's own check of posts_fts against the posts (throws when they differ). */
function indexMatchesPosts(library: Library) {
  library.core.db.exec(`INSERT INTO posts_fts (posts_fts, rank) VALUES ('integrity-check', 1)`);
  return true;
}

describe('a post kept and read back', () => {
  it('comes back whole: no language, a time written without milliseconds, a quote, metrics', () => {
    const library = libraries.open();
    const quoted = post('the quoted one, amber ink', { authorId: '8' });
    const { lang: _lang, ...noLanguage } = post('amber ink, no language given');
    const posts: Post[] = [
      noLanguage,
      post('amber ink at a round second', { createdAt: '2026-11-20T10:00:00Z' }),
      post('amber ink with an offset', { createdAt: '2026-11-20T11:00:00.000+01:00' }),
      post('amber ink quoting', {
        referenced: [{ type: 'quoted', id: quoted.id }],
        metrics: { replies: 1, reposts: 2, likes: 3, quotes: 4 },
        conversationId: '1860000000000000001',
      }),
    ];
    library.archive.add(
      { posts, includes: { users: [user('11', 'amber', 'Amber')], posts: [quoted], media: [] } },
      { columnId: 'c1', accountId: 'a1' },
      NOW,
    );

    const byId = (list: Post[]) => new Map(list.map((p) => [p.id, p]));
    const searched = byId(found(library, 'amber'));
    const column = library.archive.columnPosts('c1', 10);
    for (const p of posts) {
      expect(searched.get(p.id)).toStrictEqual(p);
      expect(byId(column.posts).get(p.id)).toStrictEqual(p);
    }
    expect(column.referenced).toStrictEqual([quoted]);
    expect('lang' in searched.get(posts[0]!.id)!).toBe(false);
  });

  it('is read back whole when version 7 kept it, and updated in place when it comes again', () => {
    const dir = tempDir();
    const old = libraryAtVersion(dir, 7, NOW);
    const kept = post('violet ink kept by version seven', { authorId: '7' });
    const { text, ...rest } = kept;
    old.db
      .prepare(
        `INSERT INTO posts (seq, id, author_id, author_handle, author_name, created_at, lang, text,
           json, first_seen, last_seen) VALUES (1, ?, '7', 'quillorie', 'Quillorie', ?, 'en', ?, ?, 0, 0)`,
      )
      .run(kept.id, Date.parse(kept.createdAt), text, JSON.stringify(rest));
    old.db.exec(`UPDATE library_settings SET value = '0' WHERE key = 'fts_indexed_up_to'`);
    old.db.close();

    const library = libraries.open(dir);
    expect(found(library, 'violet')).toStrictEqual([kept]);
    const again = { ...kept, metrics: { replies: 5, reposts: 0, likes: 9, quotes: 0 } };
    library.archive.add({ posts: [again], includes: noIncludes }, null, NOW);
    expect(found(library, 'violet')).toStrictEqual([again]);
    expect(library.archive.count()).toBe(1);
  });
});

describe('migration 8 (people in the order kept, an index without token counts)', () => {
  it('from version 7 with people and indexed posts: all kept, found once, and new ones too', () => {
    const dir = tempDir();
    const old = libraryAtVersion(dir, 7, NOW);
    const people = [user('900', 'zed', 'Zed Ink'), user('12', 'ana_b', 'Ana Bértolo')];
    for (const [i, u] of people.entries())
      old.db
        .prepare('INSERT INTO people (id, username, name, json, updated_at) VALUES (?, ?, ?, ?, ?)')
        .run(u.id, u.username, u.name, JSON.stringify(u), 1000 + i);
    const texts = ['emerald nib question', 'emerald refill arrived'];
    for (const [i, text] of texts.entries()) {
      const p = post(text, { authorId: '12' });
      old.db
        .prepare(
          `INSERT INTO posts (seq, id, author_id, author_handle, author_name, created_at, lang,
             text, json, first_seen, last_seen) VALUES (?, ?, '12', 'ana_b', 'Ana Bértolo', ?, 'en', ?, ?, 0, 0)`,
        )
        .run(i + 1, p.id, Date.parse(p.createdAt), text, JSON.stringify({ ...p, text: undefined }));
      old.db
        .prepare(
          'INSERT INTO posts_fts (rowid, text, author_name, author_handle) VALUES (?, ?, ?, ?)',
        )
        .run(i + 1, text, 'Ana Bértolo', 'ana_b');
    }
    old.db.exec(`UPDATE library_settings SET value = '2' WHERE key = 'fts_indexed_up_to'`);
    old.db.close();

    const library = libraries.open(dir);
    const db = library.core.db;
    expect(
      db.prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'posts_fts_%'`).all(),
    ).not.toContainEqual({
      name: 'posts_fts_docsize',
    });
    expect(library.people.person('900')).toMatchObject({ username: 'zed', name: 'Zed Ink' });
    expect(library.people.person('12')).toMatchObject({ username: 'ana_b' });
    expect(library.archive.search(q('emerald'), 10).total).toBe(2);
    expect(library.archive.search(q('emerald from:ana_b'), 10).total).toBe(2);

    // A person seen again is updated, not kept twice; a new one joins.
    library.archive.add(
      {
        posts: [post('emerald third, from a new handle', { authorId: '12' })],
        includes: {
          users: [user('12', 'ana_writes', 'Ana B'), user('13', 'new_one', 'New')],
          posts: [],
          media: [],
        },
      },
      null,
      NOW,
    );
    expect(Number(db.prepare('SELECT count(*) AS n FROM people').get()!.n)).toBe(3);
    expect(library.people.person('12')).toMatchObject({ username: 'ana_writes', name: 'Ana B' });
    expect(library.archive.search(q('emerald from:ana_writes'), 10).total).toBe(1);
    expect(library.people.list({ search: 'new_one' }).map((p) => p.id)).toEqual(['13']);
    expect(indexMatchesPosts(library)).toBe(true);
  });
});
