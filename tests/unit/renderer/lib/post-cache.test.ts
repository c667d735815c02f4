import { describe, expect, it } from 'vitest';
import {
  applyColumnPosts,
  applyPostContext,
  clearColumnPosts,
  emptyPostCache,
  retainColumns,
  type PostCache,
} from '../../../../src/renderer/src/lib/post-cache';
import { batch, photo, post, user } from '../fixtures';

const apply = (cache: PostCache, ...args: Parameters<typeof batch>) =>
  applyColumnPosts(cache, batch(...args));

describe('applyColumnPosts', () => {
  it('lists a column newest first, without duplicates, whatever order posts come in', () => {
    let { cache } = apply(emptyPostCache(), 'c', 'prepend', [post('10'), post('30'), post('20')]);
    ({ cache } = apply(cache, 'c', 'prepend', [post('40'), post('30'), post('5')]));
    expect(cache.columnIds.c).toEqual(['40', '30', '20', '10', '5']);
  });

  it('counts only the posts a prepend really added', () => {
    const first = apply(emptyPostCache(), 'c', 'prepend', [post('10'), post('20')]);
    expect(first.added).toBe(2);
    const second = apply(first.cache, 'c', 'prepend', [post('30'), post('20'), post('30')]);
    expect(second.added).toBe(1);
  });

  it('replace sets the column to exactly the batch and drops what it no longer shows', () => {
    let { cache } = apply(emptyPostCache(), 'c', 'prepend', [post('10'), post('20')]);
    const replaced = apply(cache, 'c', 'replace', [post('30')]);
    cache = replaced.cache;
    expect(cache.columnIds.c).toEqual(['30']);
    expect([...cache.postsById.keys()]).toEqual(['30']);
    expect(replaced.added).toBe(0);
  });

  it('keeps a post shown by two columns once, until neither shows it', () => {
    let { cache } = apply(emptyPostCache(), 'a', 'prepend', [post('10')]);
    ({ cache } = apply(cache, 'b', 'prepend', [post('10'), post('11')]));
    expect([...cache.postsById.keys()].sort()).toEqual(['10', '11']);
    cache = clearColumnPosts(cache, 'a');
    expect(cache.postsById.get('10')).toBeDefined();
    cache = clearColumnPosts(cache, 'b');
    expect(cache.postsById.size).toBe(0);
  });

  it('replaces a stored post with the fresher copy (new counts)', () => {
    const metrics = (likes: number) => ({ replies: 0, reposts: 0, likes, quotes: 0 });
    let { cache } = apply(emptyPostCache(), 'c', 'prepend', [post('10', { metrics: metrics(1) })]);
    ({ cache } = apply(cache, 'c', 'prepend', [post('10', { metrics: metrics(7) })]));
    expect(cache.postsById.get('10')?.metrics?.likes).toBe(7);
  });

  it('keeps quoted posts, their authors and the media while the quoting post is listed', () => {
    const quoting = post('20', {
      authorId: '1',
      referenced: [{ type: 'quoted', id: '5' }],
      mediaKeys: ['m1'],
    });
    let { cache } = apply(emptyPostCache(), 'c', 'prepend', [quoting], {
      referenced: [post('5', { authorId: '2' })],
      users: [user('1', 'quoter'), user('2', 'quoted')],
      media: [photo('m1')],
    });
    expect(cache.postsById.get('5')).toBeDefined();
    expect(Object.keys(cache.usersById).sort()).toEqual(['1', '2']);
    expect(cache.mediaById.m1).toBeDefined();

    cache = clearColumnPosts(cache, 'c');
    expect(cache.postsById.size).toBe(0);
    expect(cache.usersById).toEqual({});
    expect(cache.mediaById).toEqual({});
  });

  it('keeps at most `cap` posts, dropping the oldest and whatever only they needed', () => {
    const posts = ['1', '2', '3', '4'].map((id) => post(id, { authorId: `7${id}` }));
    const { cache } = applyColumnPosts(
      emptyPostCache(),
      batch('c', 'prepend', posts, { users: posts.map((p) => user(p.authorId, `u${p.id}`)) }),
      2,
    );
    expect(cache.columnIds.c).toEqual(['4', '3']);
    expect([...cache.postsById.keys()].sort()).toEqual(['3', '4']);
    expect(Object.keys(cache.usersById).sort()).toEqual(['73', '74']);
  });

  it('orders 19-digit ids by value, beyond what a JS number can hold', () => {
    const { cache } = apply(emptyPostCache(), 'c', 'prepend', [
      post('1790000000000000001'),
      post('1790000000000000010'),
      post('999999999999999999'),
    ]);
    expect(cache.columnIds.c).toEqual([
      '1790000000000000010',
      '1790000000000000001',
      '999999999999999999',
    ]);
  });
});

