import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../../../../src/renderer/src/store';
import { batch, column, photo, post, user } from '../fixtures';
import { installFakeBridge } from './fake-bridge';

const initial = useStore.getState();
let bridge: ReturnType<typeof installFakeBridge>;
beforeEach(() => {
  bridge = installFakeBridge();
});
afterEach(() => useStore.setState(initial, true));

const s = () => useStore.getState();

describe('new posts while reading', () => {
  it('at the top, new posts simply appear: nothing is pending', () => {
    s().receivePosts(batch('c', 'prepend', [post('10')]));
    s().receivePosts(batch('c', 'prepend', [post('20'), post('30')]));
    expect(s().postCache.columnIds.c).toEqual(['30', '20', '10']);
    expect(s().pendingNew.c).toBeUndefined();
  });

  it('scrolled down, counts the posts that arrived above, once each', () => {
    s().receivePosts(batch('c', 'prepend', [post('10')]));
    s().setColumnScrolledAway('c', true);
    s().receivePosts(batch('c', 'prepend', [post('20'), post('30')]));
    s().receivePosts(batch('c', 'prepend', [post('30'), post('40')]));
    expect(s().pendingNew.c).toBe(3);
    expect(s().pendingNew.other).toBeUndefined();
  });

  it('back at the top, the count is gone', () => {
    s().setColumnScrolledAway('c', true);
    s().receivePosts(batch('c', 'prepend', [post('20')]));
    s().setColumnScrolledAway('c', false);
    expect(s().pendingNew.c).toBeUndefined();
    s().receivePosts(batch('c', 'prepend', [post('30')]));
    expect(s().pendingNew.c).toBeUndefined();
  });

  it('a replaced column has nothing pending', () => {
    s().setColumnScrolledAway('c', true);
    s().receivePosts(batch('c', 'prepend', [post('20')]));
    s().receivePosts(batch('c', 'replace', [post('50')]));
    expect(s().pendingNew.c).toBeUndefined();
    expect(s().postCache.columnIds.c).toEqual(['50']);
  });
});

describe('snapshot and clearing', () => {
  it('takes posts, statuses and read markers from main’s snapshot', async () => {
    bridge.answerOk('columns.snapshot', {
      posts: [batch('a', 'prepend', [post('10'), post('20')]), batch('b', 'replace', [post('5')])],
      statuses: [{ columnId: 'a', state: 'ok', readsToday: 12 }],
      readMarkers: { a: '10' },
    });
    await s().loadColumns();
    expect(s().postCache.columnIds).toEqual({ a: ['20', '10'], b: ['5'] });
    expect(s().columnStatuses.a?.readsToday).toBe(12);
    expect(s().readMarkers).toEqual({ a: '10' });
  });

  it('clears a column only once main agreed', async () => {
    s().receivePosts(batch('c', 'prepend', [post('10')]));
    bridge.answerError('columns.clear', { kind: 'internal', message: 'disk full' });
    expect(await s().clearColumnPosts('c')).toBe(false);
    expect(s().postCache.columnIds.c).toEqual(['10']);

    expect(await s().clearColumnPosts('c')).toBe(true);
    expect(bridge.callsTo('columns.clear')).toEqual([{ columnId: 'c' }, { columnId: 'c' }]);
    expect(s().postCache.columnIds.c).toEqual([]);
    expect(s().postCache.postsById.size).toBe(0);
  });
});

describe('read markers', () => {
  it('"Mark read" moves the marker to the newest post, in main and on screen', async () => {
    s().receivePosts(batch('c', 'prepend', [post('10'), post('30'), post('20')]));
    expect(await s().markColumnRead('c')).toBe(true);
    expect(bridge.callsTo('columns.markRead')).toEqual([{ columnId: 'c', postId: '30' }]);
    expect(s().readMarkers.c).toBe('30');
  });

  it('asks main nothing when everything is read already', async () => {
    s().receivePosts(batch('c', 'prepend', [post('10')]));
    await s().markColumnRead('c');
    await s().markColumnRead('c');
    expect(bridge.callsTo('columns.markRead')).toHaveLength(1);
  });

  it('keeps the old marker when main refuses', async () => {
    useStore.setState({ readMarkers: { c: '10' } });
    s().receivePosts(batch('c', 'prepend', [post('10'), post('20')]));
    bridge.answerError('columns.markRead', { kind: 'not_found', message: 'no such column' });
    expect(await s().markColumnRead('c')).toBe(false);
    expect(s().readMarkers.c).toBe('10');
  });
});

describe('loading what a post replies to or quotes', () => {
  beforeEach(() =>
    s().setLayout({
      activeDeckId: 'd',
      decks: [
        {
          id: 'd',
          name: 'Brand',
          columns: [column('a', '900', 'mentions'), column('b', null, 'mentions')],
        },
      ],
    }),
  );
  const reply = post('20', { referenced: [{ type: 'replied_to', id: '7' }], authorId: '1' });
  const context = {
    posts: [reply],
    referenced: [post('7', { authorId: '2', mediaKeys: ['m7'] })],
    users: [user('1', 'asker'), user('2', 'asked')],
    media: [photo('m7')],
  };

  it('asks main as the column’s account and shows the answer in every card that needs it', async () => {
    s().receivePosts(batch('a', 'prepend', [reply], { users: [user('1', 'asker')] }));
    s().receivePosts(batch('c', 'prepend', [post('21', { referenced: reply.referenced })]));
    bridge.answerOk('posts.context', context);
    expect(await s().loadPostContext('a', '20')).toBe(true);
    expect(bridge.callsTo('posts.context')).toEqual([{ accountId: '900', postId: '20' }]);
    const cache = s().postCache;
    expect(cache.postsById.get('7')?.authorId).toBe('2');
    expect(cache.usersById['2']?.username).toBe('asked');
    expect(cache.mediaById.m7).toBeDefined();
  });

  it('asks nothing for a column without an account', async () => {
    s().receivePosts(batch('b', 'prepend', [reply]));
    expect(await s().loadPostContext('b', '20')).toBe(false);
    expect(bridge.callsTo('posts.context')).toEqual([]);
  });

  it('changes nothing when main refuses', async () => {
    s().receivePosts(batch('a', 'prepend', [reply]));
    const before = s().postCache;
    bridge.answerError('posts.context', { kind: 'locked', message: 'The deck is locked' });
    expect(await s().loadPostContext('a', '20')).toBe(false);
    expect(s().postCache).toBe(before);
  });
});
