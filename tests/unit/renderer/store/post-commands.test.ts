import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../../../../src/renderer/src/store';
import * as commands from '../../../../src/renderer/src/store/post-commands';
import { capabilitiesFor } from '../../../../src/shared/accounts/schema';
import type { DecksState } from '../../../../src/shared/decks/schema';
import { account, batch, column, post, user } from '../fixtures';
import { installFakeBridge } from './fake-bridge';

const initial = useStore.getState();
let bridge: ReturnType<typeof installFakeBridge>;
const s = () => useStore.getState();

const layout: DecksState = {
  activeDeckId: 'd',
  decks: [{ id: 'd', name: 'Brand', columns: [column('self', '900'), column('ent', '901')] }],
};

const mentioning = post('20', {
  authorId: '1',
  entities: {
    mentions: [{ start: 0, end: 5, username: 'acme' }],
    hashtags: [],
    cashtags: [],
    urls: [],
  },
});
const plain = post('21', { authorId: '1' });
const repostOfPlain = post('22', { authorId: '2', referenced: [{ type: 'retweeted', id: '21' }] });

beforeEach(() => {
  bridge = installFakeBridge();
  useStore.setState({
    layout,
    accounts: {
      accounts: [
        account('900', 'acme'),
        account('901', 'bigco', { capabilities: capabilitiesFor('enterprise') }),
      ],
      signIn: null,
      storage: 'secure',
      weakStorageAllowed: false,
    },
  });
  for (const columnId of ['self', 'ent']) {
    s().receivePosts(
      batch(columnId, 'prepend', [mentioning, plain, repostOfPlain], {
        users: [user('1', 'customer'), user('2', 'fan')],
      }),
    );
  }
});
afterEach(() => useStore.setState(initial, true));

describe('reply', () => {
  it('opens the composer for a post that mentioned the column’s account', () => {
    commands.replyTo('self', '20');
    expect(s().composerOpen).toBe(true);
    expect(s().draft).toMatchObject({ accountId: '900', inReplyToId: '20' });
    expect(bridge.callsTo('links.open')).toEqual([]);
  });

  it('sends an unsummoned reply to X’s intent in the browser', () => {
    commands.replyTo('self', '21');
    expect(s().composerOpen).toBe(false);
    expect(bridge.callsTo('links.open')).toEqual([
      { url: 'https://x.com/intent/post?in_reply_to=21' },
    ]);
  });

  it('replies to anyone through the API where the tier allows it', () => {
    commands.replyTo('ent', '21');
    expect(s().composerOpen).toBe(true);
  });

  it('replies to the original of a repost', () => {
    commands.replyTo('ent', '22');
    expect(s().draft.inReplyToId).toBe('21');
  });

  it('replies to the original of a repost that came without it, as the repost names it', () => {
    // Timelines do not send the original along: "RT @customer: …" tells whose post it is.
    const repostedQuestion = post('30', {
      authorId: '2',
      text: 'RT @customer: @acme open on Sunday?',
      referenced: [{ type: 'retweeted', id: '29' }],
      entities: {
        mentions: [
          { start: 3, end: 12, username: 'customer', id: '1' },
          { start: 14, end: 19, username: 'acme', id: '900' },
        ],
        hashtags: [],
        cashtags: [],
        urls: [],
      },
    });
    s().receivePosts(batch('self', 'prepend', [repostedQuestion], { users: [user('2', 'fan')] }));
    commands.replyTo('self', '30');
    expect(s().draft).toMatchObject({ accountId: '900', inReplyToId: '29' });
    expect(commands.linkOf('30')).toBe('https://x.com/customer/status/29');
    // Stored as told, so that the composer shows what the reply answers; no read at X for it.
    expect(s().postCache.postsById.get('29')).toMatchObject({
      authorId: '1',
      text: '@acme open on Sunday?',
    });
    expect(s().postCache.usersById['1']?.name).toBe('CUSTOMER');
    expect(bridge.callsTo('posts.context')).toEqual([]);
  });
});

describe('other actions', () => {
  it('asks before reposting the original through the API as the column’s account', () => {
    commands.repost('self', '22');
    expect(bridge.callsTo('posts.repost')).toEqual([]);
    expect(s().pendingRepost).toEqual({ accountId: '900', postId: '21', author: '@customer' });
  });

  it('reposts once the user said yes, and says so', async () => {
    await s().repostAs('900', '21');
    expect(bridge.callsTo('posts.repost')).toEqual([{ accountId: '900', postId: '21' }]);
    expect(s().flash?.text).toBe('Reposted as @acme');
  });

  it('reposts through the intent when the column has no usable account', () => {
    useStore.setState({
      accounts: {
        ...s().accounts!,
        accounts: [account('900', 'acme', { state: 'needs-sign-in' })],
      },
    });
    commands.repost('self', '21');
    expect(bridge.callsTo('posts.repost')).toEqual([]);
    expect(s().pendingRepost).toBeNull();
    expect(bridge.callsTo('links.open')).toEqual([
      { url: 'https://x.com/intent/retweet?tweet_id=21' },
    ]);
  });

  it('likes and quotes on x.com, and opens the post there', () => {
    commands.like('20');
    commands.quote('20');
    commands.openOnX('22');
    expect(bridge.callsTo('links.open')).toEqual([
      { url: 'https://x.com/intent/like?tweet_id=20' },
      { url: 'https://x.com/intent/post?url=https%3A%2F%2Fx.com%2Fcustomer%2Fstatus%2F20' },
      { url: 'https://x.com/customer/status/21' },
    ]);
  });
});