describe('retainColumns', () => {
  it('forgets removed columns and the posts only they showed', () => {
    let { cache } = apply(emptyPostCache(), 'gone', 'prepend', [post('10')]);
    ({ cache } = apply(cache, 'kept', 'prepend', [post('20')]));
    cache = retainColumns(cache, new Set(['kept']));
    expect(Object.keys(cache.columnIds)).toEqual(['kept']);
    expect([...cache.postsById.keys()]).toEqual(['20']);
  });

  it('returns the same cache when every column is still there', () => {
    const { cache } = apply(emptyPostCache(), 'c', 'prepend', [post('10')]);
    expect(retainColumns(cache, new Set(['c', 'other']))).toBe(cache);
  });
});

describe('authors and media', () => {
  it('keeps an author while any stored post of theirs is, and drops them with the last', () => {
    const users = [user('1', 'kate'), user('2', 'bob')];
    let { cache } = apply(
      emptyPostCache(),
      'a',
      'prepend',
      [post('10', { authorId: '1' }), post('11', { authorId: '2' })],
      { users },
    );
    ({ cache } = apply(cache, 'b', 'prepend', [post('12', { authorId: '1' })], { users }));
    cache = clearColumnPosts(cache, 'a');
    expect(Object.keys(cache.usersById)).toEqual(['1']);
    cache = clearColumnPosts(cache, 'b');
    expect(cache.usersById).toEqual({});
  });

  it('stores no user or media that no stored post uses', () => {
    const { cache } = apply(emptyPostCache(), 'c', 'prepend', [post('10', { authorId: '1' })], {
      users: [user('1', 'kate'), user('9', 'stranger')],
      media: [photo('m9')],
    });
    expect(Object.keys(cache.usersById)).toEqual(['1']);
    expect(cache.mediaById).toEqual({});
  });

  it('takes a fresher author and drops media a fresher copy of a post no longer has', () => {
    let { cache } = apply(emptyPostCache(), 'c', 'prepend', [post('10', { mediaKeys: ['m1'] })], {
      media: [photo('m1')],
    });
    const renamed = { ...user('100', 'author'), name: 'New name' };
    ({ cache } = apply(cache, 'c', 'prepend', [post('10')], { users: [renamed] }));
    expect(cache.usersById['100']?.name).toBe('New name');
    expect(cache.mediaById).toEqual({});
  });

  it('counts a media key once per post that carries it', () => {
    let { cache } = apply(
      emptyPostCache(),
      'c',
      'prepend',
      [post('10', { mediaKeys: ['m1'] }), post('11', { mediaKeys: ['m1'] })],
      { media: [photo('m1')] },
    );
    ({ cache } = applyColumnPosts(cache, batch('c', 'prepend', [post('12')]), 2));
    expect(cache.columnIds.c).toEqual(['12', '11']);
    expect(cache.mediaById.m1).toBeDefined();
    ({ cache } = applyColumnPosts(cache, batch('c', 'prepend', [post('13')]), 2));
    expect(cache.mediaById).toEqual({});
  });
});

describe('applyPostContext', () => {
  const reply = post('20', { authorId: '1', referenced: [{ type: 'replied_to', id: '7' }] });
  const context = {
    posts: [reply],
    referenced: [post('7', { authorId: '2', mediaKeys: ['m7'] })],
    users: [user('1', 'kate'), user('2', 'bob')],
    media: [photo('m7')],
  };

  it('stores what a shown post replies to, with its author and media', () => {
    const { cache: shown } = apply(emptyPostCache(), 'c', 'prepend', [reply], {
      users: [user('1', 'kate')],
    });
    const cache = applyPostContext(shown, context);
    expect(cache.postsById.get('7')).toBeDefined();
    expect(Object.keys(cache.usersById).sort()).toEqual(['1', '2']);
    expect(cache.mediaById.m7).toBeDefined();
    // Gone with the post that asked for it.
    const cleared = clearColumnPosts(cache, 'c');
    expect(cleared.postsById.size).toBe(0);
    expect(cleared).toMatchObject({
      usersById: {},
      mediaById: {},
    });
  });

  it('stores nothing for a post no column shows any more', () => {
    const { cache } = apply(emptyPostCache(), 'c', 'prepend', [post('30')]);
    expect(applyPostContext(cache, context)).toBe(cache);
  });
});
