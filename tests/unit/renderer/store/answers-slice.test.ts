import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerContext } from '../../../../src/renderer/src/components/composer/answer-values';
import { applyColumnPosts, emptyPostCache } from '../../../../src/renderer/src/lib/post-cache';
import { useStore } from '../../../../src/renderer/src/store';
import type { AnswerView } from '../../../../src/shared/answers/schema';
import type { DecksState } from '../../../../src/shared/decks/schema';
import { NO_FILTERS } from '../../../../src/shared/search/column-filters';
import type { Post } from '../../../../src/shared/x/types';
import { account } from '../fixtures';
import { installFakeBridge } from './fake-bridge';

const initial = useStore.getState();
let bridge: ReturnType<typeof installFakeBridge>;
const s = () => useStore.getState();

const layout: DecksState = {
  activeDeckId: 'd',
  decks: [
    {
      id: 'd',
      name: 'Brand',
      columns: [
        {
          id: 'support',
          type: 'search',
          title: 'Support',
          width: 'medium',
          accountId: 'b',
          query: 'quillory',
          builder: {
            brandNames: ['Quillory'],
            misspellings: [],
            products: ['Marlow', 'Marlow Pro'],
            excludeAuthors: [],
            excludeReposts: true,
            excludeReplies: false,
            mustHaveLinks: false,
            mustHaveMedia: false,
            mutedWords: [],
            mutedAccounts: [],
          },
          intervalMs: 120_000,
          notify: false,
          filters: NO_FILTERS,
        },
      ],
    },
  ],
};

const question: Post = {
  id: '1850000000000000001',
  text: '@quillory do you ship the Marlow Pro to Oslo?',
  createdAt: '2026-11-30T10:00:00.000Z',
  authorId: '11',
  referenced: [],
  entities: { mentions: [], hashtags: [], cashtags: [], urls: [] },
  mediaKeys: [],
};

const shipping: AnswerView = {
  id: '4',
  title: 'Shipping abroad',
  body: 'Hi {first_name}! The {product} ships in {days} days: {link}',
  tags: [],
  accountId: 'b',
  accountUsername: 'acme',
  link: 'https://quillory.shop/help/shipping',
  archived: false,
  createdAt: 0,
  updatedAt: 0,
  useCount: 0,
  lastUsedAt: null,
};

beforeEach(() => {
  vi.useFakeTimers();
  bridge = installFakeBridge();
  useStore.setState({
    layout,
    accounts: {
      accounts: [account('b', 'acme'), account('p', 'jane', { role: 'Personal' })],
      signIn: null,
      storage: 'secure',
      weakStorageAllowed: false,
    },
    postCache: applyColumnPosts(emptyPostCache(), {
      columnId: 'support',
      mode: 'replace',
      posts: [question],
      referenced: [],
      users: [{ id: '11', username: 'mira_h', name: 'Dr. Mira Holm 🖋' }],
      media: [],
    }).cache,
  });
});
afterEach(() => {
  vi.useRealTimers();
  useStore.setState(initial, true);
});

describe('an answer in the composer', () => {
  it('fills name, product and link from the post answered, and puts the cursor in the free field', () => {
    s().openComposer({ accountId: 'b', inReplyToId: question.id });
    const { values } = answerContext(s());
    expect(values).toEqual({ first_name: 'Mira', handle: '@mira_h', product: 'Marlow Pro' });
    const cursor = s().insertAnswer(shipping, values, 0, 0);
    const text =
      'Hi Mira! The Marlow Pro ships in {days} days: https://quillory.shop/help/shipping';
    expect(s().draft.text).toBe(text);
    expect(cursor).toBe(text.indexOf('{days}'));
    expect(s().draftAnswer).toMatchObject({ answerId: '4', missing: ['days'] });
    s().fillDraftField('days', '3');
    expect(s().draft.text).toBe(
      'Hi Mira! The Marlow Pro ships in 3 days: https://quillory.shop/help/shipping',
    );
  });

  it('inserts at the cursor, in place of the selection', () => {
    s().openComposer({ accountId: 'b', inReplyToId: question.id });
    s().setDraftText('Thanks! XX See you');
    s().insertAnswer({ ...shipping, body: 'We ship to Oslo.' }, {}, 8, 2);
    expect(s().draft.text).toBe('Thanks! We ship to Oslo. See you');
  });

  it('sends the answer’s id with the reply, so its use is counted, and offers no "save as answer"', async () => {
    s().openComposer({ accountId: 'b', inReplyToId: question.id });
    s().insertAnswer({ ...shipping, body: 'We do!' }, {}, 0, 0);
    bridge.answerOk('posts.create', { postId: '77' });
    expect(await s().sendDraft()).toBe(true);
    expect(bridge.callsTo('posts.create')).toEqual([
      { accountId: 'b', text: 'We do!', inReplyToId: question.id, answerId: '4' },
    ]);
    expect(s().draftAnswer).toBeNull();
    expect(s().sentReply).toBeNull();
  });

  it('a reply written by hand is offered as a new answer; an emptied draft forgets its answer', async () => {
    s().openComposer({ accountId: 'b', inReplyToId: question.id });
    s().insertAnswer({ ...shipping, body: 'We do!' }, {}, 0, 0);
    s().setDraftText('');
    expect(s().draftAnswer).toBeNull();
    s().setDraftText('Yes, to Oslo too');
    bridge.answerOk('posts.create', { postId: '78' });
    expect(await s().sendDraft()).toBe(true);
    expect(bridge.callsTo('posts.create')).toEqual([
      { accountId: 'b', text: 'Yes, to Oslo too', inReplyToId: question.id },
    ]);
    expect(s().sentReply).toEqual({
      accountId: 'b',
      text: 'Yes, to Oslo too',
      inReplyToId: question.id,
    });
  });
});
