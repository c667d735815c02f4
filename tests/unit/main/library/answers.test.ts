import { describe, expect, it } from 'vitest';
import type { AnswerInput } from '../../../../src/main/library/answers';
import { schemaVersion } from '../../../../src/main/library/open-library';
import { openConversation } from '../../../../src/shared/inbox/conversation-state';
import {
  libraryIn,
  post,
  tempDir,
  user,
  libraryOpener,
  libraryAtVersion,
} from '../../../support/library-fixture';

const { open } = libraryOpener();

const T = Date.parse('2026-11-30T12:00:00Z');
const answer = (over: Partial<AnswerInput> = {}): AnswerInput => ({
  title: 'Shipping abroad',
  body: 'Hi {first_name}! We ship to most of Europe in 3–5 working days: {link}',
  tags: ['shipping'],
  accountId: null,
  accountUsername: null,
  link: 'https://quillory.shop/help/shipping',
  ...over,
});

describe('library.answers', () => {
  it('keeps answers across a reopen, with their uses counted and the last use', () => {
    const dir = tempDir();
    const first = libraryIn(dir).library;
    const a = first.answers.create(answer(), T);
    first.answers.recordUse(
      { answerId: a.id, postId: '101', accountId: 'b1', replyId: '201' },
      T + 5,
    );
    first.answers.recordUse(
      { answerId: a.id, postId: '102', accountId: 'b1', replyId: null },
      T + 9,
    );
    // The same post answered twice with it is one use.
    first.answers.recordUse(
      { answerId: a.id, postId: '102', accountId: 'b1', replyId: '202' },
      T + 10,
    );
    first.close();

    const again = open(dir);
    const kept = again.answers.get(a.id)!;
    expect(kept).toMatchObject({
      title: 'Shipping abroad',
      tags: ['shipping'],
      accountId: null,
      link: 'https://quillory.shop/help/shipping',
      archived: false,
      createdAt: T,
      useCount: 2,
      lastUsedAt: T + 10,
    });
  });

  it('finds answers by title, body and tags with diacritics removed, best first', () => {
    const lib = open();
    const ship = lib.answers.create(answer(), T);
    const cafe = lib.answers.create(
      answer({ title: 'Café pens', body: 'Our crème range is back', tags: ['crème'], link: null }),
      T,
    );
    const returns = lib.answers.create(
      answer({
        title: 'Returns',
        body: 'Free returns within 30 days, shipping paid',
        tags: [],
        link: null,
      }),
      T,
    );
    expect(lib.answers.search('cafe').map((a) => a.id)).toEqual([cafe.id]);
    expect(lib.answers.search('CREME').map((a) => a.id)).toEqual([cafe.id]);
    // A word typed in part finds it (the search box searches as one types).
    expect(lib.answers.search('shipp').map((a) => a.id)).toEqual([ship.id, returns.id]);
    // FTS5 syntax typed by the user is only words.
    expect(lib.answers.search('"returns" OR NEAR(').map((a) => a.id)).toEqual([]);
    expect(lib.answers.search('returns "').map((a) => a.id)).toEqual([returns.id]);
    // Edits reach the index: the old words are forgotten.
    lib.answers.update(
      cafe.id,
      answer({ title: 'Fountain pens', body: 'Back in stock', tags: [], link: null }),
      T + 1,
    );
    expect(lib.answers.search('cafe')).toEqual([]);
    expect(lib.answers.search('fountain').map((a) => a.id)).toEqual([cafe.id]);
  });

  it('with nothing typed lists the most used first; archived answers only when asked', () => {
    const lib = open();
    const a = lib.answers.create(answer({ title: 'A' }), T);
    const b = lib.answers.create(answer({ title: 'B' }), T);
    lib.answers.recordUse({ answerId: b.id, postId: '1', accountId: null, replyId: null }, T);
    expect(lib.answers.search('').map((x) => x.title)).toEqual(['B', 'A']);
    lib.answers.setArchived(b.id, true, T + 1);
    expect(lib.answers.search('').map((x) => x.id)).toEqual([a.id]);
    expect(lib.answers.search('', { includeArchived: true }).map((x) => x.id)).toEqual([
      b.id,
      a.id,
    ]);
    expect(lib.answers.search('shipping').map((x) => x.id)).toEqual([a.id]);
  });

  it("offers an account its own answers and the shared ones, never another account's", () => {
    const lib = open();
    const shared = lib.answers.create(answer({ title: 'Shared' }), T);
    const brand = lib.answers.create(
      answer({ title: 'Brand', accountId: 'b1', accountUsername: 'quillory' }),
      T,
    );
    expect(lib.answers.search('', { accountId: 'p1' }).map((a) => a.id)).toEqual([shared.id]);
    expect(lib.answers.search('ship', { accountId: 'p1' }).map((a) => a.id)).toEqual([shared.id]);
    expect(new Set(lib.answers.search('', { accountId: 'b1' }).map((a) => a.id))).toEqual(
      new Set([shared.id, brand.id]),
    );
  });

  it('merges two answers: one stays with both histories and tags, the other is gone', () => {
    const lib = open();
    const keep = lib.answers.create(answer({ tags: ['shipping'] }), T);
    const drop = lib.answers.create(
      answer({ title: 'Do you ship to Norway', tags: ['norway', 'shipping'] }),
      T,
    );
    lib.answers.recordUse({ answerId: keep.id, postId: '1', accountId: null, replyId: null }, T);
    lib.answers.recordUse(
      { answerId: drop.id, postId: '2', accountId: null, replyId: null },
      T + 1,
    );
    lib.answers.recordUse(
      { answerId: drop.id, postId: '1', accountId: null, replyId: null },
      T + 2,
    );
    const merged = lib.answers.merge(keep.id, drop.id, T + 3)!;
    expect(merged).toMatchObject({ id: keep.id, tags: ['shipping', 'norway'], useCount: 2 });
    expect(lib.answers.get(drop.id)).toBeNull();
    expect(lib.answers.search('norway').map((a) => a.id)).toEqual([keep.id]);
    expect(lib.answers.all().map((a) => a.id)).toEqual([keep.id]);
  });

  it('finds the customer posts an answer was used for, and the support questions of a period', () => {
    const lib = open();
    const asked = post('@quillory do you ship to Oslo?', { authorId: '11' });
    const old = post('@quillory do you ship to Rome?', { authorId: '11' });
    const other = post('@quillory is the ink safe for vintage pens?', { authorId: '12' });
    lib.archive.add(
      {
        posts: [asked, old, other],
        includes: {
          users: [user('11', 'mira', 'Mira Holm'), user('12', 'ola', 'Ola')],
          posts: [],
          media: [],
        },
      },
      null,
      T,
    );
    lib.inbox.save(
      {
        key: '1:11',
        conversationId: '1',
        customerId: '11',
        customerUsername: 'mira',
        brandId: 'b1',
        via: 'mention',
        sourceColumnId: 'c',
        summoned: true,
        lastPostId: other.id,
        lastPostText: other.text,
        life: openConversation(T, other.id),
      },
      T,
    );
    lib.inbox.addPost('1:11', other.id, T - 1000, true);
    // The customer's "thanks" later in the same conversation is not a question.
    const thanks = post('@quillory brilliant, thanks!', { authorId: '12' });
    lib.archive.add({ posts: [thanks], includes: { users: [], posts: [], media: [] } }, null, T);
    lib.inbox.addPost('1:11', thanks.id, T + 1000, true);
    const a = lib.answers.create(answer(), T);
    lib.answers.recordUse({ answerId: a.id, postId: asked.id, accountId: 'b1', replyId: '9' }, T);
    lib.answers.recordUse(
      { answerId: a.id, postId: old.id, accountId: 'b1', replyId: '8' },
      T - 40 * 86_400_000,
    );
    expect(lib.answers.usedFor([a.id]).get(a.id)!.sort()).toEqual([asked.text, old.text].sort());
    expect(lib.answers.postAndAuthor(asked.id)).toEqual({
      text: asked.text,
      username: 'mira',
      name: 'Mira Holm',
    });
    const questions = lib.answers.supportQuestions(T - 30 * 86_400_000);
    expect(questions).toEqual([
      { postId: other.id, text: other.text, at: T - 1000, answerId: null },
      { postId: asked.id, text: asked.text, at: T, answerId: a.id },
    ]);
  });
});

describe('migration 4 (answers)', () => {
  it('upgrades a version-3 library holding posts and a conversation, keeping them', () => {
    const dir = tempDir();
    const v3 = libraryAtVersion(dir, 3, T);
    expect(schemaVersion(v3.db)).toBe(3);
    const archived = post('do you ship to Orléans?');
    v3.db
      .prepare(
        `INSERT INTO posts (id, author_id, author_handle, author_name, created_at, lang, text, json,
           first_seen, last_seen) VALUES (?, '7', 'mira', 'Mira', 0, 'en', ?, ?, 0, 0)`,
      )
      .run(archived.id, archived.text, JSON.stringify({ ...archived, text: undefined }));
    v3.db
      .prepare(
        `INSERT INTO posts_fts (rowid, text, author_name, author_handle)
         SELECT seq, text, author_name, author_handle FROM posts`,
      )
      .run();
    v3.db
      .prepare(
        `INSERT INTO inbox_conversations VALUES ('1:7', '1', '7', 'mira', 'b1', 'mention', 'c', 1,
           'open', NULL, 0, 0, NULL, NULL, 0, ?, ?, 0, 0)`,
      )
      .run(archived.id, archived.text);
    v3.db.prepare(`INSERT INTO inbox_posts VALUES (?, '1:7', ?, 1)`).run(archived.id, T - 5);
    v3.db.close();

    const lib = open(dir);
    expect(schemaVersion(lib.core.db)).toBeGreaterThanOrEqual(4);
    expect(lib.archive.search({ words: ['orleans'], phrases: [], from: [] }, 10).total).toBe(1);
    expect(lib.inbox.get('1:7')?.customerUsername).toBe('mira');
    expect(lib.answers.all()).toEqual([]);
    const a = lib.answers.create(answer({ title: 'Orléans' }), T);
    lib.answers.recordUse(
      { answerId: a.id, postId: archived.id, accountId: 'b1', replyId: null },
      T,
    );
    expect(lib.answers.search('orleans').map((x) => x.id)).toEqual([a.id]);
    expect(lib.answers.supportQuestions(0)).toEqual([
      { postId: archived.id, text: archived.text, at: T - 5, answerId: a.id },
    ]);
  });
});
